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
        Instant solvedAt,
        Instant createdAt,
        Instant updatedAt,
        long version) {

    /// A ticket that is not solved.
    public Ticket(String id, String subject, String customerId, String orderId, TicketStatus status,
            TicketPriority priority, TicketChannel channel, String assigneeId, Instant slaDueAt, List<String> tags,
            List<TicketMessage> messages, List<TicketMessage> botTranscript, Instant createdAt, Instant updatedAt,
            long version) {
        this(id, subject, customerId, orderId, status, priority, channel, assigneeId, slaDueAt, tags, messages,
                botTranscript, null, createdAt, updatedAt, version);
    }
}
