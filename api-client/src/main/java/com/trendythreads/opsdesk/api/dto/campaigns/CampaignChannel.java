package com.trendythreads.opsdesk.api.dto.campaigns;

/// Generated once from `openapi.yaml` (`CampaignChannel`); keep the two in step.
public enum CampaignChannel {
    EMAIL, PUSH, SOCIAL, AFFILIATE
}
