package com.trendythreads.opsdesk.api.dto.campaigns;

import java.time.Instant;
import java.util.List;

/// Generated once from `openapi.yaml` (`CampaignPatch`); keep the two in step.
public record CampaignPatch(
        String name,
        CampaignChannel channel,
        Instant startsAt,
        Instant endsAt,
        Long budgetCents,
        String segmentId,
        List<String> promoCodes,
        String subject,
        String body,
        Status status) {

    public enum Status { DRAFT, CANCELLED }
}
