package com.trendythreads.opsdesk.api.dto.campaigns;

/// Generated once from `openapi.yaml` (`PromoType`); keep the two in step.
public enum PromoType {
    PERCENT, FIXED_AMOUNT, FREE_SHIPPING
}
