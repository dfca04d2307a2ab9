package com.trendythreads.opsdesk.platform.crm;

import org.jdbi.v3.core.Handle;

/// Prefixed ids from the `counters` table (`cmp_000042`), allocated inside the write transaction.
public final class Ids {

    private Ids() {
    }

    /// The next id `<prefix><n>` whose row does not exist yet in `table`. Seeded rows may have taken
    /// numbers without moving the counter, so a taken id is skipped rather than trusted away.
    public static String next(Handle h, String counter, String prefix, String table, String idColumn) {
        while (true) {
            long n = nextValue(h, counter);
            String id = prefix + String.format("%06d", n);
            boolean taken = h.createQuery("SELECT COUNT(*) FROM " + table + " WHERE " + idColumn + " = :id")
                    .bind("id", id).mapTo(Integer.class).one() > 0;
            if (!taken) {
                return id;
            }
        }
    }

    public static long nextValue(Handle h, String counter) {
        int updated = h.createUpdate("UPDATE counters SET next_value = next_value + 1 WHERE name = :n")
                .bind("n", counter).execute();
        if (updated == 0) {
            h.createUpdate("INSERT INTO counters (name, next_value) VALUES (:n, 1)").bind("n", counter).execute();
        }
        return h.createQuery("SELECT next_value FROM counters WHERE name = :n").bind("n", counter)
                .mapTo(Long.class).one();
    }
}
