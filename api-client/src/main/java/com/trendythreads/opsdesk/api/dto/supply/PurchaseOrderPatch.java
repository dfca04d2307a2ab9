package com.trendythreads.opsdesk.api.dto.supply;

import java.util.List;

/// Generated once from `openapi.yaml` (`PurchaseOrderPatch`): a draft's lines (replaced whole), location and
/// note; keep the two in step.
public record PurchaseOrderPatch(
        String locationId,
        List<PurchaseOrderCreate.Line> lines,
        String note) {
}
