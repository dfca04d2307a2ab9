package com.trendythreads.opsdesk.platform.audit;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;

/// One audit event as stored. `before`/`after` are the changed fields only (unmasked); `amountCents`,
/// `recordCount` and `containsPii` are the figures the [AlertMonitor] sums (a refund's amount, an export's
/// size). `seq` is 0 until stored; the wire id is `aud_<seq>`.
public record AuditRecord(long seq, Instant at, String userId, String username, String client, String requestId,
                          String action, String entityType, String entityId, String summary, JsonNode before,
                          JsonNode after, Long amountCents, Integer recordCount, Boolean containsPii) {

    public String id() {
        return id(seq);
    }

    public static String id(long seq) {
        return "aud_" + seq;
    }

    AuditRecord withSeq(long value) {
        return new AuditRecord(value, at, userId, username, client, requestId, action, entityType, entityId, summary,
                before, after, amountCents, recordCount, containsPii);
    }
}
