package com.trendythreads.opsdesk.api.dto.supply;

import java.time.Instant;
import java.util.List;

/// Generated once from `openapi.yaml` (`PurchaseOrder`); keep the two in step.
///
/// @param expectedAt set when sent: sent + the supplier's promised lead time
public record PurchaseOrder(
        String id,
        String supplierId,
        String locationId,
        PurchaseOrderStatus status,
        String currency,
        List<PurchaseOrderLine> lines,
        long totalCents,
        String note,
        String createdBy,
        Instant createdAt,
        Instant sentAt,
        Instant expectedAt,
        List<PurchaseOrderReceipt> receipts,
        Instant closedAt,
        Instant updatedAt,
        long version) {
}
