package com.trendythreads.opsdesk.cache.catalog;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.NullNode;
import com.trendythreads.opsdesk.api.Json;
import com.trendythreads.opsdesk.cache.outbox.LocalEdits;
import com.trendythreads.opsdesk.cache.store.CacheDatabase;
import com.trendythreads.opsdesk.cache.store.LocalTables;
import com.trendythreads.opsdesk.cache.store.ResourceType;
import com.trendythreads.opsdesk.cache.store.Tx;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BooleanSupplier;
import org.jdbi.v3.core.Handle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/// Bulk changes and imports as **jobs** that can be undone as a whole.
///
/// A job edits many products through [LocalEdits] (a merge patch with `If-Match` and its own
/// idempotency key, one outbox entry per product). For each product it records the fields it changed,
/// before and after, with the outbox entry's sequence. Products are written in batches of
/// [#BATCH_SIZE], each batch one transaction holding every product's edit, its job item and the job's
/// new done count; so a job killed halfway says how far it got, and what it applied is whole.
///
/// Every field edit may name the value it expects to find. A field whose current value is not that
/// one was changed by someone since the plan was made: it is **kept** (not overwritten) and reported.
/// [#undo] uses this to restore only the fields still holding the job's after-value.
///
/// One instance per session ([com.trendythreads.opsdesk.cache.LocalData#jobs()]): a job still marked
/// running that this instance did not start was cut off by an exit and reads as [State#INTERRUPTED].
public final class CatalogJobs {

    /// Products per transaction: big enough that a 300-product job is three commits, small enough that
    /// the pusher and the screens never wait long for the writer lock.
    public static final int BATCH_SIZE = 100;

    public enum Kind { BULK, IMPORT, UNDO }

    public enum State { RUNNING, DONE, CANCELLED, FAILED, INTERRUPTED }

    /// Set `field` to `value` (JSON null clears); when `expected` is not Java `null`, only if the field
    /// still holds it.
    public record FieldEdit(String field, JsonNode expected, JsonNode value) {
        public FieldEdit {
            Objects.requireNonNull(field, "field");
            value = value == null ? NullNode.instance : value;
        }
    }

    /// The planned edits of one product.
    public record ProductEdit(String productId, List<FieldEdit> fields) {
        public ProductEdit {
            Objects.requireNonNull(productId, "productId");
            fields = List.copyOf(fields);
        }
    }

    /// A field a job changed.
    public record FieldChange(String field, JsonNode before, JsonNode after) {
    }

    /// A field a job left alone because it no longer held the expected value.
    public record KeptField(String productId, String title, String field, JsonNode expected, JsonNode current) {
    }

    public record Job(long id, Kind kind, String description, String username, Instant createdAt,
            Instant finishedAt, State state, int totalProducts, int doneProducts, int changedProducts,
            int changedFields, int keptFields, Long undoOf, Long undoneBy) {

        /// Whether an undo makes sense: something changed and it was not undone yet.
        public boolean undoable() {
            return state != State.RUNNING && changedFields > 0 && undoneBy == null;
        }
    }

    /// One product of a job.
    public record Item(String productId, String title, Long outboxSeq, List<FieldChange> changes,
            List<KeptField> kept) {
    }

    /// Progress of a running job: products handled of all.
    @FunctionalInterface
    public interface Progress {
        void update(int done, int total);
    }

    /// What a job did, with the fields it kept.
    public record Outcome(Job job, List<KeptField> kept) {
    }

    private static final Logger LOG = LoggerFactory.getLogger(CatalogJobs.class);
    private static final ObjectMapper MAPPER = Json.mapper();
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private final CacheDatabase db;
    private final LocalEdits edits;
    private final LocalTables tables = new LocalTables();
    private final Clock clock;
    private final Set<Long> running = ConcurrentHashMap.newKeySet();
    private final int batchSize;

    public CatalogJobs(CacheDatabase db, LocalEdits edits, Clock clock) {
        this(db, edits, clock, BATCH_SIZE);
    }

    /// @param batchSize products per transaction (tests use small ones to see batches on small data)
    public CatalogJobs(CacheDatabase db, LocalEdits edits, Clock clock, int batchSize) {
        this.db = Objects.requireNonNull(db, "db");
        this.edits = Objects.requireNonNull(edits, "edits");
        this.clock = Objects.requireNonNull(clock, "clock");
        if (batchSize < 1) {
            throw new IllegalArgumentException("batchSize must be positive: " + batchSize);
        }
        this.batchSize = batchSize;
    }

    /// Runs `plan` as one job. Blocking: call it off the UI thread. `cancelled` is asked between
    /// batches; a cancelled job keeps what it committed (and can be undone).
    public Outcome run(Kind kind, String description, List<ProductEdit> plan, Progress progress,
            BooleanSupplier cancelled) {
        return run(kind, description, plan, progress, cancelled, null);
    }

    /// Restores the before-values of job `jobId` as a new [Kind#UNDO] job. A field someone changed since
    /// (its value is no longer the job's after-value) is kept and reported in the outcome.
    public Outcome undo(long jobId, String description, Progress progress, BooleanSupplier cancelled) {
        Job original = job(jobId).orElseThrow(() -> new IllegalArgumentException("No catalog job " + jobId));
        if (running.contains(jobId)) {
            throw new IllegalStateException("Job " + jobId + " is still running");
        }
        if (original.undoneBy() != null) {
            throw new IllegalStateException("Job " + jobId + " was undone already (job " + original.undoneBy() + ")");
        }
        List<ProductEdit> plan = new ArrayList<>();
        for (Item item : items(jobId)) {
            List<FieldEdit> fields = item.changes().stream()
                    .map(c -> new FieldEdit(c.field(), c.after(), c.before())).toList();
            if (!fields.isEmpty()) {
                plan.add(new ProductEdit(item.productId(), fields));
            }
        }
        return run(Kind.UNDO, description, plan, progress, cancelled, jobId);
    }

    private Outcome run(Kind kind, String description, List<ProductEdit> plan, Progress progress,
            BooleanSupplier cancelled, Long undoOf) {
        Objects.requireNonNull(progress, "progress");
        long jobId = db.write(tx -> {
            long id = tx.handle().createUpdate("INSERT INTO catalog_job (kind, description, username, created_at, "
                            + "state, total_products, undo_of) VALUES (:kind, :d, :u, :now, 'RUNNING', :total, :undoOf)")
                    .bind("kind", kind.name()).bind("d", truncate(description, 500)).bind("u", db.username())
                    .bind("now", utc(clock.instant())).bind("total", plan.size()).bind("undoOf", undoOf)
                    .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
            // The undo claims its job in the same transaction, so two undos of one job (two windows, a
            // double click) cannot both pass the check in undo(): the second finds it claimed and rolls back.
            if (undoOf != null && tx.handle().createUpdate(
                            "UPDATE catalog_job SET undone_by = :u WHERE id = :id AND undone_by IS NULL")
                    .bind("u", id).bind("id", undoOf).execute() == 0) {
                throw new IllegalStateException("Job " + undoOf + " was undone already");
            }
            tx.changed(TABLE, List.of(Long.toString(id)));
            return id;
        });
        running.add(jobId);
        long started = System.nanoTime();
        List<KeptField> kept = new ArrayList<>();
        State end = State.DONE;
        try {
            progress.update(0, plan.size());
            for (int from = 0; from < plan.size(); from += batchSize) {
                if (cancelled.getAsBoolean()) {
                    end = State.CANCELLED;
                    break;
                }
                List<ProductEdit> batch = plan.subList(from, Math.min(plan.size(), from + batchSize));
                kept.addAll(db.write(tx -> applyBatch(tx, jobId, description, batch)));
                edits.wake();
                progress.update(Math.min(plan.size(), from + batchSize), plan.size());
            }
        } catch (RuntimeException e) {
            finish(jobId, State.FAILED, null);
            if (undoOf != null) {
                release(undoOf, jobId); // a failed undo leaves the job undoable again
            }
            throw e;
        } finally {
            running.remove(jobId);
        }
        finish(jobId, end, undoOf);
        Job done = job(jobId).orElseThrow();
        LOG.info("Catalog job {} ({} {}): {} of {} products, {} fields changed, {} kept, in {} ms", jobId, kind,
                end, done.doneProducts(), done.totalProducts(), done.changedFields(), done.keptFields(),
                (System.nanoTime() - started) / 1_000_000);
        return new Outcome(done, List.copyOf(kept));
    }

    private List<KeptField> applyBatch(Tx tx, long jobId, String description, List<ProductEdit> batch) {
        Handle h = tx.handle();
        List<KeptField> kept = new ArrayList<>();
        int changedProducts = 0;
        int changedFields = 0;
        int keptFields = 0;
        for (ProductEdit pe : batch) {
            Optional<JsonNode> row = tables.get(h, ResourceType.PRODUCT, pe.productId());
            String title = row.map(d -> d.path("title").asText("")).orElse("");
            Map<String, JsonNode> values = new LinkedHashMap<>();
            List<FieldChange> changes = new ArrayList<>();
            List<KeptField> keptHere = new ArrayList<>();
            for (FieldEdit f : pe.fields()) {
                JsonNode current = row.map(d -> ProductFields.get(d, f.field())).orElse(NullNode.instance);
                if (row.isEmpty() || f.expected() != null && !ProductFields.same(f.field(), current, f.expected())) {
                    keptHere.add(new KeptField(pe.productId(), title, f.field(), f.expected(), current));
                } else if (!ProductFields.same(f.field(), current, f.value())) {
                    values.put(f.field(), f.value());
                    changes.add(new FieldChange(f.field(), current, f.value()));
                }
            }
            Long seq = null;
            if (!values.isEmpty()) {
                ProductFields.Edit edit = ProductFields.edit(row.orElseThrow(), values);
                seq = edits.update(tx, ResourceType.PRODUCT, pe.productId(), edit.payload(), edit.localPatch(),
                        description + " · " + title);
                changedProducts++;
                changedFields += changes.size();
            }
            keptFields += keptHere.size();
            kept.addAll(keptHere);
            h.createUpdate("INSERT INTO catalog_job_item (job_id, product_id, title, outbox_seq, changes, kept) "
                            + "VALUES (:job, :p, :t, :seq, :changes, :kept)")
                    .bind("job", jobId).bind("p", pe.productId()).bind("t", truncate(title, 500)).bind("seq", seq)
                    .bind("changes", write(changesJson(changes))).bind("kept", write(keptJson(keptHere)))
                    .execute();
        }
        h.createUpdate("UPDATE catalog_job SET done_products = done_products + :n, changed_products = "
                        + "changed_products + :cp, changed_fields = changed_fields + :cf, kept_fields = kept_fields + :kf "
                        + "WHERE id = :id")
                .bind("n", batch.size()).bind("cp", changedProducts).bind("cf", changedFields).bind("kf", keptFields)
                .bind("id", jobId).execute();
        tx.changed(TABLE, List.of(Long.toString(jobId)));
        return kept;
    }

    private void release(long undoOf, long undoJobId) {
        db.write(tx -> {
            tx.handle().createUpdate("UPDATE catalog_job SET undone_by = NULL WHERE id = :id AND undone_by = :u")
                    .bind("id", undoOf).bind("u", undoJobId).execute();
            tx.changed(TABLE, List.of(Long.toString(undoOf)));
            return null;
        });
    }

    private void finish(long jobId, State state, Long undoOf) {
        db.write(tx -> {
            tx.handle().createUpdate("UPDATE catalog_job SET state = :s, finished_at = :now WHERE id = :id")
                    .bind("s", state.name()).bind("now", utc(clock.instant())).bind("id", jobId).execute();
            if (undoOf != null) {
                tx.handle().createUpdate("UPDATE catalog_job SET undone_by = :u WHERE id = :id")
                        .bind("u", jobId).bind("id", undoOf).execute();
                tx.changed(TABLE, List.of(Long.toString(undoOf)));
            }
            tx.changed(TABLE, List.of(Long.toString(jobId)));
            return null;
        });
    }

    /// The table whose changes announce job progress (for [com.trendythreads.opsdesk.cache.store.ChangeBus]).
    public static final String TABLE = "catalog_job";

    /// The newest jobs first.
    public List<Job> recent(int limit) {
        return db.read(h -> h.createQuery("SELECT * FROM catalog_job ORDER BY id DESC LIMIT :limit")
                .bind("limit", limit).map(this::mapJob).list());
    }

    public Optional<Job> job(long id) {
        return db.read(h -> h.createQuery("SELECT * FROM catalog_job WHERE id = :id").bind("id", id)
                .map(this::mapJob).findOne());
    }

    /// The products of a job, in the order it handled them.
    public List<Item> items(long jobId) {
        return db.read(h -> h.createQuery("SELECT product_id, title, outbox_seq, changes, kept FROM catalog_job_item "
                        + "WHERE job_id = :id ORDER BY outbox_seq NULLS LAST, product_id")
                .bind("id", jobId)
                .map((rs, ctx) -> item(rs)).list());
    }

    /// Subscribes to job changes (progress, new jobs, undo). Close the result to stop.
    public AutoCloseable onChange(Runnable listener) {
        return db.changes().subscribe(Set.of(TABLE), c -> listener.run());
    }

    private Item item(ResultSet rs) throws SQLException {
        String productId = rs.getString("product_id");
        String title = rs.getString("title");
        List<FieldChange> changes = new ArrayList<>();
        read(rs.getString("changes")).forEach(n -> changes.add(
                new FieldChange(n.path("field").asText(), orNull(n.get("before")), orNull(n.get("after")))));
        List<KeptField> kept = new ArrayList<>();
        String keptText = rs.getString("kept");
        if (keptText != null) {
            read(keptText).forEach(n -> kept.add(new KeptField(productId, title, n.path("field").asText(),
                    n.has("expected") ? orNull(n.get("expected")) : null, orNull(n.get("current")))));
        }
        return new Item(productId, title, (Long) rs.getObject("outbox_seq"), changes, kept);
    }

    private Job mapJob(ResultSet rs, org.jdbi.v3.core.statement.StatementContext ctx) throws SQLException {
        long id = rs.getLong("id");
        State state = State.valueOf(rs.getString("state"));
        if (state == State.RUNNING && !running.contains(id)) {
            state = State.INTERRUPTED;
        }
        return new Job(id, Kind.valueOf(rs.getString("kind")), rs.getString("description"), rs.getString("username"),
                instant(rs, "created_at"), instant(rs, "finished_at"), state, rs.getInt("total_products"),
                rs.getInt("done_products"), rs.getInt("changed_products"), rs.getInt("changed_fields"),
                rs.getInt("kept_fields"), (Long) rs.getObject("undo_of"), (Long) rs.getObject("undone_by"));
    }

    private static ArrayNode changesJson(List<FieldChange> changes) {
        ArrayNode a = JSON.arrayNode();
        for (FieldChange c : changes) {
            a.addObject().put("field", c.field()).set("before", c.before());
            ((com.fasterxml.jackson.databind.node.ObjectNode) a.get(a.size() - 1)).set("after", c.after());
        }
        return a;
    }

    private static ArrayNode keptJson(List<KeptField> kept) {
        ArrayNode a = JSON.arrayNode();
        for (KeptField k : kept) {
            var o = a.addObject().put("field", k.field());
            if (k.expected() != null) {
                o.set("expected", k.expected());
            }
            o.set("current", k.current());
        }
        return a;
    }

    private static JsonNode orNull(JsonNode n) {
        return n == null ? NullNode.instance : n;
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }

    private static OffsetDateTime utc(Instant t) {
        return t.atOffset(ZoneOffset.UTC);
    }

    private static String write(JsonNode node) {
        try {
            return MAPPER.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON", e);
        }
    }

    private static JsonNode read(String text) {
        try {
            return MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored JSON is unreadable", e);
        }
    }

    private static String truncate(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }
}
