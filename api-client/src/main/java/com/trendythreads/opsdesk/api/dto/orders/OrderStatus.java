package com.trendythreads.opsdesk.api.dto.orders;

/// Generated once from `openapi.yaml` (`OrderStatus`); keep the two in step.
public enum OrderStatus {
    PLACED, PAID, PICKING, PACKED, SHIPPED, DELIVERED, CANCELLED
}
