package com.trendythreads.opsdesk.api.dto.orders;

/// Generated once from `openapi.yaml` (`FulfilmentStatus`); keep the two in step.
public enum FulfilmentStatus {
    UNFULFILLED, PICKING, PACKED, SHIPPED, DELIVERED, RETURNED, PARTIALLY_RETURNED
}
