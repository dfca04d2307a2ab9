package com.trendythreads.opsdesk.api.dto.inventory;

/// Generated once from `openapi.yaml` (`MovementType`); keep the two in step.
public enum MovementType {
    ADJUSTMENT, SALE, RETURN, TRANSFER_OUT, TRANSFER_IN, RECEIPT, PICK
}
