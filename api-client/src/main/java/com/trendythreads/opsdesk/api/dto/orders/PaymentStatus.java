package com.trendythreads.opsdesk.api.dto.orders;

/// Generated once from `openapi.yaml` (`PaymentStatus`); keep the two in step.
public enum PaymentStatus {
    PENDING, PAID, PARTIALLY_REFUNDED, REFUNDED
}
