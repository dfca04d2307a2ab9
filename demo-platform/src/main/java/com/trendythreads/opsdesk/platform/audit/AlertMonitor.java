package com.trendythreads.opsdesk.platform.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.trendythreads.opsdesk.api.dto.audit.Alert;
import com.trendythreads.opsdesk.api.dto.audit.AlertEvidence;
import com.trendythreads.opsdesk.platform.changes.ChangeOp;
import com.trendythreads.opsdesk.platform.writes.Tx;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;

/// Raises security alerts from the audit events of each write, in that write's transaction, by the
/// thresholds of [AlertPolicy]:
///
/// * `BULK_CUSTOMER_EXPORT`: a user exported more than N customer records, or made K exports containing PII,
///   within the export window;
/// * `FAILED_SIGN_INS` / `FAILED_SIGN_INS_OVERALL`: failed sign-ins for one username / in total within the
///   sign-in window;
/// * `REFUND_RATE`: a user's refunds in the last 24 h exceed the factor × their daily mean over the history
///   days before, and reach the floor;
/// * `PRICE_BELOW_COST`: a variant's price set below its `costCents`.
///
/// While an alert of a kind is open (not acknowledged) for a subject and was raised within the window, no
/// second one is raised for it: one burst, one alert.
public final class AlertMonitor implements AuditTrail.Listener {

    public static final String RESOURCE = "alert";

    private final AlertPolicy policy;
    private final AlertStore store;
    private final AuditTrail trail;

    public AlertMonitor(AlertPolicy policy, AlertStore store, AuditTrail trail) {
        this.policy = policy;
        this.store = store;
        this.trail = trail;
    }

    @Override
    public void audited(Tx tx, List<AuditRecord> events) {
        for (AuditRecord e : events) {
            switch (e.action()) {
                case "export", "gdpr-export" -> exports(tx, e);
                case "sign-in-failed" -> signIns(tx, e);
                default -> { }
            }
            if (e.amountCents() != null && "order".equals(e.entityType())) refunds(tx, e);
            if ("product".equals(e.entityType()) && e.after() != null && e.after().has("variants")) prices(tx, e);
        }
    }

    private void exports(Tx tx, AuditRecord e) {
        if (!"customer".equals(e.entityType()) && !Boolean.TRUE.equals(e.containsPii())) return;
        Instant since = tx.now().minus(policy.exportWindow());
        Handle h = tx.handle();
        long records = h.createQuery("""
                        SELECT COALESCE(SUM(record_count), 0) FROM audit_events
                        WHERE action IN ('export', 'gdpr-export') AND entity_type = 'customer' AND user_id = :u AND at >= :since""")
                .bind("u", e.userId()).bind("since", since).mapTo(Long.class).one();
        long piiExports = h.createQuery("""
                        SELECT COUNT(*) FROM audit_events
                        WHERE action IN ('export', 'gdpr-export') AND contains_pii = TRUE AND user_id = :u AND at >= :since""")
                .bind("u", e.userId()).bind("since", since).mapTo(Long.class).one();
        if (records <= policy.maxCustomerRecords() && piiExports < policy.maxPiiExports()) return;
        List<String> ids = ids(h, "action IN ('export', 'gdpr-export') AND (entity_type = 'customer' OR contains_pii = TRUE) AND user_id = :u",
                Map.of("u", e.userId()), since);
        Map<String, Long> figures = new LinkedHashMap<>();
        figures.put("customerRecords", records);
        figures.put("maxCustomerRecords", policy.maxCustomerRecords());
        figures.put("piiExports", piiExports);
        figures.put("maxPiiExports", (long) policy.maxPiiExports());
        figures.put("windowMinutes", policy.exportWindow().toMinutes());
        raise(tx, Alert.Kind.BULK_CUSTOMER_EXPORT, Alert.Severity.HIGH, e.userId(), e.username(),
                e.username() + " exported " + records + " customer records in " + piiExports
                        + " exports with personal data within " + policy.exportWindow().toMinutes() + " minutes",
                ids, figures, since);
    }

    private void signIns(Tx tx, AuditRecord e) {
        Instant since = tx.now().minus(policy.signInWindow());
        Handle h = tx.handle();
        long forUser = h.createQuery("""
                        SELECT COUNT(*) FROM audit_events WHERE action = 'sign-in-failed' AND username = :n AND at >= :since""")
                .bind("n", e.username()).bind("since", since).mapTo(Long.class).one();
        long overall = h.createQuery("SELECT COUNT(*) FROM audit_events WHERE action = 'sign-in-failed' AND at >= :since")
                .bind("since", since).mapTo(Long.class).one();
        long minutes = policy.signInWindow().toMinutes();
        if (forUser >= policy.failedSignInsPerUser()) {
            raise(tx, Alert.Kind.FAILED_SIGN_INS, Alert.Severity.MEDIUM, e.userId(), e.username(),
                    forUser + " failed sign-ins for " + e.username() + " within " + minutes + " minutes",
                    ids(h, "action = 'sign-in-failed' AND username = :u", Map.of("u", e.username()), since),
                    Map.of("failedSignIns", forUser, "threshold", (long) policy.failedSignInsPerUser(),
                            "windowMinutes", minutes), since);
        }
        if (overall >= policy.failedSignInsOverall()) {
            raise(tx, Alert.Kind.FAILED_SIGN_INS_OVERALL, Alert.Severity.HIGH, null, null,
                    overall + " failed sign-ins across all users within " + minutes + " minutes",
                    ids(h, "action = 'sign-in-failed'", Map.of(), since),
                    Map.of("failedSignIns", overall, "threshold", (long) policy.failedSignInsOverall(),
                            "windowMinutes", minutes), since);
        }
    }

    private void refunds(Tx tx, AuditRecord e) {
        Handle h = tx.handle();
        Instant dayAgo = tx.now().minus(java.time.Duration.ofHours(24));
        Instant historyStart = dayAgo.minus(java.time.Duration.ofDays(policy.refundHistoryDays()));
        String sum = "SELECT COALESCE(SUM(amount_cents), 0) FROM audit_events WHERE user_id = :u AND entity_type = 'order'"
                + " AND amount_cents IS NOT NULL AND at >= :from AND at < :to";
        long last24 = h.createQuery(sum).bind("u", e.userId()).bind("from", dayAgo).bind("to", tx.now().plusSeconds(1))
                .mapTo(Long.class).one();
        long history = h.createQuery(sum).bind("u", e.userId()).bind("from", historyStart).bind("to", dayAgo)
                .mapTo(Long.class).one();
        long dailyMean = history / policy.refundHistoryDays();
        if (last24 < policy.refundFloorCents() || last24 <= policy.refundFactor() * dailyMean) return;
        Map<String, Long> figures = new LinkedHashMap<>();
        figures.put("refundedLast24hCents", last24);
        figures.put("dailyMeanCents", dailyMean);
        figures.put("factor", policy.refundFactor());
        figures.put("floorCents", policy.refundFloorCents());
        raise(tx, Alert.Kind.REFUND_RATE, Alert.Severity.HIGH, e.userId(), e.username(),
                e.username() + " refunded " + euros(last24) + " in 24 h; their daily mean is " + euros(dailyMean),
                ids(h, "entity_type = 'order' AND amount_cents IS NOT NULL AND user_id = :u", Map.of("u", e.userId()), dayAgo),
                figures, dayAgo);
    }

    private void prices(Tx tx, AuditRecord e) {
        JsonNode product = trail.lastChange(tx.handle(), "product", e.entityId()).orElse(null);
        if (product == null) return;
        for (JsonNode changed : e.after().get("variants")) {
            if (!changed.has("priceCents") && !changed.has("costCents")) continue;
            String sku = changed.path("sku").asText();
            for (JsonNode v : product.path("variants")) {
                if (!sku.equals(v.path("sku").asText()) || !v.hasNonNull("costCents")) continue;
                long price = v.path("priceCents").asLong();
                long cost = v.path("costCents").asLong();
                if (price < cost) {
                    raise(tx, Alert.Kind.PRICE_BELOW_COST, Alert.Severity.MEDIUM, e.userId(), e.username(),
                            e.username() + " set the price of " + sku + " to " + euros(price) + ", below its cost of "
                                    + euros(cost),
                            List.of(e.id()), Map.of("priceCents", price, "costCents", cost), null);
                }
            }
        }
    }

    private void raise(Tx tx, Alert.Kind kind, Alert.Severity severity, String userId, String username, String summary,
                       List<String> ids, Map<String, Long> figures, Instant openSince) {
        if (openSince != null && store.hasOpen(tx.handle(), kind, username, openSince)) return;
        Alert alert = store.insert(tx.handle(), kind, severity, tx.now(), userId, username, summary,
                new AlertEvidence(ids, figures));
        tx.recordChange(RESOURCE, alert.id(), ChangeOp.UPSERT, alert.version(), alert);
    }

    private static List<String> ids(Handle h, String where, Map<String, String> binds, Instant since) {
        var q = h.createQuery("SELECT seq FROM audit_events WHERE " + where + " AND at >= :since ORDER BY seq DESC LIMIT 50")
                .bind("since", since);
        binds.forEach(q::bind);
        return q.mapTo(Long.class).list().reversed().stream().map(AuditRecord::id).toList();
    }

    private static String euros(long cents) {
        return String.format(java.util.Locale.ROOT, "€%d.%02d", cents / 100, Math.abs(cents % 100));
    }
}
