package com.trendythreads.opsdesk.api.dto.crm;

/// Generated once from `openapi.yaml` (`TicketReply`); keep the two in step.
public record TicketReply(
        String body,
        Boolean internal,
        String macroId) {
}
