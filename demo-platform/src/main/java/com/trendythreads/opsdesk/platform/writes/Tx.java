package com.trendythreads.opsdesk.platform.writes;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.trendythreads.opsdesk.platform.auth.Principal;
import com.trendythreads.opsdesk.platform.changes.ChangeOp;
import com.trendythreads.opsdesk.platform.changes.ResourcePolicies;
import java.time.Instant;
import org.jdbi.v3.core.Handle;

/// The transaction a write function runs in, under the global write lock.
public final class Tx {

    private final Handle handle;
    private final Principal principal;
    private final Instant now;
    private final ObjectMapper mapper;
    private final ResourcePolicies policies;
    private int changes;

    Tx(Handle handle, Principal principal, Instant now, ObjectMapper mapper, ResourcePolicies policies) {
        this.handle = handle;
        this.principal = principal;
        this.now = now;
        this.mapper = mapper;
        this.policies = policies;
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
}
