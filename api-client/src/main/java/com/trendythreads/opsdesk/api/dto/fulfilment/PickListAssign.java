package com.trendythreads.opsdesk.api.dto.fulfilment;

/// Generated once from `openapi.yaml` (`PickListAssign`); keep the two in step.
public record PickListAssign(
        String assigneeId) {
}
