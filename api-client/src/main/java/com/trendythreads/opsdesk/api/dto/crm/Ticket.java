package com.trendythreads.opsdesk.api.dto.crm;

import java.time.Instant;
import java.util.List;

/// Generated once from `openapi.yaml` (`Ticket`); keep the two in step.
public record Ticket(
        String id,
        String subject,
        String customerId,
        String orderId,
        TicketStatus status,
        TicketPriority priority,
        TicketChannel channel,
        String assigneeId,
        Instant slaDueAt,
        List<String> tags,
        List<TicketMessage> messages,
        List<TicketMessage> botTranscript,
        Instant createdAt,
        Instant updatedAt,
        long version) {
}
