package com.trendythreads.opsdesk.api.dto.campaigns;

import java.time.Instant;
import java.util.List;

/// Generated once from `openapi.yaml` (`CampaignCreate`); keep the two in step.
public record CampaignCreate(
        String name,
        CampaignChannel channel,
        Instant startsAt,
        Instant endsAt,
        Long budgetCents,
        String segmentId,
        List<String> promoCodes,
        String subject,
        String body) {
}
