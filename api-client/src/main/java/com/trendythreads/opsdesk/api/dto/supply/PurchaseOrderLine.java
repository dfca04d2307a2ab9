package com.trendythreads.opsdesk.api.dto.supply;

/// Generated once from `openapi.yaml` (`PurchaseOrderLine`); keep the two in step.
///
/// @param receivedQuantity the sum over the PO's receipts (may exceed `quantity`: an over-delivery)
public record PurchaseOrderLine(
        String sku,
        int quantity,
        long unitCostCents,
        int receivedQuantity) {
}
