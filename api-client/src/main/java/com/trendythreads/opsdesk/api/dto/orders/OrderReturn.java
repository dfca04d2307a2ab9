package com.trendythreads.opsdesk.api.dto.orders;

import java.time.Instant;
import java.util.List;

/// Generated once from `openapi.yaml` (`OrderReturn`); keep the two in step.
public record OrderReturn(
        String id,
        Status status,
        Resolution resolution,
        String restockLocationId,
        List<ReturnLine> lines,
        String exchangeOrderId,
        String createdBy,
        Instant createdAt) {

    public enum Status { REQUESTED, RECEIVED, CLOSED }

    public enum Resolution { RESTOCK, EXCHANGE }
}
