package com.trendythreads.opsdesk.api.dto.inventory;

import java.util.List;

/// Generated once from `openapi.yaml` (`TransferCreate`); keep the two in step.
public record TransferCreate(
        String fromLocationId,
        String toLocationId,
        List<Line> lines,
        String note) {

    public record Line(
            String sku,
            Integer quantity) {
    }
}
