package com.trendythreads.opsdesk.cache.outbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.trendythreads.opsdesk.api.IdempotencyKeys;
import com.trendythreads.opsdesk.cache.store.CacheDatabase;
import com.trendythreads.opsdesk.cache.store.LocalTables;
import com.trendythreads.opsdesk.cache.store.ResourceType;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/// The outbox as the user sees it: what is queued, what failed and why; retry, edit, discard.
public final class Outbox {

    /// Change-bus name for outbox rows (ids are the entries' sequence numbers).
    public static final String TABLE = OutboxSql.TABLE;

    /// Pending, failed and conflicting entry counts, for the status bar.
    public record Counts(long pending, long failed, long conflicts) {
    }

    /// One line of the sync history.
    public record HistoryLine(Instant at, String kind, String detail, Long items) {
    }

    private final CacheDatabase db;
    private final LocalView view;
    private final Clock clock;
    private final Runnable wakePusher;

    public Outbox(CacheDatabase db, LocalTables tables, Clock clock, Runnable wakePusher) {
        this.db = Objects.requireNonNull(db, "db");
        this.view = new LocalView(tables);
        this.clock = Objects.requireNonNull(clock, "clock");
        this.wakePusher = Objects.requireNonNull(wakePusher, "wakePusher");
    }

    public List<OutboxEntry> entries() {
        return db.read(OutboxSql::all);
    }

    public Counts counts() {
        OutboxSql.Counts c = db.read(OutboxSql::counts);
        return new Counts(c.pending(), c.failed(), c.conflicts());
    }

    /// The newest lines of the sync history, newest first.
    public List<HistoryLine> history(int limit) {
        return db.read(h -> h.createQuery("SELECT at, kind, detail, items FROM sync_history ORDER BY id DESC "
                        + "LIMIT :limit")
                .bind("limit", limit)
                .map((rs, ctx) -> new HistoryLine(OutboxSql.instant(rs, "at"), rs.getString("kind"),
                        rs.getString("detail"), (Long) rs.getObject("items")))
                .list());
    }

    /// The history lines about one entity (what this desk sent, merged, was refused), newest first.
    public List<HistoryLine> historyOf(String resource, String entityId, int limit) {
        return db.read(h -> h.createQuery("SELECT at, kind, detail, items FROM sync_history WHERE resource = :r "
                        + "AND entity_id = :id ORDER BY id DESC LIMIT :limit")
                .bind("r", resource).bind("id", entityId).bind("limit", limit)
                .map((rs, ctx) -> new HistoryLine(OutboxSql.instant(rs, "at"), rs.getString("kind"),
                        rs.getString("detail"), (Long) rs.getObject("items")))
                .list());
    }

    /// The queued entries of one entity, oldest first.
    public List<OutboxEntry> entriesOf(String resource, String entityId) {
        return db.read(h -> OutboxSql.entriesOf(h, resource, entityId));
    }

    /// Adds a line to the sync history in the caller's transaction (the pull side's lines too, so
    /// the history has one writer).
    public static void recordHistory(org.jdbi.v3.core.Handle h, Instant at, String kind, String detail, Long items) {
        OutboxSql.history(h, at, kind, detail, items);
    }

    /// Sends a failed entry again as it is (its request stored nothing, so its key is reused).
    public void retry(long seq) {
        OutboxEntry e = require(seq, EntryStatus.FAILED);
        db.write(tx -> {
            OutboxSql.resetForRetry(tx.handle(), e.seq());
            tx.changed(TABLE, List.of(Long.toString(seq)));
            return null;
        });
        wakePusher.run();
    }

    /// Replaces a failed entry's body (e.g. the price the platform refused) and sends it again.
    public void edit(long seq, JsonNode payload) {
        OutboxEntry e = require(seq, EntryStatus.FAILED);
        if (payload == null || !payload.isObject()) {
            throw new IllegalArgumentException("payload must be a JSON object");
        }
        ResourceType type = ResourceType.byResource(e.resource()).orElse(null); // null: a REPORT
        db.write(tx -> {
            OutboxSql.rewrite(tx.handle(), seq, payload, e.kind() == EntryKind.UPDATE ? payload : e.localPatch(),
                    IdempotencyKeys.newKey());
            if (type != null) view.refresh(tx, type, e.entityId());
            OutboxSql.historyOf(tx.handle(), clock.instant(), "EDITED", e.description(), e);
            tx.changed(TABLE, List.of(Long.toString(seq)));
            return null;
        });
        wakePusher.run();
    }

    /// Drops a failed entry; the entity shows the platform's state again (with its other edits).
    public void discard(long seq) {
        OutboxEntry e = require(seq, EntryStatus.FAILED);
        ResourceType type = ResourceType.byResource(e.resource()).orElse(null); // null: a REPORT
        db.write(tx -> {
            OutboxSql.delete(tx.handle(), seq);
            if (type != null) view.refresh(tx, type, e.entityId());
            OutboxSql.historyOf(tx.handle(), clock.instant(), "DISCARDED", e.description(), e);
            tx.changed(TABLE, List.of(Long.toString(seq)));
            return null;
        });
        wakePusher.run();
    }

    private OutboxEntry require(long seq, EntryStatus status) {
        OutboxEntry e = db.read(h -> OutboxSql.get(h, seq))
                .orElseThrow(() -> new IllegalArgumentException("no outbox entry " + seq));
        if (e.status() != status) {
            throw new IllegalStateException("outbox entry " + seq + " is " + e.status() + ", not " + status);
        }
        return e;
    }
}
