package com.trendythreads.opsdesk.api.dto.fulfilment;

import java.time.Instant;

/// Generated once from `openapi.yaml` (`PickLine`); keep the two in step.
public record PickLine(
        String id,
        String orderId,
        String orderLineId,
        String sku,
        String ean,
        String title,
        String size,
        String colour,
        String bin,
        int quantity,
        int pickedQuantity,
        Status status,
        String confirmedBy,
        Instant confirmedAt,
        String shortReason) {

    public enum Status { OPEN, PICKED, SHORT }
}
