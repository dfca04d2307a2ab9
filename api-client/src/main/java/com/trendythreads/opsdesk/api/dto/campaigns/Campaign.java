package com.trendythreads.opsdesk.api.dto.campaigns;

import java.time.Instant;
import java.util.List;

/// Generated once from `openapi.yaml` (`Campaign`); keep the two in step.
public record Campaign(
        String id,
        String name,
        CampaignChannel channel,
        Instant startsAt,
        Instant endsAt,
        long budgetCents,
        String segmentId,
        List<String> promoCodes,
        String subject,
        String body,
        CampaignStatus status,
        long spendCents,
        String attributionId,
        Instant createdAt,
        Instant updatedAt,
        long version) {
}
