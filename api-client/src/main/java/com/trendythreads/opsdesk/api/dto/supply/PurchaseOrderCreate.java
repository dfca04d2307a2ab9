package com.trendythreads.opsdesk.api.dto.supply;

import java.util.List;

/// Generated once from `openapi.yaml` (`PurchaseOrderCreate`); keep the two in step.
public record PurchaseOrderCreate(
        String supplierId,
        String locationId,
        List<Line> lines,
        String note) {

    /// @param unitCostCents `null` = the supplier's current cost of the SKU
    public record Line(
            String sku,
            Integer quantity,
            Long unitCostCents) {
    }
}
