package com.trendythreads.opsdesk.api.dto.crm;

/// Generated once from `openapi.yaml` (`TicketCreate`); keep the two in step.
public record TicketCreate(
        String subject,
        String customerId,
        String orderId,
        TicketPriority priority,
        TicketChannel channel,
        String body) {
}
