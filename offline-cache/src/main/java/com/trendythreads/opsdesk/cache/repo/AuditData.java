package com.trendythreads.opsdesk.cache.repo;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.trendythreads.opsdesk.api.Json;
import com.trendythreads.opsdesk.api.dto.audit.Alert;
import com.trendythreads.opsdesk.api.dto.audit.ExportReport;
import com.trendythreads.opsdesk.cache.outbox.LocalEdits;
import com.trendythreads.opsdesk.cache.store.CacheDatabase;
import com.trendythreads.opsdesk.cache.store.ResourceType;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/// Lane audit (issue #10) on the desk: cached security alerts and their acknowledgement (an outbox action),
/// exports reported through the outbox (one made offline reaches the platform when back online, once), the
/// audit log's last online answers (V13 `audit_log_snapshot`) and a record's local sync history for offline.
/// Blocking: call from background work.
public final class AuditData extends Documents {

    /// The outbox resource name of export reports (no local table: a REPORT entry).
    public static final String EXPORT_RESOURCE = "audit_export";
    public static final String EXPORT_PATH = "v1/audit-events/exports";

    private static final ObjectMapper JSON = Json.mapper();

    private final LocalEdits edits;
    private final Clock clock;

    public AuditData(CacheDatabase db, LocalEdits edits, Clock clock) {
        super(db, Set.of(ResourceType.ALERT.table(), "audit_log_snapshot", "outbox"));
        this.edits = edits;
        this.clock = clock;
    }

    /// Cached alerts, newest first.
    public List<Alert> alerts() {
        return list(Alert.class, "SELECT doc FROM alerts ORDER BY raised_at DESC, id DESC", Map.of());
    }

    public Optional<Alert> alert(String id) {
        return one(Alert.class, "SELECT doc FROM alerts WHERE id = :id", Map.of("id", id));
    }

    /// Alerts nobody has acknowledged yet.
    public long openAlerts() {
        return count("SELECT COUNT(*) FROM alerts WHERE acknowledged_at IS NULL", Map.of());
    }

    /// Acknowledges an alert with a note: shown at once, sent with `If-Match` when online.
    public long acknowledge(String alertId, String note, String byUsername) {
        ObjectNode body = JSON.createObjectNode().put("note", note);
        ObjectNode local = JSON.createObjectNode().put("note", note).put("acknowledgedBy", byUsername)
                .put("acknowledgedAt", clock.instant().toString());
        return edits.action(ResourceType.ALERT, alertId, "acknowledge", body, local, true,
                "Acknowledge alert " + alertId);
    }

    /// Reports an export made on this desk; sent when online, once.
    public long reportExport(ExportReport report) {
        JsonNode body = JSON.valueToTree(report);
        return edits.report(EXPORT_RESOURCE, EXPORT_PATH, body, "Report export of " + report.count() + " "
                + report.entityType() + " records (" + report.fileName() + ")");
    }

    /// Reports that `count` records of `entityType` were written to `file` (its kind from the extension:
    /// .xlsx, .pdf, .json, .png, else CSV).
    public long reportExport(java.nio.file.Path file, String entityType, int count, boolean containsPii) {
        String name = file.getFileName().toString();
        String lower = name.toLowerCase(java.util.Locale.ROOT);
        ExportReport.Kind kind = lower.endsWith(".xlsx") ? ExportReport.Kind.XLSX
                : lower.endsWith(".pdf") ? ExportReport.Kind.PDF
                : lower.endsWith(".json") ? ExportReport.Kind.JSON
                : lower.endsWith(".png") ? ExportReport.Kind.PNG : ExportReport.Kind.CSV;
        return reportExport(new ExportReport(kind, entityType, count, containsPii, name));
    }

    /// Export reports still waiting for the platform.
    public long pendingExportReports() {
        return count("SELECT COUNT(*) FROM outbox WHERE resource = :r", Map.of("r", EXPORT_RESOURCE));
    }

    /// An audit-log answer as last fetched, with when.
    public record Snapshot(JsonNode page, Instant fetchedAt) {
    }

    public void saveSnapshot(String queryKey, JsonNode page, Instant fetchedAt) {
        String doc;
        try {
            doc = JSON.writeValueAsString(page);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write an audit log page", e);
        }
        db.write(tx -> tx.handle().createUpdate("MERGE INTO audit_log_snapshot (query_key, doc, fetched_at) KEY (query_key)"
                        + " VALUES (:k, :doc, :at)")
                .bind("k", queryKey).bind("doc", doc).bind("at", OffsetDateTime.ofInstant(fetchedAt, ZoneOffset.UTC))
                .execute());
    }

    public Optional<Snapshot> snapshot(String queryKey) {
        return db.read(h -> h.createQuery("SELECT doc, fetched_at FROM audit_log_snapshot WHERE query_key = :k")
                .bind("k", queryKey)
                .map((rs, ctx) -> new Snapshot(tree(rs.getString(1)), rs.getObject(2, OffsetDateTime.class).toInstant()))
                .findOne());
    }

    /// A line of this desk's own sync history about one record (what it sent, merged or failed).
    public record LocalHistoryLine(Instant at, String kind, String detail) {
    }

    /// The record's lines in the local sync history, newest first: what the desk knows offline.
    public List<LocalHistoryLine> localHistory(String resource, String entityId) {
        return db.read(h -> h.createQuery("SELECT at, kind, detail FROM sync_history WHERE resource = :r AND entity_id = :id"
                        + " ORDER BY at DESC, id DESC LIMIT 200")
                .bind("r", resource).bind("id", entityId)
                .map((rs, ctx) -> new LocalHistoryLine(rs.getObject(1, OffsetDateTime.class).toInstant(),
                        rs.getString(2), rs.getString(3)))
                .list());
    }

    private static JsonNode tree(String doc) {
        try {
            return JSON.readTree(doc);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("corrupt audit log snapshot", e);
        }
    }
}
