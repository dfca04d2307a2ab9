package com.trendythreads.opsdesk.api.dto.inventory;

import java.time.Instant;

/// Generated once from `openapi.yaml` (`StockLevel`); keep the two in step.
public record StockLevel(
        String id,
        String locationId,
        String sku,
        String bin,
        int onHand,
        int committed,
        int available,
        int incoming,
        Integer reorderPoint,
        Integer reorderQty,
        Instant updatedAt,
        long version) {
}
