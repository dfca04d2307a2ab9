package com.trendythreads.opsdesk.api.dto.inventory;

/// Generated once from `openapi.yaml` (`TransferStatus`); keep the two in step.
public enum TransferStatus {
    CREATED, SHIPPED, RECEIVED, RECEIVED_WITH_DISCREPANCY, CANCELLED
}
