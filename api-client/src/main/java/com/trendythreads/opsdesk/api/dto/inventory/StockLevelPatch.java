package com.trendythreads.opsdesk.api.dto.inventory;

/// Generated once from `openapi.yaml` (`StockLevelPatch`); keep the two in step.
public record StockLevelPatch(
        Integer reorderPoint,
        Integer reorderQty,
        String bin) {
}
