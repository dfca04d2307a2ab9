package com.trendythreads.opsdesk.api.dto.crm;

/// Generated once from `openapi.yaml` (`GdprErasure`); keep the two in step.
public record GdprErasure(
        String reason) {
}
