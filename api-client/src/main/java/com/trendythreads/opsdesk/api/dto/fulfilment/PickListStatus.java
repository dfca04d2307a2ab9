package com.trendythreads.opsdesk.api.dto.fulfilment;

/// Generated once from `openapi.yaml` (`PickListStatus`); keep the two in step.
public enum PickListStatus {
    OPEN, IN_PROGRESS, PICKED, PACKED, SHIPPED
}
