package com.trendythreads.opsdesk.api.dto.inventory;

import java.time.Instant;
import java.util.List;

/// Generated once from `openapi.yaml` (`Transfer`); keep the two in step.
public record Transfer(
        String id,
        String fromLocationId,
        String toLocationId,
        TransferStatus status,
        List<TransferLine> lines,
        String note,
        String createdBy,
        Instant createdAt,
        Instant shippedAt,
        Instant receivedAt,
        long version) {
}
