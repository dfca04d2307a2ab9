package com.trendythreads.opsdesk.cache.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.trendythreads.opsdesk.api.Json;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;

/// Generic row access to the resource tables, for the sync engine and tests. Every method takes the
/// caller's Jdbi [Handle], so it joins the caller's transaction (inside [CacheDatabase#write] that is
/// the write transaction; announcing the change with [Tx#changed] stays the caller's job).
///
/// Upserts are plain JDBC batches of [#BATCH_SIZE] rows per `executeBatch`: on an encrypted file this
/// reaches the ~60k SKU-sized rows/s that ARCHITECTURE.md measured.
public final class LocalTables {

    public static final int BATCH_SIZE = 1_000;

    private final ObjectMapper mapper;

    @Inject
    public LocalTables() {
        this(Json.mapper());
    }

    public LocalTables(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /// Inserts or replaces `docs` (the full server JSON) with their typed columns. For products, their
    /// variant rows are replaced too. The server's `version` is taken from each document.
    public void upsert(Handle h, ResourceType type, List<? extends JsonNode> docs) {
        write(h, type, docs, doc -> null, false);
    }

    /// [#upsert] storing, where `textOf` knows it, a document's JSON text as it came instead of writing the
    /// tree out again (`null` = not known).
    public void upsert(Handle h, ResourceType type, List<? extends JsonNode> docs, Function<JsonNode, String> textOf) {
        write(h, type, docs, textOf, false);
    }

    /// Like [#upsert] for rows the caller knows are not stored yet (an initial pull): a plain insert, which
    /// skips the key lookup a merge makes first for every row.
    public void insertNew(Handle h, ResourceType type, List<? extends JsonNode> docs) {
        write(h, type, docs, doc -> null, true);
    }

    /// [#insertNew] with the documents' texts as they came where known (see [#upsert(Handle, ResourceType,
    /// List, Function)]).
    public void insertNew(Handle h, ResourceType type, List<? extends JsonNode> docs,
                          Function<JsonNode, String> textOf) {
        write(h, type, docs, textOf, true);
    }

    private void write(Handle h, ResourceType type, List<? extends JsonNode> docs, Function<JsonNode, String> textOf,
                       boolean fresh) {
        if (docs.isEmpty()) {
            return;
        }
        List<Column> columns = type.columns();
        StringBuilder sql = new StringBuilder(fresh ? "INSERT INTO " : "MERGE INTO ").append(type.table())
                .append(" (id, version, doc");
        columns.forEach(c -> sql.append(", ").append(c.name()));
        sql.append(fresh ? ") VALUES (?, ?, ?" : ") KEY (id) VALUES (?, ?, ?").append(", ?".repeat(columns.size()))
                .append(')');
        Connection c = h.getConnection();
        try (PreparedStatement ps = c.prepareStatement(sql.toString())) {
            int pending = 0;
            for (JsonNode doc : docs) {
                ps.setString(1, type.idOf(doc));
                ps.setLong(2, versionOf(type, doc));
                String given = textOf.apply(doc);
                ps.setString(3, given != null ? given : text(doc));
                for (int i = 0; i < columns.size(); i++) {
                    columns.get(i).bind(ps, 4 + i, doc);
                }
                ps.addBatch();
                if (++pending == BATCH_SIZE) {
                    ps.executeBatch();
                    pending = 0;
                }
            }
            if (pending > 0) {
                ps.executeBatch();
            }
            if (type == ResourceType.PRODUCT) {
                replaceVariants(c, docs, fresh);
            }
        } catch (SQLException e) {
            throw new CacheException("Cannot store " + docs.size() + " " + type.resource() + " rows: " + e.getMessage(), e);
        }
    }

    private void replaceVariants(Connection c, List<? extends JsonNode> products, boolean fresh) throws SQLException {
        if (!fresh) {
            deleteVariants(c, products);
        }
        insertVariants(c, products);
    }

    private static void deleteVariants(Connection c, List<? extends JsonNode> products) throws SQLException {
        try (PreparedStatement del = c.prepareStatement("DELETE FROM product_variant WHERE product_id = ?")) {
            int pending = 0;
            for (JsonNode p : products) {
                del.setString(1, ResourceType.PRODUCT.idOf(p));
                del.addBatch();
                if (++pending == BATCH_SIZE) {
                    del.executeBatch();
                    pending = 0;
                }
            }
            if (pending > 0) {
                del.executeBatch();
            }
        }
    }

    private static void insertVariants(Connection c, List<? extends JsonNode> products) throws SQLException {
        try (PreparedStatement ins = c.prepareStatement(
                "MERGE INTO product_variant (sku, product_id, ean, colour, size, price_cents) KEY (sku) VALUES (?, ?, ?, ?, ?, ?)")) {
            int pending = 0;
            for (JsonNode p : products) {
                String productId = ResourceType.PRODUCT.idOf(p);
                for (JsonNode v : p.path("variants")) {
                    if (!v.hasNonNull("sku")) {
                        continue;
                    }
                    ins.setString(1, v.get("sku").asText());
                    ins.setString(2, productId);
                    ins.setString(3, v.hasNonNull("ean") ? v.get("ean").asText() : null);
                    ins.setString(4, v.hasNonNull("colour") ? v.get("colour").asText() : null);
                    ins.setString(5, v.hasNonNull("size") ? v.get("size").asText() : null);
                    if (v.hasNonNull("priceCents")) {
                        ins.setLong(6, v.get("priceCents").asLong());
                    } else {
                        ins.setNull(6, Types.BIGINT);
                    }
                    ins.addBatch();
                    if (++pending == BATCH_SIZE) {
                        ins.executeBatch();
                        pending = 0;
                    }
                }
            }
            if (pending > 0) {
                ins.executeBatch();
            }
        }
    }

    /// Removes the rows `ids` (and a product's variants). Unknown ids are ignored.
    public void delete(Handle h, ResourceType type, Collection<String> ids) {
        if (ids.isEmpty()) {
            return;
        }
        Connection c = h.getConnection();
        try {
            if (type == ResourceType.PRODUCT) {
                batch(c, "DELETE FROM product_variant WHERE product_id = ?", ids);
            }
            batch(c, "DELETE FROM " + type.table() + " WHERE id = ?", ids);
        } catch (SQLException e) {
            throw new CacheException("Cannot delete " + ids.size() + " " + type.resource() + " rows: " + e.getMessage(), e);
        }
    }

    private static void batch(Connection c, String sql, Collection<String> ids) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            int pending = 0;
            for (String id : ids) {
                ps.setString(1, id);
                ps.addBatch();
                if (++pending == BATCH_SIZE) {
                    ps.executeBatch();
                    pending = 0;
                }
            }
            if (pending > 0) {
                ps.executeBatch();
            }
        }
    }

    /// The stored document of `id`.
    public Optional<JsonNode> get(Handle h, ResourceType type, String id) {
        return h.createQuery("SELECT doc FROM " + type.table() + " WHERE id = :id")
                .bind("id", id)
                .mapTo(String.class)
                .findOne()
                .map(this::parse);
    }

    /// The stored server version of `id`, empty when there is no row.
    public OptionalLong version(Handle h, ResourceType type, String id) {
        return h.createQuery("SELECT version FROM " + type.table() + " WHERE id = :id")
                .bind("id", id)
                .mapTo(Long.class)
                .findOne()
                .map(OptionalLong::of)
                .orElse(OptionalLong.empty());
    }

    public long count(Handle h, ResourceType type) {
        return h.createQuery("SELECT COUNT(*) FROM " + type.table()).mapTo(Long.class).one();
    }

    /// A GDPR erasure of one customer: removes the customer and every local row about them (their
    /// orders, tickets and reviews). Returns the tables that lost rows, for [Tx#changedAll].
    public Set<String> purgeCustomer(Handle h, String customerId) {
        Set<String> changed = new LinkedHashSet<>();
        for (ResourceType type : List.of(ResourceType.ORDER, ResourceType.TICKET, ResourceType.REVIEW)) {
            int n = h.createUpdate("DELETE FROM " + type.table() + " WHERE customer_id = :id")
                    .bind("id", customerId).execute();
            if (n > 0) {
                changed.add(type.table());
            }
        }
        int n = h.createUpdate("DELETE FROM customers WHERE id = :id").bind("id", customerId).execute();
        if (n > 0) {
            changed.add(ResourceType.CUSTOMER.table());
        }
        return changed;
    }

    /// The id the change feed uses for `doc` (see [ResourceType]).
    public String idOf(ResourceType type, JsonNode doc) {
        return type.idOf(doc);
    }

    /// The ids of all rows of `type` (for a full resync that must find rows the server no longer has).
    public Set<String> ids(Handle h, ResourceType type) {
        return h.createQuery("SELECT id FROM " + type.table()).mapTo(String.class).collect(Collectors.toSet());
    }

    private static long versionOf(ResourceType type, JsonNode doc) {
        JsonNode v = doc.get("version");
        if (v == null || !v.canConvertToLong()) {
            throw new IllegalArgumentException("A " + type.resource() + " document without a version: " + type.idOf(doc));
        }
        return v.asLong();
    }

    private String text(JsonNode doc) {
        try {
            return mapper.writeValueAsString(doc);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Cannot serialise a document", e);
        }
    }

    private JsonNode parse(String json) {
        try {
            return mapper.readTree(json);
        } catch (JsonProcessingException e) {
            throw new CacheException("A stored document is not JSON", e);
        }
    }

    List<String> columnNames(ResourceType type) {
        List<String> out = new ArrayList<>(List.of("id", "version", "doc"));
        type.columns().forEach(col -> out.add(col.name()));
        return out;
    }
}
