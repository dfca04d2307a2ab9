package com.trendythreads.opsdesk.platform.crm;

import org.jdbi.v3.core.Handle;

/// Ids from the `counters` table in the seed's formats (`cmp_000042`, `tkt_000042`, `msg_00000042`,
/// `gdpr_000042`), allocated inside the write transaction. As the seed leaves it, a counter's
/// `next_value` is the next number to use.
public final class Ids {

    private Ids() {
    }

    /// The next id `<prefix><number, zero-padded to width>` whose row does not exist yet in `table`: a row
    /// written without moving the counter (fixtures, an older seed) is skipped rather than overwritten.
    public static String next(Handle h, String counter, String prefix, int width, String table, String idColumn) {
        while (true) {
            String id = format(prefix, nextValue(h, counter), width);
            boolean taken = h.createQuery("SELECT COUNT(*) FROM " + table + " WHERE " + idColumn + " = :id")
                    .bind("id", id).mapTo(Integer.class).one() > 0;
            if (!taken) {
                return id;
            }
        }
    }

    public static String format(String prefix, long number, int width) {
        String digits = Long.toString(number);
        return digits.length() >= width ? prefix + digits : prefix + "0".repeat(width - digits.length()) + digits;
    }

    /// Takes the counter's next number and moves it on; a missing counter starts at 1.
    public static long nextValue(Handle h, String counter) {
        int updated = h.createUpdate("UPDATE counters SET next_value = next_value + 1 WHERE name = :n")
                .bind("n", counter).execute();
        if (updated == 0) {
            h.createUpdate("INSERT INTO counters (name, next_value) VALUES (:n, 2)").bind("n", counter).execute();
        }
        return h.createQuery("SELECT next_value FROM counters WHERE name = :n").bind("n", counter)
                .mapTo(Long.class).one() - 1;
    }
}
