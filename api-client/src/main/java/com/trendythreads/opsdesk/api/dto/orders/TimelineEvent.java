package com.trendythreads.opsdesk.api.dto.orders;

import java.time.Instant;

/// Generated once from `openapi.yaml` (`TimelineEvent`); keep the two in step.
public record TimelineEvent(
        Instant at,
        Type type,
        String by,
        String detail) {

    public enum Type { PLACED, PAID, PICKING, PICKED, PACKED, SHIPPED, DELIVERED, CANCELLED, RETURN_REQUESTED, RETURN_RECEIVED, REFUNDED, EXCHANGED, NOTE }
}
