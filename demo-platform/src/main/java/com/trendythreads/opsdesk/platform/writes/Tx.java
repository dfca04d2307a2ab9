package com.trendythreads.opsdesk.platform.writes;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.JsonNode;
import com.trendythreads.opsdesk.platform.audit.AuditDiff;
import com.trendythreads.opsdesk.platform.audit.AuditRecord;
import com.trendythreads.opsdesk.platform.audit.AuditRequest;
import com.trendythreads.opsdesk.platform.audit.AuditTrail;
import com.trendythreads.opsdesk.platform.auth.Principal;
import com.trendythreads.opsdesk.platform.changes.ChangeOp;
import com.trendythreads.opsdesk.platform.changes.ResourcePolicies;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;

/// The transaction a write function runs in, under the global write lock.
public final class Tx {

    private final Handle handle;
    private final Principal principal;
    private final Instant now;
    private final ObjectMapper mapper;
    private final ResourcePolicies policies;
    private final AuditTrail audit;
    private final AuditRequest request;
    private final Map<String, JsonNode> priors = new HashMap<>();
    private final Map<String, Pending> pending = new LinkedHashMap<>();
    private boolean auditClosed;
    private int changes;

    /// A record changed by this write: its state before the write and after its last change in it.
    private record Pending(String resource, String id, JsonNode before, JsonNode after, ChangeOp op) {}

    Tx(Handle handle, Principal principal, Instant now, ObjectMapper mapper, ResourcePolicies policies,
       AuditTrail audit, AuditRequest request) {
        this.handle = handle;
        this.principal = principal;
        this.now = now;
        this.mapper = mapper;
        this.policies = policies;
        this.audit = audit;
        this.request = request;
    }

    /// The Jdbi handle of this transaction; do all reads and writes of the write through it.
    public Handle handle() { return handle; }

    public Principal principal() { return principal; }

    /// One timestamp for the whole write (use it for `updatedAt` and the like).
    public Instant now() { return now; }

    public ObjectMapper json() { return mapper; }

    /// Appends a change-feed row in this transaction. `data` is the resource after the change (any Jackson-
    /// serializable object, stored unmasked — masking happens per reader), null for delete/erase.
    /// Returns the change's seq. Fails when no [com.trendythreads.opsdesk.platform.changes.ResourcePolicy]
    /// is registered for `resource`.
    public long recordChange(String resource, String id, ChangeOp op, long version, Object data) {
        if (!policies.isRegistered(resource)) {
            throw new IllegalStateException("No ResourcePolicy registered for resource '" + resource
                    + "'; register one in the DomainModule before recording its changes");
        }
        String json;
        try {
            json = data == null ? null : mapper.writeValueAsString(data);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Change data of " + resource + "/" + id + " is not serializable", e);
        }
        track(resource, id, op, json);
        long seq = handle.createUpdate("""
                        INSERT INTO changes (resource, resource_id, op, version, changed_at, data)
                        VALUES (:resource, :id, :op, :version, :at, :data)""")
                .bind("resource", resource).bind("id", id).bind("op", op.wire()).bind("version", version)
                .bind("at", now).bind("data", json)
                .executeAndReturnGeneratedKeys("seq")
                .mapTo(Long.class).one();
        changes++;
        return seq;
    }

    int changeCount() { return changes; }

    /// Tells the audit log the state of a record before this write changes it (call it before
    /// [#recordChange] with the document as read). Without it the prior state is the record's last
    /// change-feed row; a record never changed since seeding then shows only its new values.
    public void priorState(String resource, String id, Object before) {
        if (before == null) return;
        try {
            priors.putIfAbsent(key(resource, id), mapper.readTree(mapper.writeValueAsString(before)));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Prior state of " + resource + "/" + id + " is not serializable", e);
        }
    }

    /// Stores an audit event that is not a record's change (an export, a failed sign-in) now, in this
    /// transaction, and returns it; `details` goes in as the event's `after`.
    public AuditRecord recordEvent(String action, String entityType, String entityId, String summary, JsonNode details,
                                   Long amountCents, Integer recordCount, Boolean containsPii) {
        return store(List.of(new AuditRecord(0, now, principal.userId(), principal.username(), request.client(),
                request.requestId(), action, entityType, entityId, summary, null, details, amountCents, recordCount,
                containsPii))).getFirst();
    }

    private List<AuditRecord> store(List<AuditRecord> records) {
        // Changes the monitor records while it looks at these (alerts it raises) are not audited themselves.
        boolean closed = auditClosed;
        auditClosed = true;
        try {
            return audit.append(this, records);
        } finally {
            auditClosed = closed;
        }
    }

    /// The audit events of this write, stored now, in its transaction (Writes calls it before commit). Changes
    /// recorded after this (alerts the monitor raises) are not audited.
    List<AuditRecord> flushAudit() {
        List<AuditRecord> all = new ArrayList<>();
        for (Pending p : pending.values()) {
            boolean gone = p.op() == ChangeOp.DELETE || p.op() == ChangeOp.ERASE;
            String action = AuditTrail.action(request.operationId(), p.before() == null, p.op() == ChangeOp.DELETE,
                    p.op() == ChangeOp.ERASE);
            if (p.op() == ChangeOp.ERASE || "erase".equals(action)) {
                // A GDPR erasure keeps no copy of what it erased: no before, and the record's earlier events
                // lose their before → after too (their summaries name fields, never values).
                AuditDiff diff = AuditDiff.of(p.before(), gone ? null : p.after());
                if (diff.isEmpty() && p.op() != ChangeOp.ERASE) continue;
                audit.scrub(handle, p.resource(), p.id());
                all.add(new AuditRecord(0, now, principal.userId(), principal.username(), request.client(),
                        request.requestId(), action, p.resource(), p.id(), action + " " + p.resource() + " " + p.id(),
                        null, gone ? null : diff.after(), null, null, null));
                continue;
            }
            AuditDiff diff = AuditDiff.of(p.before(), gone ? null : p.after());
            if (diff.isEmpty()) continue;
            Long amount = null;
            if ("order".equals(p.resource()) && p.before() != null && p.after() != null) {
                long refunded = p.after().path("refundedCents").asLong() - p.before().path("refundedCents").asLong();
                if (refunded > 0) amount = refunded;
            }
            String fields = String.join(", ", diff.paths().size() > 8
                    ? List.of(String.join(", ", diff.paths().subList(0, 8)), "…") : diff.paths());
            String summary = action + " " + p.resource() + " " + p.id()
                    + (p.before() == null && !gone ? "" : gone ? "" : ": " + fields);
            all.add(new AuditRecord(0, now, principal.userId(), principal.username(), request.client(),
                    request.requestId(), action, p.resource(), p.id(), summary, diff.before(), diff.after(), amount,
                    null, null));
        }
        List<AuditRecord> stored = store(all);
        auditClosed = true;
        return stored;
    }

    private void track(String resource, String id, ChangeOp op, String json) {
        if (auditClosed || !audit.audits(resource)) return;
        String key = key(resource, id);
        JsonNode after = audit.tree(json);
        Pending first = pending.get(key);
        if (first != null) {
            pending.put(key, new Pending(resource, id, first.before(), after, op));
            return;
        }
        JsonNode before = priors.containsKey(key) ? priors.get(key) : audit.lastChange(handle, resource, id).orElse(null);
        pending.put(key, new Pending(resource, id, before, after, op));
    }

    private static String key(String resource, String id) {
        return resource + "\u0000" + id;
    }
}
