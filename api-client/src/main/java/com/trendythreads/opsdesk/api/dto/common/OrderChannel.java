package com.trendythreads.opsdesk.api.dto.common;

/// Generated once from `openapi.yaml` (`OrderChannel`); keep the two in step.
public enum OrderChannel {
    WEB, APP, MARKETPLACE, STORE
}
