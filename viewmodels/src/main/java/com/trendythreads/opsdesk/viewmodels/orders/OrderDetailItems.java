package com.trendythreads.opsdesk.viewmodels.orders;

/// The rows of the order detail, already in words.
public final class OrderDetailItems {

    private OrderDetailItems() {
    }

    /// An order line: `refunded` and `returned` are units; `quantityText` says it all in words
    /// ("2 × €86.99 · 1 refunded").
    public record LineItem(String sku, String description, int quantity, String unitPrice, String total,
            int refunded, int returned, String quantityText) {
    }

    public record PaymentItem(String kind, String method, String amount, String when) {
    }

    /// One step of the order's life: when, what (placed, paid, …, refunded), who, detail.
    public record TimelineItem(String when, String what, String who, String detail) {
    }

    /// A ticket about this order.
    public record TicketItem(String id, String subject, String status) {
        @Override
        public String toString() {
            return subject + " (" + status + ")";
        }
    }
}
