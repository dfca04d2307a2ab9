package com.trendythreads.opsdesk.platform.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.trendythreads.opsdesk.platform.writes.Tx;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.jdbi.v3.core.Handle;

/// The audit log's store, used by [Tx] inside the writing transaction, and the hook the [AlertMonitor]
/// listens on (called in that same transaction with the events just stored).
public final class AuditTrail {

    /// Resources whose changes are not audited on their own: a stock movement is the ledger line of a stock
    /// change that is audited; an alert raised by the monitor is itself the record (acknowledging one is
    /// audited, as a change a user makes).
    private static final Set<String> UNAUDITED = Set.of("movement");

    /// Verbs that read better than the operationId's first word.
    private static final Map<String, String> ACTIONS = Map.of(
            "createReturn", "return",
            "bulkCreatePromoCodes", "create",
            "adjustLoyaltyPoints", "adjust-loyalty",
            "replyToTicket", "reply",
            "exportCustomerData", "gdpr-export",
            "recordExport", "export");

    /// Called in the writing transaction after its events are stored.
    @FunctionalInterface
    public interface Listener {
        void audited(Tx tx, List<AuditRecord> events);
    }

    private final ObjectMapper mapper;
    private final List<Listener> listeners = new CopyOnWriteArrayList<>();

    public AuditTrail(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    public void listen(Listener listener) {
        listeners.add(listener);
    }

    public boolean audits(String resource) {
        return !UNAUDITED.contains(resource);
    }

    /// The verb of an operation (`refundOrder` → `refund`), or, for the platform's own writes, of the change.
    public static String action(String operationId, boolean created, boolean deleted, boolean erased) {
        if (operationId != null) {
            String mapped = ACTIONS.get(operationId);
            if (mapped != null) return mapped;
            int i = 1;
            while (i < operationId.length() && !Character.isUpperCase(operationId.charAt(i))) i++;
            return operationId.substring(0, i);
        }
        return erased ? "erase" : deleted ? "delete" : created ? "create" : "update";
    }

    /// The last change-feed data of a record: its state before this write when the write did not say.
    public Optional<JsonNode> lastChange(Handle h, String resource, String id) {
        return h.createQuery("SELECT data FROM changes WHERE resource = :r AND resource_id = :id ORDER BY seq DESC LIMIT 1")
                .bind("r", resource).bind("id", id).mapTo(String.class).findOne()
                .map(this::tree);
    }

    public JsonNode tree(String json) {
        if (json == null) return null;
        try {
            return mapper.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored JSON is not JSON", e);
        }
    }

    /// Forgets the before → after of a record's earlier events (a GDPR erasure).
    public void scrub(Handle h, String entityType, String entityId) {
        h.execute("UPDATE audit_events SET before_json = NULL, after_json = NULL WHERE entity_type = ? AND entity_id = ?",
                entityType, entityId);
    }

    /// Stores `events` (in order) and tells the listeners; returns them with their seq.
    public List<AuditRecord> append(Tx tx, List<AuditRecord> events) {
        List<AuditRecord> stored = events.stream().map(e -> e.withSeq(insert(tx.handle(), e))).toList();
        if (!stored.isEmpty()) {
            for (Listener l : listeners) l.audited(tx, stored);
        }
        return stored;
    }

    private long insert(Handle h, AuditRecord e) {
        return h.createUpdate("""
                        INSERT INTO audit_events (at, user_id, username, client, request_id, action, entity_type, entity_id,
                            summary, before_json, after_json, amount_cents, record_count, contains_pii)
                        VALUES (:at, :user, :username, :client, :req, :action, :type, :id, :summary, :before, :after,
                            :amount, :count, :pii)""")
                .bind("at", e.at()).bind("user", e.userId()).bind("username", e.username())
                .bind("client", e.client()).bind("req", e.requestId()).bind("action", e.action())
                .bind("type", e.entityType()).bind("id", e.entityId())
                .bind("summary", e.summary().length() > 1000 ? e.summary().substring(0, 999) + "…" : e.summary())
                .bind("before", json(e.before())).bind("after", json(e.after()))
                .bind("amount", e.amountCents()).bind("count", e.recordCount()).bind("pii", e.containsPii())
                .executeAndReturnGeneratedKeys("seq").mapTo(Long.class).one();
    }

    private String json(JsonNode node) {
        if (node == null) return null;
        try {
            return mapper.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
