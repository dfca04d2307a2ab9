package com.trendythreads.opsdesk.api.dto.crm;

import java.time.Instant;

/// Generated once from `openapi.yaml` (`TicketMessage`); keep the two in step.
public record TicketMessage(
        String id,
        Author author,
        String authorName,
        String body,
        boolean internal,
        Instant at) {

    public enum Author { CUSTOMER, AGENT, BOT }
}
