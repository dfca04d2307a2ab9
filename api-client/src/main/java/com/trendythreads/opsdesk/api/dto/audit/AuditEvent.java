package com.trendythreads.opsdesk.api.dto.audit;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;

/// Generated once from `openapi.yaml` (`AuditEvent`); keep the two in step. `before`/`after` hold the changed
/// fields only, in the record's own shape (masked for roles outside `x-pii-roles`).
public record AuditEvent(
        String id,
        Instant at,
        String userId,
        String username,
        String client,
        String requestId,
        String action,
        String entityType,
        String entityId,
        String summary,
        JsonNode before,
        JsonNode after) {
}
