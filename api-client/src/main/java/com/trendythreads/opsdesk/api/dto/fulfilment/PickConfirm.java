package com.trendythreads.opsdesk.api.dto.fulfilment;

/// Generated once from `openapi.yaml` (`PickConfirm`); keep the two in step.
public record PickConfirm(
        Integer quantity,
        String scannedBarcode) {
}
