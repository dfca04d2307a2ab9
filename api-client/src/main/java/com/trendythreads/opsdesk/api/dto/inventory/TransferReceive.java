package com.trendythreads.opsdesk.api.dto.inventory;

import java.util.List;

/// Generated once from `openapi.yaml` (`TransferReceive`); keep the two in step.
public record TransferReceive(
        List<Line> lines) {

    public record Line(
            String sku,
            Integer receivedQuantity) {
    }
}
