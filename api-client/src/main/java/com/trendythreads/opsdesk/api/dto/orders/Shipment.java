package com.trendythreads.opsdesk.api.dto.orders;

import java.time.Instant;

/// Generated once from `openapi.yaml` (`Shipment`); keep the two in step.
public record Shipment(
        String carrier,
        String trackingNumber,
        Instant shippedAt) {
}
