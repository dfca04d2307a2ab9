package com.trendythreads.opsdesk.api.dto.orders;

/// Generated once from `openapi.yaml` (`ReturnLine`); keep the two in step.
public record ReturnLine(
        String lineId,
        Integer quantity,
        ReturnReason reason,
        String exchangeSku) {
}
