package com.trendythreads.opsdesk.api.dto.crm;

import java.util.List;

/// Generated once from `openapi.yaml` (`TicketPatch`); keep the two in step.
public record TicketPatch(
        TicketStatus status,
        TicketPriority priority,
        String assigneeId,
        List<String> tags) {
}
