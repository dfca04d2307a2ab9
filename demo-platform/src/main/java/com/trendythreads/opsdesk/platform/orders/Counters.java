package com.trendythreads.opsdesk.platform.orders;

import java.util.Optional;
import org.jdbi.v3.core.Handle;

/// Id allocation from the `counters` table, inside the caller's write transaction (the platform's single
/// write lock makes read-after-increment safe).
///
/// `next_value` is the next number to use (as the seed leaves it). A counter that does not exist yet
/// starts after the highest number already used in its table, so ids never collide with existing rows.
public final class Counters {

    private Counters() {
    }

    /// The next number of `name` (and moves the counter on); a missing counter starts at `highestUsed + 1`.
    public static long next(Handle h, String name, long highestUsed) {
        int updated = h.createUpdate("UPDATE counters SET next_value = next_value + 1 WHERE name = :name")
                .bind("name", name).execute();
        if (updated == 0) {
            h.createUpdate("INSERT INTO counters (name, next_value) VALUES (:name, :value)")
                    .bind("name", name).bind("value", highestUsed + 2).execute();
        }
        return h.createQuery("SELECT next_value FROM counters WHERE name = :name")
                .bind("name", name).mapTo(Long.class).one() - 1;
    }

    /// The highest number in `column` of `table` whose values look like `<prefix><digits>`; 0 when none.
    /// Longer values sort first so `ord_1000` beats `ord_999` without parsing every row.
    public static long highestNumber(Handle h, String table, String column, String prefix) {
        Optional<String> top = h.createQuery("SELECT " + column + " FROM " + table + " WHERE " + column
                        + " LIKE :prefix ORDER BY LENGTH(" + column + ") DESC, " + column + " DESC LIMIT 1")
                .bind("prefix", prefix + "%")
                .mapTo(String.class).findOne();
        return top.map(v -> trailingNumber(v.substring(prefix.length()))).orElse(0L);
    }

    static long trailingNumber(String s) {
        int i = s.length();
        while (i > 0 && Character.isDigit(s.charAt(i - 1))) {
            i--;
        }
        String digits = s.substring(i);
        return digits.isEmpty() || digits.length() > 18 ? 0 : Long.parseLong(digits);
    }

    /// `prefix` + the number, zero-padded to `width` digits.
    public static String format(String prefix, long number, int width) {
        String digits = Long.toString(number);
        return digits.length() >= width ? prefix + digits : prefix + "0".repeat(width - digits.length()) + digits;
    }
}
