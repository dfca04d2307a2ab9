package com.trendythreads.opsdesk.api.dto.crm;

import java.util.List;

/// Generated once from `openapi.yaml` (`Macro`); keep the two in step.
public record Macro(
        String id,
        String name,
        String body,
        TicketStatus setStatus,
        List<String> addTags,
        long version) {
}
