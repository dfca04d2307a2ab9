package com.trendythreads.opsdesk.api.dto.inventory;

/// Generated once from `openapi.yaml` (`TransferLine`); keep the two in step.
public record TransferLine(
        String sku,
        int quantity,
        Integer receivedQuantity) {
}
