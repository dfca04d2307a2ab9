package com.trendythreads.opsdesk.api.dto.supply;

import java.time.Instant;
import java.util.List;

/// Generated once from `openapi.yaml` (`PurchaseOrderReceipt`): one delivery; keep the two in step.
public record PurchaseOrderReceipt(
        String id,
        Instant receivedAt,
        String receivedBy,
        List<Line> lines,
        String note) {

    public record Line(
            String sku,
            int quantity) {
    }
}
