package com.trendythreads.opsdesk.api.dto.campaigns;

import java.time.Instant;

/// Generated once from `openapi.yaml` (`CampaignSchedule`); keep the two in step.
public record CampaignSchedule(
        Instant sendAt) {
}
