package com.trendythreads.opsdesk.api.dto.fulfilment;

import java.time.Instant;
import java.util.List;

/// Generated once from `openapi.yaml` (`PickList`); keep the two in step.
public record PickList(
        String id,
        String locationId,
        String wave,
        PickListStatus status,
        String assigneeId,
        List<String> orderIds,
        List<PickLine> lines,
        Integer packageCount,
        String carrier,
        String trackingNumber,
        Instant createdAt,
        Instant updatedAt,
        long version) {
}
