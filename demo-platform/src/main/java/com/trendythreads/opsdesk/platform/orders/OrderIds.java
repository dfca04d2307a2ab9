package com.trendythreads.opsdesk.platform.orders;

/// Ids of things that live inside an order document (lines, payments, refunds, returns). They are derived
/// from the order id plus a position, so they are unique without a counter per kind.
public final class OrderIds {

    private OrderIds() {
    }

    /// The numeric part of an order id (`ord_00001234` → 1234); 0 when it has none.
    public static long digits(String orderId) {
        return Counters.trailingNumber(orderId);
    }

    public static String lineId(String orderId, int n) {
        return "ln_" + digits(orderId) + "_" + n;
    }
}
