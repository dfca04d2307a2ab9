package com.trendythreads.opsdesk.api.dto.crm;

import java.time.Instant;

/// Generated once from `openapi.yaml` (`Consents`); keep the two in step.
public record Consents(
        boolean emailMarketing,
        boolean smsMarketing,
        boolean profiling,
        Instant updatedAt) {
}
