package com.trendythreads.opsdesk.api.dto.campaigns;

/// Generated once from `openapi.yaml` (`CampaignStatus`); keep the two in step.
public enum CampaignStatus {
    DRAFT, SCHEDULED, RUNNING, ENDED, CANCELLED
}
