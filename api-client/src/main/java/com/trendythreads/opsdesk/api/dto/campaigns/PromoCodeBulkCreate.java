package com.trendythreads.opsdesk.api.dto.campaigns;

import java.time.Instant;

/// Generated once from `openapi.yaml` (`PromoCodeBulkCreate`); keep the two in step.
public record PromoCodeBulkCreate(
        String prefix,
        Integer count,
        Integer randomLength,
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
