package com.trendythreads.opsdesk.api.dto.common;

/// Generated once from `openapi.yaml` (`Role`); keep the two in step.
public enum Role {
    MERCHANDISER, WAREHOUSE, MANAGER, SUPPORT, MARKETING, ADMIN
}
