package com.trendythreads.opsdesk.cache.crm;

import static com.trendythreads.opsdesk.cache.crm.Tickets.T0;
import static com.trendythreads.opsdesk.cache.crm.Tickets.agent;
import static com.trendythreads.opsdesk.cache.crm.Tickets.ticket;
import static org.assertj.core.api.Assertions.assertThat;

import com.trendythreads.opsdesk.api.dto.crm.Ticket;
import com.trendythreads.opsdesk.api.dto.crm.TicketPriority;
import com.trendythreads.opsdesk.api.dto.crm.TicketStatus;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/// The SLA states at their boundaries, with hand-built times (T0 = 08:00 UTC).
class SlaStateTest {

    private static final Duration DAY = Duration.ofHours(24);

    @Test
    void anUnansweredNormalTicketIsOkThenDueSoonInItsLastHourThenBreachedAtItsDeadline() {
        Ticket t = ticket("T-1", TicketStatus.OPEN, TicketPriority.NORMAL, DAY, T0, List.of());
        // due 08:00 the next day; the window is 1 h (a quarter of 24 h is 6 h, the shorter wins)
        assertThat(SlaState.of(t, T0.plus(DAY).minusSeconds(3601))).isEqualTo(SlaState.OK);
        assertThat(SlaState.of(t, T0.plus(DAY).minusSeconds(3600))).isEqualTo(SlaState.DUE_SOON);
        assertThat(SlaState.of(t, T0.plus(DAY).minusSeconds(1))).isEqualTo(SlaState.DUE_SOON);
        assertThat(SlaState.of(t, T0.plus(DAY))).as("at the deadline").isEqualTo(SlaState.BREACHED);
    }

    @Test
    void aShortSlaIsDueSoonInItsLastQuarter() {
        // a 2 h SLA: its last quarter is 30 min, shorter than an hour
        Ticket t = ticket("T-2", TicketStatus.NEW, TicketPriority.URGENT, Duration.ofHours(2), T0, List.of());
        assertThat(SlaState.soonWindow(t)).isEqualTo(Duration.ofMinutes(30));
        assertThat(SlaState.of(t, T0.plus(Duration.ofMinutes(89)))).isEqualTo(SlaState.OK);
        assertThat(SlaState.of(t, T0.plus(Duration.ofMinutes(90)))).isEqualTo(SlaState.DUE_SOON);
        // URGENT's 4 h: a quarter is exactly the hour
        Ticket urgent = ticket("T-3", TicketStatus.NEW, TicketPriority.URGENT, Duration.ofHours(4), T0, List.of());
        assertThat(SlaState.soonWindow(urgent)).isEqualTo(Duration.ofHours(1));
    }

    @Test
    void anOpenTicketStaysBreachedAfterItsDeadlineEvenWhenAnsweredBecauseItStillWaitsForUs() {
        Ticket answered = ticket("T-4", TicketStatus.OPEN, TicketPriority.NORMAL, DAY, T0,
                List.of(agent(T0.plusSeconds(600), false)));
        assertThat(SlaState.of(answered, T0.plus(DAY).minusSeconds(3601))).isEqualTo(SlaState.OK);
        assertThat(SlaState.of(answered, T0.plus(DAY).plusSeconds(1))).isEqualTo(SlaState.BREACHED);
    }

    @Test
    void aPendingTicketWaitsForTheCustomerSoNothingIsDue() {
        Ticket pending = ticket("T-5", TicketStatus.PENDING, TicketPriority.HIGH, Duration.ofHours(8), T0,
                List.of(agent(T0.plusSeconds(60), false)));
        assertThat(SlaState.of(pending, T0.plus(Duration.ofHours(7).plusMinutes(30)))).isEqualTo(SlaState.OK);
        assertThat(SlaState.of(pending, T0.plus(Duration.ofDays(3)))).isEqualTo(SlaState.OK);
    }

    @Test
    void solvedAndClosedTicketsHaveNoSlaState() {
        for (TicketStatus s : List.of(TicketStatus.SOLVED, TicketStatus.CLOSED)) {
            Ticket t = ticket("T-7", s, TicketPriority.URGENT, Duration.ofHours(4), T0, List.of());
            assertThat(SlaState.of(t, T0.plus(Duration.ofDays(5)))).isEqualTo(SlaState.NONE);
        }
    }
}
