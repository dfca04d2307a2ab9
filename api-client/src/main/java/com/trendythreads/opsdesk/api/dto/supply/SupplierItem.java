package com.trendythreads.opsdesk.api.dto.supply;

import java.time.Instant;

/// Generated once from `openapi.yaml` (`SupplierItem`): the supplier of one SKU; keep the two in step.
public record SupplierItem(
        String sku,
        String supplierId,
        String supplierSku,
        long unitCostCents,
        int packSize,
        Instant updatedAt,
        long version) {
}
