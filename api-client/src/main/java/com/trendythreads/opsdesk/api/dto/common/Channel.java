package com.trendythreads.opsdesk.api.dto.common;

/// Generated once from `openapi.yaml` (`Channel`); keep the two in step.
public enum Channel {
    WEB, APP, MARKETPLACE
}
