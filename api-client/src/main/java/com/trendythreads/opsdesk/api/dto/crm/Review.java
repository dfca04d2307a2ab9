package com.trendythreads.opsdesk.api.dto.crm;

import java.time.Instant;

/// Generated once from `openapi.yaml` (`Review`); keep the two in step.
public record Review(
        String id,
        String customerId,
        String productId,
        int rating,
        String title,
        String body,
        Status status,
        Instant createdAt,
        long version) {

    public enum Status { PUBLISHED, PENDING, REJECTED }
}
