package com.trendythreads.opsdesk.api.dto.supply;

import java.util.List;

/// Generated once from `openapi.yaml` (`PurchaseOrderReceive`); keep the two in step.
///
/// @param closeShort this is the last delivery: what is still outstanding stops being incoming and the PO
///                   is RECEIVED even if short
public record PurchaseOrderReceive(
        List<Line> lines,
        Boolean closeShort,
        String note) {

    public record Line(
            String sku,
            Integer receivedQuantity) {
    }
}
