package com.trendythreads.opsdesk.cache.kpi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.trendythreads.opsdesk.api.Json;
import com.trendythreads.opsdesk.cache.store.CacheDatabase;
import com.trendythreads.opsdesk.cache.store.CacheOptions;
import com.trendythreads.opsdesk.cache.store.LocalTables;
import com.trendythreads.opsdesk.cache.store.ResourceType;
import java.nio.file.Path;
import java.util.List;

/// A real cache in a temp directory with small helpers that write hand-built documents the way the sync
/// engine does (row + typed columns, then a change notification after COMMIT).
final class KpiCache implements AutoCloseable {

    private final LocalTables tables = new LocalTables();
    final CacheDatabase db;

    KpiCache(Path dir) {
        db = CacheDatabase.open(dir, "http://127.0.0.1:8080/", "mona.manager", "pw".toCharArray(),
                CacheOptions.defaults().withKdfIterations(1_000));
    }

    static ObjectNode obj() {
        return Json.mapper().createObjectNode();
    }

    static ArrayNode arr() {
        return Json.mapper().createArrayNode();
    }

    /// Writes `docs` of `type` in one transaction and announces them.
    void put(ResourceType type, JsonNode... docs) {
        db.write(tx -> {
            tables.upsert(tx.handle(), type, List.of(docs));
            tx.changed(type.table(), java.util.Arrays.stream(docs).map(type::idOf).toList());
            return null;
        });
    }

    /// Writes `docs` without announcing them (bulk fixtures built before any listener exists).
    void putQuietly(ResourceType type, List<? extends JsonNode> docs) {
        db.write(tx -> {
            tables.upsert(tx.handle(), type, docs);
            return null;
        });
    }

    void location(String id) {
        put(ResourceType.LOCATION, obj().put("id", id).put("name", id).put("version", 1));
    }

    /// A product whose variants are `colour:size:sku` triples.
    static ObjectNode product(String id, String title, String status, String category, String... variants) {
        ArrayNode vs = arr();
        for (String v : variants) {
            String[] p = v.split(":");
            vs.add(obj().put("sku", p[2]).put("colour", p[0]).put("size", p[1]));
        }
        ObjectNode p = obj().put("id", id).put("title", title).put("status", status).put("categoryId", category)
                .put("version", 1);
        p.set("variants", vs);
        return p;
    }

    static ObjectNode stock(String location, String sku, int available, int version) {
        return obj().put("locationId", location).put("sku", sku).put("onHand", Math.max(0, available))
                .put("committed", 0).put("available", available).put("incoming", 0).put("version", version);
    }

    /// An order; lines are `sku:productId:quantity:returnedQuantity[:refundedQuantity]`.
    static ObjectNode order(String id, String placedAt, String channel, String location, String status,
                            String... lines) {
        ArrayNode ls = arr();
        for (String l : lines) {
            String[] p = l.split(":");
            ls.add(obj().put("sku", p[0]).put("productId", p[1]).put("quantity", Integer.parseInt(p[2]))
                    .put("returnedQuantity", Integer.parseInt(p[3]))
                    .put("refundedQuantity", p.length > 4 ? Integer.parseInt(p[4]) : 0));
        }
        ObjectNode o = obj().put("id", id).put("number", "TT-" + id).put("placedAt", placedAt).put("channel", channel)
                .put("locationId", location).put("status", status).put("version", 1);
        o.set("lines", ls);
        return o;
    }

    @Override
    public void close() {
        db.close();
    }
}
