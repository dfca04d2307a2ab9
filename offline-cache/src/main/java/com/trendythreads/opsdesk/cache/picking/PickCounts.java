package com.trendythreads.opsdesk.cache.picking;

import com.trendythreads.opsdesk.cache.store.CacheDatabase;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/// Units scanned of multi-unit pick lines that are not complete yet (table `pick_count`), so a count
/// survives a crash, a restart or leaving the pick screen. Blocking: call from background work.
public final class PickCounts {

    private final CacheDatabase db;
    private final Clock clock;

    public PickCounts(CacheDatabase db, Clock clock) {
        this.db = Objects.requireNonNull(db, "db");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /// The counted units per line id of one list (lines without a count are absent).
    public Map<String, Integer> of(String pickListId) {
        return db.read(h -> {
            Map<String, Integer> out = new HashMap<>();
            h.createQuery("SELECT line_id, units FROM pick_count WHERE pick_list_id = :list")
                    .bind("list", pickListId)
                    .map((rs, ctx) -> out.put(rs.getString(1), rs.getInt(2)))
                    .forEach(x -> { });
            return out;
        });
    }

    /// Records that `units` of the line are counted. A count only grows while a line is being picked, so
    /// a write that arrives late (the scans are saved in the background) never lowers it.
    public void put(String pickListId, String lineId, int units) {
        db.write(tx -> {
            int updated = tx.handle().createUpdate("UPDATE pick_count SET units = GREATEST(units, :u), counted_at = :at"
                            + " WHERE pick_list_id = :list AND line_id = :line")
                    .bind("u", units).bind("at", now()).bind("list", pickListId).bind("line", lineId).execute();
            if (updated == 0) {
                tx.handle().createUpdate("INSERT INTO pick_count (pick_list_id, line_id, units, counted_at)"
                                + " VALUES (:list, :line, :u, :at)")
                        .bind("list", pickListId).bind("line", lineId).bind("u", units).bind("at", now()).execute();
            }
            return null;
        });
    }

    /// Forgets the line's count: it was confirmed or short-picked.
    public void clear(String pickListId, String lineId) {
        db.write(tx -> tx.handle().createUpdate("DELETE FROM pick_count WHERE pick_list_id = :list AND line_id = :line")
                .bind("list", pickListId).bind("line", lineId).execute());
    }

    private OffsetDateTime now() {
        return OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
    }
}
