package com.trendythreads.opsdesk.cache.outbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.trendythreads.opsdesk.api.IdempotencyKeys;
import com.trendythreads.opsdesk.cache.store.CacheDatabase;
import com.trendythreads.opsdesk.cache.store.LocalTables;
import com.trendythreads.opsdesk.cache.store.ResourceType;
import com.trendythreads.opsdesk.cache.store.Tx;
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

    /// Prefix of images added on this desk that the platform has not received yet.
    public static final String LOCAL_MEDIA_PREFIX = "local-media-";

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

    /// A merge-patch update that shows locally as `localPatch` (e.g. a product's `mediaOrder`, which the
    /// platform turns into a reordered `media` list, shows as that list).
    public long update(ResourceType type, String id, JsonNode patch, JsonNode localPatch, String description) {
        requireObject(patch, "patch");
        requireObject(localPatch, "localPatch");
        return enqueue(type, id, EntryKind.UPDATE, "PATCH", Paths.item(type), patch, localPatch, true, description);
    }

    /// An image added to a product (`POST v1/products/{id}/media`, multipart). The bytes are stored with
    /// the outbox entry in one transaction, so an image added offline reaches the platform once it is
    /// back; until then the product shows a placeholder image under the returned `local-media-…` id,
    /// whose bytes [com.trendythreads.opsdesk.cache.media.MediaStore] serves from here.
    ///
    /// No `If-Match`: adding an image does not depend on the product's other fields.
    ///
    /// @return the placeholder image's local id
    public String uploadMedia(String productId, String fileName, String contentType, byte[] bytes, String altText,
            String description) {
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(contentType, "contentType");
        if (bytes == null || bytes.length == 0) {
            throw new IllegalArgumentException("an image needs bytes");
        }
        String mediaId = LOCAL_MEDIA_PREFIX + UUID.randomUUID();
        ObjectNode meta = JsonNodeFactory.instance.objectNode().put("fileName", fileName)
                .put("contentType", contentType).put("mediaId", mediaId);
        if (altText != null && !altText.isBlank()) {
            meta.put("altText", altText);
        }
        ObjectNode placeholder = JsonNodeFactory.instance.objectNode().put("id", mediaId).put("fileName", fileName)
                .put("contentType", contentType).put("sizeBytes", (long) bytes.length).put("position", 0)
                .put("contentUrl", "").put("createdAt", clock.instant().toString());
        if (altText != null && !altText.isBlank()) {
            placeholder.put("altText", altText);
        }
        ResourceType type = ResourceType.PRODUCT;
        db.write(tx -> {
            if (tables.get(tx.handle(), type, productId).isEmpty()) {
                throw new IllegalArgumentException("product " + productId + " is not in the local data");
            }
            LocalView.ensureBase(tx.handle(), tables, type, productId);
            long seq = OutboxSql.insert(tx.handle(), new OutboxSql.NewEntry(type.resource(), productId,
                    EntryKind.UPLOAD, "POST", Paths.item(type) + "/media", meta, placeholder,
                    IdempotencyKeys.newKey(), false, description), clock.instant());
            OutboxSql.insertUpload(tx.handle(), new OutboxSql.Upload(seq, mediaId, fileName, contentType, bytes));
            view.refresh(tx, type, productId);
            tx.changed(OutboxSql.TABLE, List.of(Long.toString(seq)));
            return null;
        });
        wakePusher.run();
        return mediaId;
    }

    /// [#update] inside the caller's open transaction, so that the edit, its outbox entry and the
    /// caller's own rows (a catalog job's item) commit or roll back together. Nothing is sent before
    /// the caller commits; call [#wake()] after the commit.
    ///
    /// @param payload    the merge patch sent to the platform
    /// @param localPatch how the edit shows locally until the platform answers (usually `payload`; differs
    ///                   where the platform replaces a member whole that a merge patch would merge, such as
    ///                   a product's `attributes`)
    /// @return the outbox entry's sequence number
    public long update(Tx tx, ResourceType type, String id, JsonNode payload, JsonNode localPatch, String description) {
        requireObject(payload, "patch");
        requireObject(localPatch, "localPatch");
        return enqueueIn(tx, type, id, EntryKind.UPDATE, "PATCH", Paths.item(type), payload, localPatch, true,
                description);
    }

    /// Wakes the pusher after a transaction that queued entries through [#update(Tx, ResourceType, String,
    /// JsonNode, JsonNode, String)].
    public void wake() {
        wakePusher.run();
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
        return createAt(type, type.listPath(), body, localDoc, description);
    }

    /// A create posted to `path` rather than the list path, e.g. `v1/promo-codes/bulk`, which makes many
    /// records at once and answers with a summary instead of one record. The local stand-in (`localDoc`)
    /// shows until the platform answers and then goes; the records it made arrive with the change feed.
    /// Retries carry the entry's idempotency key, so a batch whose answer was lost is made once.
    ///
    /// @return the stand-in's local id
    public String create(ResourceType type, String path, JsonNode body, JsonNode localDoc, String description) {
        Objects.requireNonNull(path, "path");
        return createAt(type, path, body, localDoc, description);
    }

    private String createAt(ResourceType type, String path, JsonNode body, JsonNode localDoc, String description) {
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
                    EntryKind.CREATE, "POST", path, body, doc, IdempotencyKeys.newKey(), false, description),
                    clock.instant());
            LocalView.ensureBase(tx.handle(), tables, type, localId);
            view.refresh(tx, type, localId);
            tx.changed(OutboxSql.TABLE, List.of(Long.toString(seq)));
            return null;
        });
        wakePusher.run();
        return localId;
    }

    /// A report to the platform that touches no local record (lane audit: an export made on this desk,
    /// `POST v1/audit-events/exports`), sent when online, once.
    public long report(String resource, String path, JsonNode body, String description) {
        requireObject(body, "body");
        long seq = db.write(tx -> {
            long s = OutboxSql.insert(tx.handle(), new OutboxSql.NewEntry(resource, "report-" + UUID.randomUUID(),
                    EntryKind.REPORT, "POST", path, body, null, IdempotencyKeys.newKey(), false, description),
                    clock.instant());
            tx.changed(OutboxSql.TABLE, List.of(Long.toString(s)));
            return s;
        });
        wakePusher.run();
        return seq;
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
        long seq = db.write(tx -> enqueueIn(tx, type, id, kind, method, path, payload, localPatch, ifMatch,
                description));
        wakePusher.run();
        return seq;
    }

    private long enqueueIn(Tx tx, ResourceType type, String id, EntryKind kind, String method, String path,
            JsonNode payload, JsonNode localPatch, boolean ifMatch, String description) {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(id, "id");
        if (kind != EntryKind.ADJUST && tables.get(tx.handle(), type, id).isEmpty()) {
            throw new IllegalArgumentException(type.resource() + " " + id + " is not in the local data");
        }
        LocalView.ensureBase(tx.handle(), tables, type, id);
        long s = OutboxSql.insert(tx.handle(), new OutboxSql.NewEntry(type.resource(), id, kind, method, path,
                payload, localPatch, IdempotencyKeys.newKey(), ifMatch, description), clock.instant());
        view.refresh(tx, type, id);
        tx.changed(OutboxSql.TABLE, List.of(Long.toString(s)));
        return s;
    }

    private static void requireObject(JsonNode node, String what) {
        if (node == null || !node.isObject()) {
            throw new IllegalArgumentException(what + " must be a JSON object");
        }
    }
}
