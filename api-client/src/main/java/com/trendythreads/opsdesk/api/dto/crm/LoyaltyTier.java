package com.trendythreads.opsdesk.api.dto.crm;

/// Generated once from `openapi.yaml` (`LoyaltyTier`); keep the two in step.
public enum LoyaltyTier {
    BRONZE, SILVER, GOLD, PLATINUM
}
