package com.trendythreads.opsdesk.cache.outbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.trendythreads.opsdesk.cache.merge.MergePatch;
import com.trendythreads.opsdesk.cache.store.LocalTables;
import com.trendythreads.opsdesk.cache.store.ResourceType;
import com.trendythreads.opsdesk.cache.store.Tx;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/// What a screen sees of an entity: the platform's newest known state with the user's queued
/// edits laid on top, in order. Recomputed whenever either side moves, so a delta never hides
/// a pending edit and an acknowledged edit never shows twice (a stock delta included).
public final class LocalView {

    private final LocalTables tables;

    public LocalView(LocalTables tables) {
        this.tables = tables;
    }

    /// The server document with the entries' local effects applied; `null` = the entity is gone.
    public static JsonNode fold(JsonNode serverDoc, List<OutboxEntry> entries) {
        JsonNode doc = serverDoc;
        for (OutboxEntry e : entries) {
            doc = switch (e.kind()) {
                case CREATE -> e.localPatch();
                case UPDATE, ACTION -> doc == null || e.localPatch() == null ? doc : MergePatch.apply(doc, e.localPatch());
                case DELETE -> null;
                case ADJUST -> doc == null ? null : adjust(doc, e.payload().path("delta").asInt());
                case UPLOAD -> doc == null || e.localPatch() == null ? doc : appendMedia(doc, e.localPatch());
                case REPORT -> doc; // touches no record
            };
        }
        return doc;
    }

    private static JsonNode adjust(JsonNode stock, int delta) {
        ObjectNode copy = ((ObjectNode) stock).deepCopy();
        copy.put("onHand", stock.path("onHand").asInt() + delta);
        copy.put("available", stock.path("available").asInt() + delta);
        return copy;
    }

    /// A queued image shows as the product's last image (its placeholder has a `local-media-…` id).
    private static JsonNode appendMedia(JsonNode product, JsonNode placeholder) {
        ObjectNode copy = ((ObjectNode) product).deepCopy();
        com.fasterxml.jackson.databind.node.ArrayNode media = copy.withArray("media");
        ObjectNode m = ((ObjectNode) placeholder).deepCopy();
        m.put("position", media.size());
        media.add(m);
        if (!copy.hasNonNull("mainMediaId")) {
            copy.put("mainMediaId", m.path("id").asText());
        }
        return copy;
    }

    /// Rewrites the entity's row from its base and entries; drops the base once nothing is queued.
    public void refresh(Tx tx, ResourceType type, String id) {
        Handle h = tx.handle();
        List<OutboxEntry> entries = OutboxSql.entriesOf(h, type.resource(), id);
        Optional<OutboxSql.EntityBase> base = OutboxSql.base(h, type.resource(), id);
        if (base.isEmpty() && entries.isEmpty()) {
            return; // the row already is the server's
        }
        refresh(tx, type, id, base.map(OutboxSql.EntityBase::serverDoc).orElse(null), entries);
    }

    /// [#refresh(Tx, ResourceType, String)] with the server's state and the queued entries already in hand.
    void refresh(Tx tx, ResourceType type, String id, JsonNode server, List<OutboxEntry> entries) {
        refresh(tx, type, List.of(new Refresh(id, server, entries)));
    }

    /// One entity's row to rewrite: the server's state `server` (null = none) with `entries` on top.
    record Refresh(String id, JsonNode server, List<OutboxEntry> entries) {
    }

    /// Rewrites several entities' rows of one type at once (one upsert, one delete, one batch of base deletes),
    /// as [#refresh(Tx, ResourceType, String, JsonNode, List)] does each.
    void refresh(Tx tx, ResourceType type, List<Refresh> refreshes) {
        Handle h = tx.handle();
        List<JsonNode> rows = new ArrayList<>(refreshes.size());
        List<String> gone = new ArrayList<>();
        List<String> settled = new ArrayList<>();
        for (Refresh r : refreshes) {
            JsonNode view = fold(r.server(), r.entries());
            if (view == null) {
                gone.add(r.id());
            } else {
                rows.add(view);
            }
            if (r.entries().isEmpty()) {
                settled.add(r.id());
            }
        }
        tables.upsert(h, type, rows);
        tables.delete(h, type, gone);
        OutboxSql.deleteBases(h, type.resource(), settled);
        tx.changed(type.table(), refreshes.stream().map(Refresh::id).toList());
    }

    /// Makes sure the entity has a base before its first entry is queued: the row as it is now.
    static void ensureBase(Handle h, LocalTables tables, ResourceType type, String id) {
        if (OutboxSql.base(h, type.resource(), id).isPresent()) {
            return;
        }
        Optional<JsonNode> row = tables.get(h, type, id);
        Long version = row.map(r -> r.path("version").asLong()).orElse(null);
        JsonNode doc = row.orElse(null);
        OutboxSql.putBase(h, new OutboxSql.EntityBase(type.resource(), id, version, doc, version, doc));
    }
}
