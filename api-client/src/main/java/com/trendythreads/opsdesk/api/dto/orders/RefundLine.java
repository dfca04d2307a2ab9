package com.trendythreads.opsdesk.api.dto.orders;

/// Generated once from `openapi.yaml` (`RefundLine`); keep the two in step.
public record RefundLine(
        String lineId,
        int quantity,
        long amountCents) {
}
