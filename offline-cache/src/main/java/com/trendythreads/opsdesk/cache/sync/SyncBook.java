package com.trendythreads.opsdesk.cache.sync;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/// The sync engine's own rows: key/values, per-resource initial-sync state and history.
final class SyncBook {

    static final String CHANGE_TOKEN = "change_token";
    static final String INITIAL_DONE = "initial_done";
    static final String WORKING_SET_FROM = "working_set_from";
    static final String LAST_SYNC = "last_sync";

    private SyncBook() {
    }

    static Optional<String> get(Handle h, String name) {
        return h.createQuery("SELECT val FROM sync_state WHERE name = :n").bind("n", name).mapTo(String.class)
                .findOne();
    }

    static void put(Handle h, String name, String value) {
        h.createUpdate("MERGE INTO sync_state (name, val) KEY (name) VALUES (:n, :v)")
                .bind("n", name).bind("v", value).execute();
    }

    /// One resource's initial pull.
    record Pull(String resource, String startToken, String nextCursor, boolean done, long items, Long total) {
    }

    static Optional<Pull> pull(Handle h, String resource) {
        return h.createQuery("SELECT resource, start_token, next_cursor, done, items, total FROM initial_sync "
                        + "WHERE resource = :r")
                .bind("r", resource)
                .map((rs, ctx) -> new Pull(rs.getString(1), rs.getString(2), rs.getString(3), rs.getBoolean(4),
                        rs.getLong(5), (Long) rs.getObject(6)))
                .findOne();
    }

    static List<Pull> pulls(Handle h) {
        return h.createQuery("SELECT resource, start_token, next_cursor, done, items, total FROM initial_sync")
                .map((rs, ctx) -> new Pull(rs.getString(1), rs.getString(2), rs.getString(3), rs.getBoolean(4),
                        rs.getLong(5), (Long) rs.getObject(6)))
                .list();
    }

    static void putPull(Handle h, Pull p) {
        h.createUpdate("MERGE INTO initial_sync (resource, start_token, next_cursor, done, items, total) "
                        + "KEY (resource) VALUES (:r, :t, :c, :d, :i, :n)")
                .bind("r", p.resource()).bind("t", p.startToken()).bind("c", p.nextCursor()).bind("d", p.done())
                .bind("i", p.items()).bind("n", p.total()).execute();
    }

    static OffsetDateTime utc(Instant t) {
        return t.atOffset(ZoneOffset.UTC);
    }
}
