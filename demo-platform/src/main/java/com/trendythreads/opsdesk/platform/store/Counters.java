package com.trendythreads.opsdesk.platform.store;

import java.util.Optional;
import org.jdbi.v3.core.Handle;

/// Every prefixed id the platform makes, allocated from the `counters` table. The seeder
/// (`platform.seed.FashionSeeder`) writes the same ids in the same formats and leaves each counter's
/// `next_value` at the next number to use, so ids made at runtime continue where the seed stopped.
///
/// Call [#next] only inside a write: the platform's single write lock makes read-after-increment safe.
public final class Counters {

    /// One id sequence: its `counters` row, its format (`prefix` + the number zero-padded to `width`
    /// digits; a longer number is written in full) and, for ids that are a table's key, where they live.
    public enum Sequence {
        PRODUCT("product", "prd_", 6, "products", "id"),
        MEDIA("media", "med_", 7, "media", "id"),
        CUSTOMER("customer", "cus_", 7, "customers", "id"),
        ORDER("order", "ord_", 7, "orders", "id"),
        /// The numeric part of an order's business number `TT-1000001`.
        ORDER_NUMBER("order_number", "TT-", 7, "orders", "number"),
        ORDER_LINE("line", "ln_", 8),
        PAYMENT("payment", "pay_", 8),
        REFUND("refund", "ref_", 7),
        RETURN("return", "RMA-", 7),
        PICK_LIST("pick_list", "pl_", 6, "pick_lists", "id"),
        REVIEW("review", "rev_", 7, "reviews", "id"),
        TICKET("ticket", "tkt_", 6, "tickets", "id"),
        TICKET_MESSAGE("message", "msg_", 8),
        CAMPAIGN("campaign", "cmp_", 6, "campaigns", "id"),
        MACRO("macro", "mac_", 3, "macros", "id"),
        TRANSFER("transfer", "trf_", 6, "transfers", "id"),
        GDPR_REQUEST("gdpr", "gdpr_", 6, "gdpr_requests", "id"),
        LOYALTY_ADJUSTMENT("loyalty", "loy_", 7),
        /// Segments pushed from a desk (the seeded ones have names for ids: `seg_vip`).
        SEGMENT("segment", "seg_d", 6, "segments", "id"),
        // lane supply (issue #11)
        SUPPLIER("supplier", "sup_", 3, "suppliers", "id"),
        PURCHASE_ORDER("purchase_order", "po_", 6, "purchase_orders", "id");

        private final String counter;
        private final String prefix;
        private final int width;
        private final String table;
        private final String column;

        Sequence(String counter, String prefix, int width, String table, String column) {
            this.counter = counter;
            this.prefix = prefix;
            this.width = width;
            this.table = table;
            this.column = column;
        }

        /// Ids that live only inside documents (order lines, payments, …): no table to check them against.
        Sequence(String counter, String prefix, int width) {
            this(counter, prefix, width, null, null);
        }

        /// The name of its row in `counters`.
        public String counter() {
            return counter;
        }

        public String prefix() {
            return prefix;
        }

        /// Whether its ids are a table's key (and so checked against it), rather than inside documents.
        public boolean keyed() {
            return table != null;
        }

        /// `prefix` + `number` zero-padded to the sequence's width: `PRODUCT.format(12)` is `prd_000012`.
        public String format(long number) {
            String digits = Long.toString(number);
            return digits.length() >= width ? prefix + digits : prefix + "0".repeat(width - digits.length()) + digits;
        }
    }

    private Counters() {
    }

    /// The next id of `sequence`, moving its counter on.
    ///
    /// A counter that does not exist yet (a database not made by the seeder) starts after the highest
    /// number already in the sequence's table, or at 1 for ids inside documents. An id whose row already
    /// exists (written by fixtures or an older seed without moving the counter) is skipped, never reused.
    public static String next(Handle h, Sequence sequence) {
        while (true) {
            String id = sequence.format(nextNumber(h, sequence));
            if (!sequence.keyed() || !taken(h, sequence, id)) {
                return id;
            }
        }
    }

    private static long nextNumber(Handle h, Sequence s) {
        int updated = h.createUpdate("UPDATE counters SET next_value = next_value + 1 WHERE name = :name")
                .bind("name", s.counter).execute();
        if (updated == 0) {
            long first = (s.keyed() ? highestNumber(h, s) : 0) + 1;
            h.createUpdate("INSERT INTO counters (name, next_value) VALUES (:name, :value)")
                    .bind("name", s.counter).bind("value", first + 1).execute();
            return first;
        }
        return h.createQuery("SELECT next_value FROM counters WHERE name = :name")
                .bind("name", s.counter).mapTo(Long.class).one() - 1;
    }

    private static boolean taken(Handle h, Sequence s, String id) {
        return h.createQuery("SELECT COUNT(*) FROM " + s.table + " WHERE " + s.column + " = :id")
                .bind("id", id).mapTo(Integer.class).one() > 0;
    }

    /// The highest number among the sequence's ids in its table; 0 when there are none. Longer values
    /// sort first so `ord_1000` beats `ord_999` without parsing every row.
    static long highestNumber(Handle h, Sequence s) {
        Optional<String> top = h.createQuery("SELECT " + s.column + " FROM " + s.table + " WHERE " + s.column
                        + " LIKE :prefix ORDER BY LENGTH(" + s.column + ") DESC, " + s.column + " DESC LIMIT 1")
                .bind("prefix", s.prefix + "%")
                .mapTo(String.class).findOne();
        return top.map(v -> trailingNumber(v.substring(s.prefix.length()))).orElse(0L);
    }

    static long trailingNumber(String s) {
        int i = s.length();
        while (i > 0 && Character.isDigit(s.charAt(i - 1))) {
            i--;
        }
        String digits = s.substring(i);
        return digits.isEmpty() || digits.length() > 18 ? 0 : Long.parseLong(digits);
    }
}
