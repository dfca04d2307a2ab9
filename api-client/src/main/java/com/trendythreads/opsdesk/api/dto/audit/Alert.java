package com.trendythreads.opsdesk.api.dto.audit;

import java.time.Instant;

/// Generated once from `openapi.yaml` (`Alert`); keep the two in step.
public record Alert(
        String id,
        Kind kind,
        Severity severity,
        Instant raisedAt,
        String subjectUserId,
        String subjectUsername,
        String summary,
        AlertEvidence evidence,
        String acknowledgedBy,
        Instant acknowledgedAt,
        String note,
        long version) {

    public enum Kind { BULK_CUSTOMER_EXPORT, FAILED_SIGN_INS, FAILED_SIGN_INS_OVERALL, REFUND_RATE, PRICE_BELOW_COST }

    public enum Severity { LOW, MEDIUM, HIGH }

    public boolean acknowledged() {
        return acknowledgedAt != null;
    }
}
