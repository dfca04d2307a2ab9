package com.trendythreads.opsdesk.platform.orders;

import org.jdbi.v3.core.Handle;

/// Ids of the things that live inside an order document (lines, payments, refunds, returns), from the
/// seed's counters and in the seed's formats (`ln_00000001`, `pay_00000001`, `ref_0000001`, `RMA-0000001`).
/// They live only inside documents, so a missing counter starts at 1... unless the seed made it.
public final class OrderIds {

    private OrderIds() {
    }

    public static String lineId(Handle h) {
        return Counters.format("ln_", Counters.next(h, "line", 0), 8);
    }

    public static String paymentId(Handle h) {
        return Counters.format("pay_", Counters.next(h, "payment", 0), 8);
    }

    public static String refundId(Handle h) {
        return Counters.format("ref_", Counters.next(h, "refund", 0), 7);
    }

    public static String returnId(Handle h) {
        return Counters.format("RMA-", Counters.next(h, "return", 0), 7);
    }
}
