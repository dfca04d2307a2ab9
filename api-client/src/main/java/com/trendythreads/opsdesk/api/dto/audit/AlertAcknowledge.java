package com.trendythreads.opsdesk.api.dto.audit;

/// Generated once from `openapi.yaml` (`AlertAcknowledge`); keep the two in step.
public record AlertAcknowledge(
        String note) {
}
