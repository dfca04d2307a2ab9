package com.trendythreads.opsdesk.api.dto.orders;

/// Generated once from `openapi.yaml` (`ReturnReason`); keep the two in step.
public enum ReturnReason {
    SIZE_TOO_SMALL, SIZE_TOO_LARGE, DAMAGED, NOT_AS_DESCRIBED, CHANGED_MIND, OTHER
}
