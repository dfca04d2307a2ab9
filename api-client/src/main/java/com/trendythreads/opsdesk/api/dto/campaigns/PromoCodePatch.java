package com.trendythreads.opsdesk.api.dto.campaigns;

import java.time.Instant;

/// Generated once from `openapi.yaml` (`PromoCodePatch`); keep the two in step.
public record PromoCodePatch(
        Boolean active,
        Instant validUntil,
        Integer usageLimitTotal,
        Integer usageLimitPerCustomer,
        Long minOrderCents,
        String campaignId) {
}
