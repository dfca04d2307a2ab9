package com.trendythreads.opsdesk.cache.outbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.trendythreads.opsdesk.api.IdempotencyKeys;
import com.trendythreads.opsdesk.cache.merge.FieldConflict;
import com.trendythreads.opsdesk.cache.merge.ThreeWayMerge;
import com.trendythreads.opsdesk.cache.store.CacheDatabase;
import com.trendythreads.opsdesk.cache.store.LocalTables;
import com.trendythreads.opsdesk.cache.store.ResourceType;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.jdbi.v3.core.Handle;

/// Open conflicts and their resolution. A conflict holds back its entity's queued edits until
/// the user decides; other entities keep syncing.
public final class Conflicts {

    /// Change-bus name for conflict rows (ids are `resource/entityId`).
    public static final String TABLE = "conflict";

    /// One open conflict.
    ///
    /// @param kind   `FIELDS`: fields both sides changed, decide per field; `STATE`: the platform
    ///               refused the edit in the entity's current state (reason says why)
    /// @param fields the colliding fields (empty for `STATE`)
    public record OpenConflict(long id, long outboxSeq, String resource, String entityId, String kind,
            String description, JsonNode base, JsonNode mine, JsonNode theirs, List<FieldConflict> fields,
            String reason, Instant createdAt) {
    }

    private final CacheDatabase db;
    private final LocalView view;
    private final Clock clock;
    private final Runnable wakePusher;

    public Conflicts(CacheDatabase db, LocalTables tables, Clock clock, Runnable wakePusher) {
        this.db = Objects.requireNonNull(db, "db");
        this.view = new LocalView(tables);
        this.clock = Objects.requireNonNull(clock, "clock");
        this.wakePusher = Objects.requireNonNull(wakePusher, "wakePusher");
    }

    public List<OpenConflict> open() {
        return db.read(h -> h.createQuery("SELECT c.*, o.description FROM conflict c JOIN outbox o "
                        + "ON o.seq = c.outbox_seq ORDER BY c.id")
                .map((rs, ctx) -> {
                    List<FieldConflict> fields = new ArrayList<>();
                    JsonNode f = OutboxSql.read(rs.getString("fields"));
                    if (f != null) {
                        for (JsonNode n : f) {
                            fields.add(new FieldConflict(n.path("path").asText(), nullIfMissing(n.get("base")),
                                    nullIfMissing(n.get("mine")), nullIfMissing(n.get("theirs"))));
                        }
                    }
                    return new OpenConflict(rs.getLong("id"), rs.getLong("outbox_seq"), rs.getString("resource"),
                            rs.getString("entity_id"), rs.getString("kind"), rs.getString("description"),
                            OutboxSql.read(rs.getString("base_doc")), OutboxSql.read(rs.getString("mine")),
                            OutboxSql.read(rs.getString("theirs_doc")), List.copyOf(fields), rs.getString("reason"),
                            OutboxSql.instant(rs, "created_at"));
                })
                .list());
    }

    /// Resolves field by field: my value for the fields in `keepMine`, the platform's for the
    /// others; what merged cleanly is sent too. The result is pushed against the platform's
    /// current version. When nothing of mine is left, the edit is dropped.
    public void resolve(long conflictId, Set<String> keepMine) {
        Objects.requireNonNull(keepMine, "keepMine");
        OpenConflict c = find(conflictId);
        if (!c.kind().equals("FIELDS")) {
            throw new IllegalArgumentException("conflict " + conflictId + " is about the entity's state; "
                    + "use retry or discard");
        }
        for (String path : keepMine) {
            if (c.fields().stream().noneMatch(f -> f.path().equals(path))) {
                throw new IllegalArgumentException("conflict " + conflictId + " has no field " + path);
            }
        }
        ObjectNode auto = (ObjectNode) db.read(h -> OutboxSql.read(h.createQuery(
                "SELECT auto_patch FROM conflict WHERE id = :id").bind("id", conflictId).mapTo(String.class).one()));
        ThreeWayMerge.Result result = new ThreeWayMerge.Result(
                auto == null ? com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode() : auto,
                c.fields());
        ObjectNode patch = result.resolve(keepMine);
        finish(c, patch, "resolved: " + (keepMine.isEmpty() ? "took the platform's values"
                : "kept mine for " + String.join(", ", keepMine)));
    }

    /// Sends the edit again against the platform's current version (after a state conflict the
    /// user believes no longer applies, or to override).
    public void retry(long conflictId) {
        OpenConflict c = find(conflictId);
        finish(c, c.mine(), "sent again");
    }

    /// Drops my edit; the platform's state stands.
    public void discard(long conflictId) {
        OpenConflict c = find(conflictId);
        finish(c, null, "discarded my edit");
    }

    private void finish(OpenConflict c, JsonNode patch, String what) {
        ResourceType type = ResourceType.ofResource(c.resource());
        db.write(tx -> {
            Handle h = tx.handle();
            h.createUpdate("DELETE FROM conflict WHERE id = :id").bind("id", c.id()).execute();
            if (c.theirs() != null) {
                Pusher.rebase(h, type, c.entityId(), c.theirs());
            }
            boolean nothingToSend = patch == null || (patch.isObject() && patch.isEmpty() && !c.kind().equals("STATE"));
            if (nothingToSend) {
                OutboxSql.delete(h, c.outboxSeq());
            } else {
                OutboxSql.rewrite(h, c.outboxSeq(), patch, localPatchFor(h, c, patch), IdempotencyKeys.newKey());
            }
            view.refresh(tx, type, c.entityId());
            OutboxSql.history(h, clock.instant(), "RESOLVED", c.description() + ": " + what, null, c.resource(), c.entityId());
            tx.changed(TABLE, List.of(c.resource() + "/" + c.entityId()));
            tx.changed(OutboxSql.TABLE, List.of(Long.toString(c.outboxSeq())));
            return null;
        });
        wakePusher.run();
    }

    private static JsonNode localPatchFor(Handle h, OpenConflict c, JsonNode patch) {
        // An update shows as its patch; an action keeps the local effect it had.
        return OutboxSql.get(h, c.outboxSeq())
                .map(e -> e.kind() == EntryKind.UPDATE ? patch : e.localPatch())
                .orElse(patch);
    }

    private OpenConflict find(long conflictId) {
        return open().stream().filter(c -> c.id() == conflictId).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no open conflict " + conflictId));
    }

    private static JsonNode nullIfMissing(JsonNode n) {
        return n == null || n.isNull() ? null : n;
    }
}
