package com.trendythreads.opsdesk.platform.catalog;

import org.jdbi.v3.core.Handle;

/// Prefixed resource ids from the `counters` table, zero-padded like the seed's (`prd_000012`,
/// `med_0000003`, `trf_000007`; a longer number is written in full).
///
/// Call only inside a write (the global write lock makes read-after-increment safe). A seeder may have
/// inserted ids without moving the counter, so an id that is already taken is skipped rather than reused.
public final class Ids {

    private Ids() {
    }

    /// The next free id `prefix + n` (n padded to `width` digits) of `counter`, checked against `table.idColumn`.
    public static String next(Handle h, String counter, String prefix, int width, String table, String idColumn) {
        while (true) {
            String digits = Long.toString(nextValue(h, counter));
            String id = prefix + (digits.length() >= width ? digits : "0".repeat(width - digits.length()) + digits);
            boolean taken = h.createQuery("SELECT COUNT(*) FROM " + table + " WHERE " + idColumn + " = :id")
                    .bind("id", id).mapTo(Integer.class).one() > 0;
            if (!taken) {
                return id;
            }
        }
    }

    /// Increments `counter` (creating it at 1) and returns the value it had before.
    public static long nextValue(Handle h, String counter) {
        int updated = h.createUpdate("UPDATE counters SET next_value = next_value + 1 WHERE name = :name")
                .bind("name", counter).execute();
        if (updated == 0) {
            h.createUpdate("INSERT INTO counters (name, next_value) VALUES (:name, 2)").bind("name", counter).execute();
            return 1;
        }
        return h.createQuery("SELECT next_value FROM counters WHERE name = :name")
                .bind("name", counter).mapTo(Long.class).one() - 1;
    }
}
