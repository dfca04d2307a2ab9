package com.trendythreads.opsdesk.platform.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.Query;

/// A table that stores each resource as its contract JSON (`doc`) beside the columns that filters,
/// uniqueness and aggregates need (see `V2__domain.sql`).
///
/// The document is the DTO record serialised, so what a list or a get returns is exactly what was
/// written; the columns are derived from the same record on every write and can never disagree
/// with it. Every table has `version` and `doc` columns besides its id and derived columns.
///
/// @param <T> the DTO record stored
public final class DocTable<T> {

    /// How a record maps onto its table.
    ///
    /// @param table    table name
    /// @param idColumn primary key column
    /// @param type     the record class
    /// @param id       the record's id
    /// @param version  the record's version
    /// @param columns  derived columns (name → value) other than id, version and doc
    public record Spec<T>(
            String table,
            String idColumn,
            Class<T> type,
            Function<T, String> id,
            ToLongFunction<T> version,
            Function<T, Map<String, Object>> columns) {
    }

    /// One page of a keyset-paginated list; `nextCursor` is null on the last page.
    public record Slice<T>(List<T> items, String nextCursor) {
    }

    /// The order of a list. Keyset pagination needs a total order, so every sort ends on the id.
    public sealed interface Sort {
        /// Ascending by id.
        Sort BY_ID = new ById();

        /// Newest first by a timestamp column, then by id descending.
        static Sort newestFirst(String timestampColumn) {
            return new NewestFirst(timestampColumn);
        }

        record ById() implements Sort {
        }

        record NewestFirst(String column) implements Sort {
        }
    }

    private final Spec<T> spec;
    private final ObjectMapper json;

    public DocTable(Spec<T> spec, ObjectMapper json) {
        this.spec = spec;
        this.json = json;
    }

    public String table() {
        return spec.table();
    }

    public Optional<T> find(Handle h, String id) {
        return h.createQuery("SELECT doc FROM " + spec.table() + " WHERE " + spec.idColumn() + " = :id")
                .bind("id", id)
                .mapTo(String.class)
                .findOne()
                .map(this::read);
    }

    /// Whether `id` is stored, without reading its document.
    public boolean exists(Handle h, String id) {
        return h.createQuery("SELECT 1 FROM " + spec.table() + " WHERE " + spec.idColumn() + " = :id").bind("id", id)
                .mapTo(Integer.class).findOne().isPresent();
    }

    public void insert(Handle h, T doc) {
        Map<String, Object> cols = allColumns(doc);
        String names = String.join(", ", cols.keySet());
        String params = String.join(", ", cols.keySet().stream().map(c -> ":" + c).toList());
        var update = h.createUpdate("INSERT INTO " + spec.table() + " (" + names + ") VALUES (" + params + ")");
        cols.forEach((k, v) -> update.bind(k, toJdbc(v)));
        update.execute();
    }

    /// Replaces the stored record. `previousVersion` guards against a lost update: the row must still
    /// be at that version, or this throws (writes run under the platform's single write lock, so a
    /// mismatch means a handler bug, not a race).
    public void update(Handle h, T doc, long previousVersion) {
        Map<String, Object> cols = allColumns(doc);
        cols.remove(spec.idColumn());
        String sets = String.join(", ", cols.keySet().stream().map(c -> c + " = :" + c).toList());
        var update = h.createUpdate("UPDATE " + spec.table() + " SET " + sets + " WHERE " + spec.idColumn()
                + " = :__id AND version = :__previous");
        cols.forEach((k, v) -> update.bind(k, toJdbc(v)));
        int rows = update.bind("__id", spec.id().apply(doc)).bind("__previous", previousVersion).execute();
        if (rows != 1) {
            throw new IllegalStateException(spec.table() + " " + spec.id().apply(doc) + " is not at version "
                    + previousVersion);
        }
    }

    public boolean delete(Handle h, String id) {
        return h.createUpdate("DELETE FROM " + spec.table() + " WHERE " + spec.idColumn() + " = :id")
                .bind("id", id)
                .execute() == 1;
    }

    /// A page of records matching `filter`, after `cursor` (null for the first page).
    ///
    /// @throws IllegalArgumentException when the cursor was not made by this table and sort
    public Slice<T> page(Handle h, Filter filter, Sort sort, String cursor, int limit) {
        Slice<StoredDoc> stored = storedPage(h, filter, sort, cursor, limit);
        return new Slice<>(stored.items().stream().map(d -> read(d.json())).toList(), stored.nextCursor());
    }

    /// The page [#page] reads, with each record as its stored document (for answers that pass it on as it
    /// is, see [StoredDoc]).
    ///
    /// @throws IllegalArgumentException when the cursor was not made by this table and sort
    public Slice<StoredDoc> storedPage(Handle h, Filter filter, Sort sort, String cursor, int limit) {
        StringBuilder sql = new StringBuilder("SELECT doc, ").append(spec.idColumn()).append(" AS __id");
        if (sort instanceof Sort.NewestFirst nf) {
            sql.append(", ").append(nf.column()).append(" AS __ts");
        }
        sql.append(" FROM ").append(spec.table());
        List<String> where = new ArrayList<>(filter.clauses());
        Map<String, Object> binds = new LinkedHashMap<>(filter.binds());
        if (cursor != null) {
            String[] parts = decodeCursor(cursor, sort);
            switch (sort) {
                case Sort.ById ignored -> {
                    where.add(spec.idColumn() + " > :__after");
                    binds.put("__after", parts[0]);
                }
                case Sort.NewestFirst nf -> {
                    // The leading `<=` is a range of the column's index; alone, the OR was none to H2, which
                    // then walked the index from the newest row for every page (quadratic over a long list).
                    where.add(nf.column() + " <= :__ts AND (" + nf.column() + " < :__ts OR " + spec.idColumn()
                            + " < :__after)");
                    binds.put("__ts", OffsetDateTime.ofInstant(Instant.parse(parts[0]), ZoneOffset.UTC));
                    binds.put("__after", parts[1]);
                }
            }
        }
        if (!where.isEmpty()) {
            sql.append(" WHERE ").append(String.join(" AND ", where));
        }
        sql.append(switch (sort) {
            case Sort.ById ignored -> " ORDER BY " + spec.idColumn();
            case Sort.NewestFirst nf -> " ORDER BY " + nf.column() + " DESC, " + spec.idColumn() + " DESC";
        });
        sql.append(" LIMIT ").append(limit + 1);
        Query q = h.createQuery(sql.toString());
        binds.forEach((k, v) -> q.bind(k, toJdbc(v)));
        List<Row> rows = q.map((rs, ctx) -> new Row(rs.getString("doc"), rs.getString("__id"),
                        sort instanceof Sort.NewestFirst ? rs.getObject("__ts", OffsetDateTime.class).toInstant() : null))
                .list();
        boolean more = rows.size() > limit;
        List<Row> kept = more ? rows.subList(0, limit) : rows;
        String next = null;
        if (more) {
            Row last = kept.getLast();
            next = encodeCursor(sort instanceof Sort.NewestFirst ? last.ts() + "|" + last.id() : last.id());
        }
        return new Slice<>(kept.stream().map(r -> new StoredDoc(r.doc())).toList(), next);
    }

    /// How many records match `filter`: the `total` of a list's first page.
    public long count(Handle h, Filter filter) {
        StringBuilder sql = new StringBuilder("SELECT COUNT(*) FROM ").append(spec.table());
        if (!filter.clauses().isEmpty()) {
            sql.append(" WHERE ").append(String.join(" AND ", filter.clauses()));
        }
        Query q = h.createQuery(sql.toString());
        filter.binds().forEach((k, v) -> q.bind(k, toJdbc(v)));
        return q.mapTo(Long.class).one();
    }

    public String write(T doc) {
        try {
            return json.writeValueAsString(doc);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    public T read(String doc) {
        try {
            return json.readValue(doc, spec.type());
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("Corrupt " + spec.table() + " document", e);
        }
    }

    private Map<String, Object> allColumns(T doc) {
        Map<String, Object> cols = new LinkedHashMap<>();
        cols.put(spec.idColumn(), spec.id().apply(doc));
        cols.putAll(spec.columns().apply(doc));
        cols.put("version", spec.version().applyAsLong(doc));
        cols.put("doc", write(doc));
        return cols;
    }

    private static Object toJdbc(Object v) {
        if (v instanceof Instant i) {
            return OffsetDateTime.ofInstant(i, ZoneOffset.UTC);
        }
        if (v instanceof Enum<?> e) {
            return e.name();
        }
        return v;
    }

    private String encodeCursor(String raw) {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((spec.table() + "|" + raw).getBytes(StandardCharsets.UTF_8));
    }

    private String[] decodeCursor(String cursor, Sort sort) {
        String raw;
        try {
            raw = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("cursor is not one this list gave out");
        }
        String prefix = spec.table() + "|";
        if (!raw.startsWith(prefix)) {
            throw new IllegalArgumentException("cursor is not one this list gave out");
        }
        String[] parts = raw.substring(prefix.length()).split("\\|", 2);
        if (sort instanceof Sort.NewestFirst && parts.length != 2) {
            throw new IllegalArgumentException("cursor is not one this list gave out");
        }
        if (sort instanceof Sort.NewestFirst) {
            try {
                Instant.parse(parts[0]);
            } catch (RuntimeException e) {
                throw new IllegalArgumentException("cursor is not one this list gave out");
            }
        }
        return parts;
    }

    private record Row(String doc, String id, Instant ts) {
    }
}
