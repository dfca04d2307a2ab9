package com.trendythreads.opsdesk.api.dto.crm;

/// Generated once from `openapi.yaml` (`LoyaltyAdjustmentCreate`); keep the two in step.
public record LoyaltyAdjustmentCreate(
        Integer points,
        String reason) {
}
