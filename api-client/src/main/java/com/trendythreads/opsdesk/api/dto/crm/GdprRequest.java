package com.trendythreads.opsdesk.api.dto.crm;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;

/// Generated once from `openapi.yaml` (`GdprRequest`); keep the two in step.
public record GdprRequest(
        String id,
        String customerId,
        Type type,
        Status status,
        String requestedBy,
        Instant requestedAt,
        Instant completedAt,
        JsonNode exportData) {

    public enum Type { EXPORT, ERASURE }

    public enum Status { COMPLETED, REJECTED }
}
