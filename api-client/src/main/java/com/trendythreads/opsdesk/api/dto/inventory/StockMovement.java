package com.trendythreads.opsdesk.api.dto.inventory;

import java.time.Instant;

/// Generated once from `openapi.yaml` (`StockMovement`); keep the two in step.
public record StockMovement(
        String id,
        String locationId,
        String sku,
        int delta,
        MovementType type,
        AdjustmentReason reason,
        String reference,
        String note,
        String userId,
        Instant at,
        long version) {
}
