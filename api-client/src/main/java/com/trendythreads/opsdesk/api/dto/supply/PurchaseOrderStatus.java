package com.trendythreads.opsdesk.api.dto.supply;

/// Generated once from `openapi.yaml` (`PurchaseOrderStatus`); keep the two in step.
public enum PurchaseOrderStatus {
    DRAFT, SENT, PARTIALLY_RECEIVED, RECEIVED, CANCELLED
}
