package com.trendythreads.opsdesk.api.dto.campaigns;

import java.time.Instant;

/// Generated once from `openapi.yaml` (`PromoCode`); keep the two in step.
public record PromoCode(
        String code,
        PromoType type,
        long value,
        Instant validFrom,
        Instant validUntil,
        Integer usageLimitTotal,
        Integer usageLimitPerCustomer,
        Long minOrderCents,
        PromoScope scope,
        String campaignId,
        boolean active,
        int redemptions,
        Instant createdAt,
        long version) {
}
