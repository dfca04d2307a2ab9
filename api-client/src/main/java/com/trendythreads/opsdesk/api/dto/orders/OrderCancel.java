package com.trendythreads.opsdesk.api.dto.orders;

/// Generated once from `openapi.yaml` (`OrderCancel`); keep the two in step.
public record OrderCancel(
        String reason) {
}
