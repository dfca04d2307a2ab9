package com.trendythreads.opsdesk.api.dto.campaigns;

import java.time.Instant;

/// Generated once from `openapi.yaml` (`CampaignMetrics`); keep the two in step.
public record CampaignMetrics(
        String campaignId,
        long sends,
        long opens,
        long clicks,
        long orders,
        long revenueCents,
        long redemptions,
        long spendCents,
        Instant asOf) {
}
