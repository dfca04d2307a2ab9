package com.trendythreads.opsdesk.cache.outbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.trendythreads.opsdesk.api.Json;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;

/// The outbox's SQL. Every method takes the caller's handle so it joins the caller's
/// transaction: an edit and its entry, an answer and the entry's removal, commit together.
final class OutboxSql {

    static final String TABLE = "outbox";

    static final ObjectMapper MAPPER = Json.mapper();

    private static final String COLUMNS = "seq, resource, entity_id, kind, method, path, payload, local_patch, "
            + "idempotency_key, if_match, status, attempts, next_attempt_at, last_status, last_error, description, "
            + "created_at, first_sent_at";

    private OutboxSql() {
    }

    record NewEntry(String resource, String entityId, EntryKind kind, String method, String path, JsonNode payload,
            JsonNode localPatch, String idempotencyKey, boolean ifMatch, String description) {
    }

    /// The server state pending edits stand on; see `V2__sync.sql`.
    record EntityBase(String resource, String entityId, Long baseVersion, JsonNode baseDoc, Long serverVersion,
            JsonNode serverDoc) {
    }

    static long insert(Handle h, NewEntry e, Instant now) {
        return h.createUpdate("INSERT INTO outbox (resource, entity_id, kind, method, path, payload, local_patch, "
                        + "idempotency_key, if_match, status, description, created_at) VALUES (:resource, :entityId, "
                        + ":kind, :method, :path, :payload, :localPatch, :key, :ifMatch, 'PENDING', :description, :now)")
                .bind("resource", e.resource())
                .bind("entityId", e.entityId())
                .bind("kind", e.kind().name())
                .bind("method", e.method())
                .bind("path", e.path())
                .bind("payload", write(e.payload()))
                .bind("localPatch", write(e.localPatch()))
                .bind("key", e.idempotencyKey())
                .bind("ifMatch", e.ifMatch())
                .bind("description", truncate(e.description(), 500))
                .bind("now", utc(now))
                .executeAndReturnGeneratedKeys("seq")
                .mapTo(Long.class)
                .one();
    }

    static List<OutboxEntry> all(Handle h) {
        return h.createQuery("SELECT " + COLUMNS + " FROM outbox ORDER BY seq").map(OutboxSql::entry).list();
    }

    static Optional<OutboxEntry> get(Handle h, long seq) {
        return h.createQuery("SELECT " + COLUMNS + " FROM outbox WHERE seq = :seq")
                .bind("seq", seq).map(OutboxSql::entry).findOne();
    }

    static List<OutboxEntry> entriesOf(Handle h, String resource, String entityId) {
        return h.createQuery("SELECT " + COLUMNS + " FROM outbox WHERE resource = :r AND entity_id = :id ORDER BY seq")
                .bind("r", resource).bind("id", entityId).map(OutboxSql::entry).list();
    }

    /// [#entriesOf(Handle, String, String)] for several entities of one resource in one query: by entity, each
    /// in order; an entity with nothing queued is absent. A join, not `entity_id IN (…)`: H2 looks an IN list
    /// up in an index only on the index's first column, and scanned the whole outbox for it.
    static Map<String, List<OutboxEntry>> entriesOf(Handle h, String resource, Collection<String> entityIds) {
        Map<String, List<OutboxEntry>> out = new HashMap<>();
        h.createQuery("SELECT " + COLUMNS.replaceAll("(\\w+)", "o.$1") + " FROM UNNEST(:ids) AS u(id) "
                        + "JOIN outbox o ON o.resource = :r AND o.entity_id = u.id ORDER BY o.seq")
                .bind("r", resource).bindArray("ids", String.class, entityIds).map(OutboxSql::entry)
                .forEach(e -> out.computeIfAbsent(e.entityId(), k -> new ArrayList<>()).add(e));
        return out;
    }

    /// The first entry of every entity whose turn it is: pending and not backing off. A failed
    /// or conflicting head holds back its own entity only.
    ///
    /// `USE INDEX ()` walks the primary key, in `seq` order, and stops at `limit` heads. H2 otherwise took
    /// the status index, tested every pending entry and sorted them all: 15 ms instead of 3.4 ms for a
    /// thousand heads out of 7,000 pending entries (in memory; more in the encrypted file).
    static List<OutboxEntry> eligibleHeads(Handle h, Instant now, int limit) {
        return h.createQuery("SELECT " + COLUMNS + " FROM outbox o USE INDEX () WHERE o.status = 'PENDING' "
                        + "AND (o.next_attempt_at IS NULL OR o.next_attempt_at <= :now) "
                        + "AND o.seq = (SELECT MIN(p.seq) FROM outbox p WHERE p.resource = o.resource "
                        + "AND p.entity_id = o.entity_id) ORDER BY o.seq LIMIT :limit")
                .bind("now", utc(now)).bind("limit", limit).map(OutboxSql::entry).list();
    }

    /// When the next backed-off head becomes due, if any.
    static Optional<Instant> nextDue(Handle h) {
        return h.createQuery("SELECT MIN(next_attempt_at) FROM outbox WHERE status = 'PENDING'")
                .map((rs, ctx) -> instant(rs, 1)).findOne().filter(java.util.Objects::nonNull);
    }

    static void delete(Handle h, long seq) {
        h.createUpdate("DELETE FROM outbox WHERE seq = :seq").bind("seq", seq).execute();
    }

    static void delete(Handle h, Collection<Long> seqs) {
        h.createUpdate("DELETE FROM outbox WHERE seq IN (<seqs>)").bindList("seqs", List.copyOf(seqs)).execute();
    }

    /// @param sentAt when the attempt that got no definite answer was made
    static void retryLater(Handle h, long seq, int status, String error, Instant next, Instant sentAt) {
        h.createUpdate("UPDATE outbox SET attempts = attempts + 1, last_status = :st, last_error = :err, "
                        + "next_attempt_at = :next, first_sent_at = COALESCE(first_sent_at, :sent) WHERE seq = :seq")
                .bind("st", status).bind("err", error).bind("next", utc(next)).bind("sent", utc(sentAt))
                .bind("seq", seq).execute();
    }

    static void setStatus(Handle h, long seq, EntryStatus status, int httpStatus, String error) {
        h.createUpdate("UPDATE outbox SET status = :status, attempts = attempts + 1, last_status = :st, "
                        + "last_error = :err, next_attempt_at = NULL WHERE seq = :seq")
                .bind("status", status.name()).bind("st", httpStatus).bind("err", error).bind("seq", seq).execute();
    }

    /// A changed body needs a new idempotency key: the platform answers a known key with another
    /// body with 422. The old key's request never applied (it was refused), so nothing doubles.
    static void rewrite(Handle h, long seq, JsonNode payload, JsonNode localPatch, String newKey) {
        h.createUpdate("UPDATE outbox SET payload = :payload, local_patch = :lp, idempotency_key = :key, "
                        + "status = 'PENDING', next_attempt_at = NULL, last_error = NULL, last_status = NULL, "
                        + "first_sent_at = NULL "
                        + "WHERE seq = :seq")
                .bind("payload", write(payload)).bind("lp", write(localPatch)).bind("key", newKey)
                .bind("seq", seq).execute();
    }

    static void resetForRetry(Handle h, long seq) {
        h.createUpdate("UPDATE outbox SET status = 'PENDING', next_attempt_at = NULL, first_sent_at = NULL"
                        + " WHERE seq = :seq")
                .bind("seq", seq).execute();
    }

    static void renameEntity(Handle h, String resource, String from, String to) {
        h.createUpdate("UPDATE outbox SET entity_id = :to WHERE resource = :r AND entity_id = :from")
                .bind("to", to).bind("r", resource).bind("from", from).execute();
        h.createUpdate("UPDATE entity_base SET entity_id = :to WHERE resource = :r AND entity_id = :from")
                .bind("to", to).bind("r", resource).bind("from", from).execute();
        h.createUpdate("UPDATE conflict SET entity_id = :to WHERE resource = :r AND entity_id = :from")
                .bind("to", to).bind("r", resource).bind("from", from).execute();
        h.createUpdate("INSERT INTO id_map (resource, local_id, server_id) VALUES (:r, :from, :to)")
                .bind("to", to).bind("r", resource).bind("from", from).execute();
    }

    static Optional<String> serverIdOf(Handle h, String resource, String localId) {
        return h.createQuery("SELECT server_id FROM id_map WHERE resource = :r AND local_id = :id")
                .bind("r", resource).bind("id", localId).mapTo(String.class).findOne();
    }

    record Counts(long pending, long failed, long conflicts) {
    }

    static Counts counts(Handle h) {
        // Three counts over the status index: they read index entries only, never the rows and their payloads
        // (the status is published after every queued edit, so a scan of the rows made queueing quadratic).
        return h.createQuery("SELECT (SELECT COUNT(*) FROM outbox WHERE status = 'PENDING'), "
                        + "(SELECT COUNT(*) FROM outbox WHERE status = 'FAILED'), "
                        + "(SELECT COUNT(*) FROM outbox WHERE status = 'CONFLICT')")
                .map((rs, ctx) -> new Counts(rs.getLong(1), rs.getLong(2), rs.getLong(3))).one();
    }

    // --- entity_base ---

    private static final String BASE_COLUMNS = "resource, entity_id, base_version, base_doc, server_version, "
            + "server_doc";

    private static final String PUT_BASE = "MERGE INTO entity_base (" + BASE_COLUMNS + ") KEY (resource, entity_id) "
            + "VALUES (:r, :id, :bv, :bd, :sv, :sd)";

    private static EntityBase baseRow(ResultSet rs, org.jdbi.v3.core.statement.StatementContext ctx)
            throws SQLException {
        return new EntityBase(rs.getString(1), rs.getString(2), (Long) rs.getObject(3), read(rs.getString(4)),
                (Long) rs.getObject(5), read(rs.getString(6)));
    }

    static Optional<EntityBase> base(Handle h, String resource, String entityId) {
        return h.createQuery("SELECT " + BASE_COLUMNS + " FROM entity_base WHERE resource = :r AND entity_id = :id")
                .bind("r", resource).bind("id", entityId)
                .map(OutboxSql::baseRow)
                .findOne();
    }

    /// [#base] for several entities of one resource in one query, by entity id (a join, as in [#entriesOf(Handle,
    /// String, Collection)]).
    static Map<String, EntityBase> bases(Handle h, String resource, Collection<String> entityIds) {
        Map<String, EntityBase> out = new HashMap<>();
        h.createQuery("SELECT " + BASE_COLUMNS.replaceAll("(\\w+)", "b.$1") + " FROM UNNEST(:ids) AS u(id) "
                        + "JOIN entity_base b ON b.resource = :r AND b.entity_id = u.id")
                .bind("r", resource).bindArray("ids", String.class, entityIds)
                .map(OutboxSql::baseRow)
                .forEach(b -> out.put(b.entityId(), b));
        return out;
    }

    static void putBase(Handle h, EntityBase b) {
        bindBase(h.createUpdate(PUT_BASE), b).execute();
    }

    /// [#putBase] for several entities, as one JDBC batch.
    static void putBases(Handle h, List<EntityBase> bases) {
        if (bases.isEmpty()) {
            return;
        }
        PreparedBatch batch = h.prepareBatch(PUT_BASE);
        for (EntityBase b : bases) {
            bindBase(batch, b).add();
        }
        batch.execute();
    }

    private static <S extends org.jdbi.v3.core.statement.SqlStatement<S>> S bindBase(S statement, EntityBase b) {
        return statement.bind("r", b.resource()).bind("id", b.entityId())
                .bind("bv", b.baseVersion()).bind("bd", write(b.baseDoc()))
                .bind("sv", b.serverVersion()).bind("sd", write(b.serverDoc()));
    }

    static void deleteBases(Handle h, String resource, Collection<String> entityIds) {
        if (entityIds.isEmpty()) {
            return;
        }
        // One keyed delete each: an IN list on the key's second column would scan the resource's bases.
        PreparedBatch batch = h.prepareBatch("DELETE FROM entity_base WHERE resource = :r AND entity_id = :id");
        entityIds.forEach(id -> batch.bind("r", resource).bind("id", id).add());
        batch.execute();
    }

    static void deleteBase(Handle h, String resource, String entityId) {
        h.createUpdate("DELETE FROM entity_base WHERE resource = :r AND entity_id = :id")
                .bind("r", resource).bind("id", entityId).execute();
    }

    // --- history ---

    private static final String HISTORY_INSERT = "INSERT INTO sync_history (at, kind, detail, items, resource, "
            + "entity_id) VALUES (:at, :kind, :detail, :items, :resource, :entity)";

    static void history(Handle h, Instant at, String kind, String detail, Long items) {
        history(h, at, kind, detail, items, null, null);
    }

    /// A history line about one entity (`resource`/`entityId` may be null for lines about many).
    static void history(Handle h, Instant at, String kind, String detail, Long items, String resource,
            String entityId) {
        h.createUpdate(HISTORY_INSERT)
                .bind("at", utc(at)).bind("kind", kind).bind("detail", truncate(detail, 2000))
                .bind("items", items).bind("resource", resource).bind("entity", entityId).execute();
    }

    /// One history line of `kind` per entry (its description, about its entity), as one JDBC batch.
    static void historyOf(Handle h, Instant at, String kind, List<OutboxEntry> entries) {
        if (entries.isEmpty()) {
            return;
        }
        PreparedBatch batch = h.prepareBatch(HISTORY_INSERT);
        for (OutboxEntry e : entries) {
            batch.bind("at", utc(at)).bind("kind", kind).bind("detail", truncate(e.description(), 2000))
                    .bind("items", (Long) null).bind("resource", e.resource()).bind("entity", e.entityId()).add();
        }
        batch.execute();
    }

    static void historyOf(Handle h, Instant at, String kind, String detail, OutboxEntry e) {
        history(h, at, kind, detail, null, e.resource(), e.entityId());
    }

    // --- media uploads (V4) ---

    record Upload(long seq, String mediaId, String fileName, String contentType, byte[] bytes) {
    }

    static void insertUpload(Handle h, Upload u) {
        h.createUpdate("INSERT INTO media_upload (outbox_seq, media_id, file_name, content_type, bytes) "
                        + "VALUES (:seq, :media, :name, :type, :bytes)")
                .bind("seq", u.seq()).bind("media", u.mediaId()).bind("name", u.fileName())
                .bind("type", u.contentType()).bind("bytes", u.bytes()).execute();
    }

    static Optional<Upload> upload(Handle h, long seq) {
        return h.createQuery("SELECT outbox_seq, media_id, file_name, content_type, bytes FROM media_upload "
                        + "WHERE outbox_seq = :seq")
                .bind("seq", seq)
                .map((rs, ctx) -> new Upload(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getBytes(5)))
                .findOne();
    }

    // --- mapping ---

    static OutboxEntry entry(ResultSet rs, org.jdbi.v3.core.statement.StatementContext ctx) throws SQLException {
        return new OutboxEntry(rs.getLong("seq"), rs.getString("resource"), rs.getString("entity_id"),
                EntryKind.valueOf(rs.getString("kind")), rs.getString("method"), rs.getString("path"),
                read(rs.getString("payload")), read(rs.getString("local_patch")), rs.getString("idempotency_key"),
                rs.getBoolean("if_match"), EntryStatus.valueOf(rs.getString("status")), rs.getInt("attempts"),
                instant(rs, "next_attempt_at"), (Integer) rs.getObject("last_status"), rs.getString("last_error"),
                rs.getString("description"), instant(rs, "created_at"), instant(rs, "first_sent_at"));
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }

    static Instant instant(ResultSet rs, int column) throws SQLException {
        OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }

    static OffsetDateTime utc(Instant t) {
        return t == null ? null : t.atOffset(ZoneOffset.UTC);
    }

    static String write(JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        try {
            return MAPPER.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON", e);
        }
    }

    static JsonNode read(String text) {
        if (text == null) {
            return null;
        }
        try {
            return MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored JSON is unreadable", e);
        }
    }

    static String truncate(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }
}
