package com.trendythreads.opsdesk.api.dto.inventory;

/// Generated once from `openapi.yaml` (`LocationType`); keep the two in step.
public enum LocationType {
    WAREHOUSE, STORE
}
