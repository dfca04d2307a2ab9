package com.trendythreads.opsdesk.api.dto.inventory;

/// Generated once from `openapi.yaml` (`AdjustmentReason`); keep the two in step.
public enum AdjustmentReason {
    DAMAGE, RECOUNT, THEFT, FOUND, RETURN, RECEIPT, CORRECTION
}
