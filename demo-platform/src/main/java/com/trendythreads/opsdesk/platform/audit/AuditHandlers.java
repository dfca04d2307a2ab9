package com.trendythreads.opsdesk.platform.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.trendythreads.opsdesk.api.dto.audit.Alert;
import com.trendythreads.opsdesk.api.dto.audit.AlertAcknowledge;
import com.trendythreads.opsdesk.api.dto.audit.AuditEvent;
import com.trendythreads.opsdesk.api.dto.audit.ExportReport;
import com.trendythreads.opsdesk.platform.ModuleContext;
import com.trendythreads.opsdesk.platform.auth.Principal;
import com.trendythreads.opsdesk.platform.changes.ChangeOp;
import com.trendythreads.opsdesk.platform.changes.ResourcePolicy;
import com.trendythreads.opsdesk.platform.http.ApiError;
import com.trendythreads.opsdesk.platform.http.Etags;
import com.trendythreads.opsdesk.platform.http.Json;
import com.trendythreads.opsdesk.platform.http.Params;
import com.trendythreads.opsdesk.platform.http.Validation;
import com.trendythreads.opsdesk.platform.store.ListPage;
import com.trendythreads.opsdesk.platform.writes.WriteResult;
import io.javalin.http.Context;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/// `listAuditEvents`, `listRecordHistory`, `recordExport`, `listAlerts`, `acknowledgeAlert`.
final class AuditHandlers {

    private final ModuleContext m;
    private final AuditTrail trail;
    private final AlertStore alerts;

    AuditHandlers(ModuleContext m, AuditTrail trail, AlertStore alerts) {
        this.m = m;
        this.trail = trail;
        this.alerts = alerts;
    }

    void listAuditEvents(Context ctx) {
        Principal who = Principal.of(ctx);
        Map<String, Object> binds = new LinkedHashMap<>();
        List<String> where = new ArrayList<>();
        String user = ctx.queryParam("user");
        if (user != null && !user.isBlank()) {
            where.add("(user_id = :user OR username = :user)");
            binds.put("user", user.strip());
        }
        for (String[] f : new String[][] {{"entityType", "entity_type"}, {"entityId", "entity_id"}, {"action", "action"}}) {
            String value = ctx.queryParam(f[0]);
            if (value != null && !value.isBlank()) {
                where.add(f[1] + " = :" + f[0]);
                binds.put(f[0], value.strip());
            }
        }
        Instant from = Params.instant(ctx, "from");
        Instant to = Params.instant(ctx, "to");
        if (from != null) {
            where.add("at >= :from");
            binds.put("from", from);
        }
        if (to != null) {
            where.add("at < :to");
            binds.put("to", to);
        }
        page(ctx, who, where, binds);
    }

    void listRecordHistory(Context ctx) {
        Principal who = Principal.of(ctx);
        String type = ctx.pathParam("entityType");
        ResourcePolicy policy = m.policies().policy(type)
                .orElseThrow(() -> ApiError.notFound("No entity type '" + type + "'"));
        if (!policy.canRead(who)) {
            throw ApiError.forbidden("Your roles " + who.roles() + " may not read " + type + " records");
        }
        Map<String, Object> binds = new LinkedHashMap<>();
        binds.put("type", type);
        binds.put("id", ctx.pathParam("entityId"));
        page(ctx, who, new ArrayList<>(List.of("entity_type = :type", "entity_id = :id")), binds);
    }

    private void page(Context ctx, Principal who, List<String> where, Map<String, Object> binds) {
        int limit = Params.limit(ctx);
        String cursor = ctx.queryParam("cursor");
        long after = cursorSeq(cursor, "aud_");
        String changeToken = m.changes().currentChangeToken();
        String filter = where.isEmpty() ? "1 = 1" : String.join(" AND ", where);
        ListPage<AuditEvent> page = m.database().jdbi().withHandle(h -> {
            var q = h.createQuery("SELECT * FROM audit_events WHERE " + filter
                    + (after > 0 ? " AND seq < :cursor" : "") + " ORDER BY seq DESC LIMIT :limit");
            binds.forEach(q::bind);
            if (after > 0) q.bind("cursor", after);
            List<AuditEvent> items = q.bind("limit", limit + 1).map((rs, c) -> read(rs, who)).list();
            Long total = null;
            if (cursor == null) {
                var c = h.createQuery("SELECT COUNT(*) FROM audit_events WHERE " + filter);
                binds.forEach(c::bind);
                total = c.mapTo(Long.class).one();
            }
            String next = items.size() > limit ? items.get(limit - 1).id() : null;
            return new ListPage<>(List.copyOf(items.subList(0, Math.min(limit, items.size()))), next, changeToken, total);
        });
        ctx.json(page);
    }

    private static long cursorSeq(String cursor, String prefix) {
        if (cursor == null) return 0;
        if (!cursor.matches(java.util.regex.Pattern.quote(prefix) + "\\d{1,18}")) {
            throw ApiError.invalidParameter("cursor", "is not a cursor of this list");
        }
        return Long.parseLong(cursor.substring(prefix.length()));
    }

    private AuditEvent read(ResultSet rs, Principal who) throws SQLException {
        String type = rs.getString("entity_type");
        return new AuditEvent(AuditRecord.id(rs.getLong("seq")),
                rs.getObject("at", OffsetDateTime.class).toInstant(), rs.getString("user_id"), rs.getString("username"),
                rs.getString("client"), rs.getString("request_id"), rs.getString("action"), type,
                rs.getString("entity_id"), rs.getString("summary"),
                masked(type, trail.tree(rs.getString("before_json")), who),
                masked(type, trail.tree(rs.getString("after_json")), who));
    }

    private JsonNode masked(String type, JsonNode node, Principal who) {
        if (!(node instanceof ObjectNode)) return node;
        Optional<ResourcePolicy> policy = m.policies().policy(type);
        return policy.isPresent() ? policy.get().mask(node, who) : node;
    }

    void recordExport(Context ctx) {
        ExportReport body = Json.read(ctx, m.json(), ExportReport.class);
        Validation.forBody().require("kind", body.kind()).require("entityType", body.entityType())
                .maxLength("entityType", body.entityType(), 64).require("fileName", body.fileName())
                .maxLength("fileName", body.fileName(), 255).min("count", body.count(), 0).max("count", body.count(), 10_000_000)
                .check(body.entityType() == null || !body.entityType().isBlank(), "entityType", "must not be blank")
                .check(body.fileName() == null || !body.fileName().isBlank(), "fileName", "must not be blank")
                .throwIfAny();
        m.writes().execute(ctx, tx -> {
            ObjectNode details = m.json().createObjectNode()
                    .put("kind", body.kind().name()).put("count", body.count())
                    .put("containsPii", body.containsPii()).put("fileName", body.fileName());
            AuditRecord e = tx.recordEvent("export", body.entityType(), null,
                    "export " + body.count() + " " + body.entityType() + " records to " + body.fileName()
                            + (body.containsPii() ? " (contains personal data)" : ""),
                    details, null, body.count(), body.containsPii());
            return new WriteResult(201, new AuditEvent(e.id(), e.at(), e.userId(), e.username(), e.client(),
                    e.requestId(), e.action(), e.entityType(), e.entityId(), e.summary(), null, details), Map.of());
        });
    }

    void listAlerts(Context ctx) {
        int limit = Params.limit(ctx);
        String cursor = ctx.queryParam("cursor");
        long after = cursorSeq(cursor, "alr_");
        String raw = ctx.queryParam("acknowledged");
        Boolean acknowledged = raw == null || raw.isBlank() ? null : Boolean.valueOf(raw.strip());
        String changeToken = m.changes().currentChangeToken();
        ListPage<Alert> page = m.database().jdbi().withHandle(h -> {
            List<Alert> items = alerts.page(h, acknowledged, after, limit + 1);
            Long total = cursor == null ? alerts.count(h, acknowledged) : null;
            String next = items.size() > limit ? items.get(limit - 1).id() : null;
            return new ListPage<>(List.copyOf(items.subList(0, Math.min(limit, items.size()))), next, changeToken, total);
        });
        ctx.json(page);
    }

    void acknowledgeAlert(Context ctx) {
        AlertAcknowledge body = Json.read(ctx, m.json(), AlertAcknowledge.class);
        Validation.forBody().require("note", body.note()).maxLength("note", body.note(), 1000)
                .check(body.note() == null || !body.note().isBlank(), "note", "must not be blank").throwIfAny();
        String id = ctx.pathParam("alertId");
        Principal who = Principal.of(ctx);
        m.writes().execute(ctx, tx -> {
            Handle h = tx.handle();
            Alert cur = alerts.find(h, id).orElseThrow(() -> ApiError.notFound("No alert " + id));
            Etags.checkIfMatch(ctx, cur.version(), () -> cur);
            if (cur.acknowledged()) {
                throw ApiError.conflict("alert-acknowledged", "Alert " + id + " was already acknowledged by "
                        + cur.acknowledgedBy() + " at " + cur.acknowledgedAt());
            }
            tx.priorState(AlertMonitor.RESOURCE, id, cur);
            Alert next = alerts.acknowledge(h, cur, who.username(), tx.now(), body.note().strip());
            tx.recordChange(AlertMonitor.RESOURCE, id, ChangeOp.UPSERT, next.version(), next);
            return WriteResult.ok(next).withEtag(next.version());
        });
    }
}
