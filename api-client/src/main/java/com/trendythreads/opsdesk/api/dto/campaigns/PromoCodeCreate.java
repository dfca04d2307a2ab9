package com.trendythreads.opsdesk.api.dto.campaigns;

import java.time.Instant;

/// Generated once from `openapi.yaml` (`PromoCodeCreate`); keep the two in step.
public record PromoCodeCreate(
        String code,
        PromoType type,
        Long value,
        Instant validFrom,
        Instant validUntil,
        Integer usageLimitTotal,
        Integer usageLimitPerCustomer,
        Long minOrderCents,
        PromoScope scope,
        String campaignId) {
}
