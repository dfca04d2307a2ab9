package com.trendythreads.opsdesk.cache.repo;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.trendythreads.opsdesk.api.Json;
import com.trendythreads.opsdesk.cache.store.CacheDatabase;
import com.trendythreads.opsdesk.cache.store.CacheException;
import com.trendythreads.opsdesk.cache.store.ChangeBus;
import com.trendythreads.opsdesk.cache.store.TableChange;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.jdbi.v3.core.statement.Query;

/// What every repository shares: reading `doc` columns back as api-client DTOs with the client's own
/// mapper, and change notifications filtered to the repository's tables.
abstract class Documents {

    // The client's lenient response mapper: a document from a newer platform with extra fields still reads.
    private static final ObjectMapper MAPPER = Json.mapper();

    protected final CacheDatabase db;
    private final Set<String> tables;

    protected Documents(CacheDatabase db, Set<String> tables) {
        this.db = db;
        this.tables = Set.copyOf(tables);
    }

    /// Calls `listener` after every committed change of this repository's tables (on the committing
    /// thread: hand real work to your own executor). Close the result to stop.
    public ChangeBus.Subscription onChange(Consumer<TableChange> listener) {
        return db.changes().subscribe(tables, listener);
    }

    /// The local tables this repository reads.
    public Set<String> tables() {
        return tables;
    }

    protected <T> Optional<T> one(Class<T> type, String sql, Map<String, ?> binds) {
        Optional<String> doc = db.read(h -> bind(h.createQuery(sql), binds).mapTo(String.class).findOne());
        return doc.map(d -> parse(d, type));
    }

    protected <T> List<T> list(Class<T> type, String sql, Map<String, ?> binds) {
        List<String> docs = db.read(h -> bind(h.createQuery(sql), binds).mapTo(String.class).list());
        return docs.stream().map(d -> parse(d, type)).toList();
    }

    protected long count(String sql, Map<String, ?> binds) {
        return db.read(h -> bind(h.createQuery(sql), binds).mapTo(Long.class).one());
    }

    private static Query bind(Query q, Map<String, ?> binds) {
        binds.forEach((k, v) -> q.bind(k, v instanceof Enum<?> e ? e.name() : v));
        return q;
    }

    private static <T> T parse(String doc, Class<T> type) {
        try {
            return MAPPER.readValue(doc, type);
        } catch (JsonProcessingException e) {
            throw new CacheException("A stored " + type.getSimpleName() + " cannot be read: " + e.getOriginalMessage(), e);
        }
    }

    protected static int checkLimit(int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be positive: " + limit);
        }
        return limit;
    }
}
