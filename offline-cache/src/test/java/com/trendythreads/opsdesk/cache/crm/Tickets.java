package com.trendythreads.opsdesk.cache.crm;

import com.trendythreads.opsdesk.api.dto.crm.Ticket;
import com.trendythreads.opsdesk.api.dto.crm.TicketChannel;
import com.trendythreads.opsdesk.api.dto.crm.TicketMessage;
import com.trendythreads.opsdesk.api.dto.crm.TicketPriority;
import com.trendythreads.opsdesk.api.dto.crm.TicketStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/// Hand-built tickets for the rule tests.
final class Tickets {

    static final Instant T0 = Instant.parse("2026-03-02T08:00:00Z");

    private Tickets() {
    }

    static TicketMessage customer(Instant at) {
        return new TicketMessage("m-c-" + at.getEpochSecond(), TicketMessage.Author.CUSTOMER, "Jana Kunde", "Hello?",
                false, at);
    }

    static TicketMessage agent(Instant at, boolean internal) {
        return new TicketMessage("m-a-" + at.getEpochSecond(), TicketMessage.Author.AGENT, "Sam Support", "Hi!",
                internal, at);
    }

    static Ticket ticket(String id, TicketStatus status, TicketPriority priority, Duration sla, Instant created,
            List<TicketMessage> replies) {
        List<TicketMessage> messages = new ArrayList<>();
        messages.add(customer(created));
        messages.addAll(replies);
        return new Ticket(id, "Subject " + id, "cus-1", null, status, priority, TicketChannel.EMAIL, null,
                created.plus(sla), List.of(), messages, null, created, created, 1);
    }
}
