package com.trendythreads.opsdesk.cache.outbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.trendythreads.opsdesk.api.IdempotencyKeys;
import com.trendythreads.opsdesk.cache.store.CacheDatabase;
import com.trendythreads.opsdesk.cache.store.LocalTables;
import com.trendythreads.opsdesk.cache.store.ResourceType;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/// The write path every screen uses. Each method writes the entity's new local state and its
/// outbox entry in **one** H2 transaction, so the edit shows at once and survives a crash, and
/// then wakes the pusher. Nothing here talks to the network.
///
/// The platform validates; an edit it refuses becomes a failed entry with the platform's reason,
/// which the user can edit, retry or discard.
public final class LocalEdits {

    /// Prefix of ids given to entities created offline until the platform assigns theirs.
    public static final String LOCAL_ID_PREFIX = "local-";

    private final CacheDatabase db;
    private final LocalTables tables;
    private final LocalView view;
    private final Clock clock;
    private final Runnable wakePusher;

    /// @param wakePusher called after each committed edit (the sync engine's signal)
    public LocalEdits(CacheDatabase db, LocalTables tables, Clock clock, Runnable wakePusher) {
        this.db = Objects.requireNonNull(db, "db");
        this.tables = Objects.requireNonNull(tables, "tables");
        this.view = new LocalView(tables);
        this.clock = Objects.requireNonNull(clock, "clock");
        this.wakePusher = Objects.requireNonNull(wakePusher, "wakePusher");
    }

    /// A merge-patch update (`PATCH <item path>` with `If-Match`).
    ///
    /// @return the outbox entry's sequence number
    public long update(ResourceType type, String id, JsonNode patch, String description) {
        requireObject(patch, "patch");
        return enqueue(type, id, EntryKind.UPDATE, "PATCH", Paths.item(type), patch, patch, true, description);
    }

    /// An action on an entity (`POST <item path>/<verb>`), shown locally as `localPatch` until the
    /// platform answers (e.g. `{"status": "CANCELLED"}`).
    ///
    /// @param subPath  path below the item, e.g. `cancel` or `lines/l_1/confirm`
    /// @param ifMatch  whether to send the base version (when the contract accepts `If-Match`)
    public long action(ResourceType type, String id, String subPath, JsonNode body, JsonNode localPatch,
            boolean ifMatch, String description) {
        Objects.requireNonNull(subPath, "subPath");
        return enqueue(type, id, EntryKind.ACTION, "POST", Paths.item(type) + "/" + subPath,
                body == null ? JsonNodeFactory.instance.objectNode() : body, localPatch, ifMatch, description);
    }

    /// A delete (`DELETE <item path>` with `If-Match`); the row disappears locally at once.
    public long delete(ResourceType type, String id, String description) {
        return enqueue(type, id, EntryKind.DELETE, "DELETE", Paths.item(type), null, null, true, description);
    }

    /// A create (`POST <list path>`). The entity shows at once under `localDoc`'s id, or under a
    /// new `local-…` id when it has none (the platform assigns ids such as `prd_…`); later edits
    /// to it queue behind the create and follow the platform's id once it is known.
    ///
    /// @return the id the entity has locally now
    public String create(ResourceType type, JsonNode body, JsonNode localDoc, String description) {
        requireObject(body, "body");
        ObjectNode doc = (ObjectNode) (localDoc == null ? body : localDoc).deepCopy();
        // A document without an id is the normal case here: the platform names most records.
        String id = type.findId(doc).orElse("");
        if (id.isBlank()) {
            id = LOCAL_ID_PREFIX + UUID.randomUUID();
            doc.put(type.idField(), id);
        }
        if (!doc.has("version")) {
            doc.put("version", 0);
        }
        String localId = id;
        db.write(tx -> {
            long seq = OutboxSql.insert(tx.handle(), new OutboxSql.NewEntry(type.resource(), localId,
                    EntryKind.CREATE, "POST", type.listPath(), body, doc, IdempotencyKeys.newKey(), false, description),
                    clock.instant());
            LocalView.ensureBase(tx.handle(), tables, type, localId);
            view.refresh(tx, type, localId);
            tx.changed(OutboxSql.TABLE, List.of(Long.toString(seq)));
            return null;
        });
        wakePusher.run();
        return localId;
    }

    /// A signed stock change (`POST v1/stock/adjustments`). Deltas never conflict: two clients'
    /// adjustments of one SKU both count.
    public long adjustStock(String locationId, String sku, int delta, String reason, String note) {
        if (delta == 0) {
            throw new IllegalArgumentException("delta must not be 0");
        }
        ObjectNode body = JsonNodeFactory.instance.objectNode()
                .put("locationId", locationId).put("sku", sku).put("delta", delta).put("reason", reason);
        if (note != null && !note.isBlank()) {
            body.put("note", note);
        }
        String description = (delta > 0 ? "+" : "") + delta + " × " + sku + " at " + locationId + " (" + reason + ")"
                + (note != null && !note.isBlank() ? ": " + note : "");
        return enqueue(ResourceType.STOCK, ResourceType.stockId(locationId, sku), EntryKind.ADJUST, "POST",
                "v1/stock/adjustments", body, null, false, description);
    }

    /// Reorder point, reorder quantity or bin of one stock level (`PATCH v1/stock/{locationId}/{sku}` with
    /// `If-Match`, a JSON merge patch of `StockLevelPatch`). The stock row's id is `<locationId>|<sku>`, so
    /// the contract's two-segment path is written here rather than derived from the id.
    public long updateStockLevel(String locationId, String sku, JsonNode patch, String description) {
        requireObject(patch, "patch");
        String path = "v1/stock/" + Paths.withId("{id}", locationId) + "/" + Paths.withId("{id}", sku);
        return enqueue(ResourceType.STOCK, ResourceType.stockId(locationId, sku), EntryKind.UPDATE, "PATCH", path,
                patch, patch, true, description);
    }

    private long enqueue(ResourceType type, String id, EntryKind kind, String method, String path, JsonNode payload,
            JsonNode localPatch, boolean ifMatch, String description) {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(id, "id");
        long seq = db.write(tx -> {
            if (kind != EntryKind.ADJUST && tables.get(tx.handle(), type, id).isEmpty()) {
                throw new IllegalArgumentException(type.resource() + " " + id + " is not in the local data");
            }
            LocalView.ensureBase(tx.handle(), tables, type, id);
            long s = OutboxSql.insert(tx.handle(), new OutboxSql.NewEntry(type.resource(), id, kind, method, path,
                    payload, localPatch, IdempotencyKeys.newKey(), ifMatch, description), clock.instant());
            view.refresh(tx, type, id);
            tx.changed(OutboxSql.TABLE, List.of(Long.toString(s)));
            return s;
        });
        wakePusher.run();
        return seq;
    }

    private static void requireObject(JsonNode node, String what) {
        if (node == null || !node.isObject()) {
            throw new IllegalArgumentException(what + " must be a JSON object");
        }
    }
}
