package com.trendythreads.opsdesk.api.dto.audit;

import java.util.List;
import java.util.Map;

/// Generated once from `openapi.yaml` (`AlertEvidence`); keep the two in step. The audit events that raised
/// an alert and the figures measured against the policy's thresholds.
public record AlertEvidence(
        List<String> auditEventIds,
        Map<String, Long> figures) {

    public AlertEvidence {
        auditEventIds = auditEventIds == null ? List.of() : List.copyOf(auditEventIds);
        figures = figures == null ? Map.of() : Map.copyOf(figures);
    }
}
