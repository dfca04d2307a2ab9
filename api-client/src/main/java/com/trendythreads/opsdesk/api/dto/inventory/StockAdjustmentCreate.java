package com.trendythreads.opsdesk.api.dto.inventory;

/// Generated once from `openapi.yaml` (`StockAdjustmentCreate`); keep the two in step.
public record StockAdjustmentCreate(
        String locationId,
        String sku,
        Integer delta,
        AdjustmentReason reason,
        String note) {
}
