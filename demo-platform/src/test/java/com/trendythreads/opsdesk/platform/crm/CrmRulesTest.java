package com.trendythreads.opsdesk.platform.crm;

import static com.trendythreads.opsdesk.api.dto.crm.TicketStatus.CLOSED;
import static com.trendythreads.opsdesk.api.dto.crm.TicketStatus.NEW;
import static com.trendythreads.opsdesk.api.dto.crm.TicketStatus.OPEN;
import static com.trendythreads.opsdesk.api.dto.crm.TicketStatus.PENDING;
import static com.trendythreads.opsdesk.api.dto.crm.TicketStatus.SOLVED;
import static org.assertj.core.api.Assertions.assertThat;

import com.trendythreads.opsdesk.api.dto.crm.TicketStatus;
import com.trendythreads.opsdesk.platform.privacy.PiiMasking;
import org.junit.jupiter.api.Test;

class CrmRulesTest {

    @Test
    void masksContactDetailsTheDocumentedWay() {
        assertThat(PiiMasking.maskEmail("jana.zwiebelfeld@example.com")).isEqualTo("j***@example.com");
        assertThat(PiiMasking.maskPhone("+49 30 1234 5612")).isEqualTo("+49 *** ***12");
        assertThat(PiiMasking.maskPhone(null)).isNull();
        assertThat(PiiMasking.maskEmail("broken")).isEqualTo("***");
    }

    @Test
    void ticketStatusesMoveForwardReopenAndCloseOnlyWhenSolved() {
        assertThat(TicketHandlers.allowed(NEW, OPEN)).isTrue();
        assertThat(TicketHandlers.allowed(OPEN, SOLVED)).isTrue();
        assertThat(TicketHandlers.allowed(PENDING, OPEN)).isTrue();
        assertThat(TicketHandlers.allowed(SOLVED, OPEN)).isTrue();
        assertThat(TicketHandlers.allowed(SOLVED, CLOSED)).isTrue();
        assertThat(TicketHandlers.allowed(OPEN, CLOSED)).isFalse();
        assertThat(TicketHandlers.allowed(OPEN, NEW)).isFalse();
        for (TicketStatus to : TicketStatus.values()) {
            assertThat(TicketHandlers.allowed(CLOSED, to)).as("CLOSED → " + to).isFalse();
        }
    }
}
