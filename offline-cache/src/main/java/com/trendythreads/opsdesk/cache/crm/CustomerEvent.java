package com.trendythreads.opsdesk.cache.crm;

import java.time.Instant;
import java.util.Objects;

/// One thing that happened to a customer, for the 360's timeline.
///
/// @param recordId    the order, ticket or review it belongs to (null for loyalty and consents)
/// @param label       what names it for people: an order's number, a ticket's subject, a review's title
/// @param amountCents the money involved (an order's total, a refund's amount), or null
/// @param points      a number that goes with the kind: the signed points of a loyalty adjustment, a
///                    review's rating (1–5), the units of a return; 0 otherwise
/// @param detail      free text from the record: a refund's or adjustment's reason, a review's rating, the
///                    consents as they stand; may be empty
public record CustomerEvent(Instant at, Kind kind, String recordId, String label, Long amountCents, int points,
        String detail) {

    public enum Kind {
        ORDER_PLACED, ORDER_SHIPPED, ORDER_CANCELLED, ORDER_RETURNED, ORDER_REFUNDED,
        TICKET_OPENED, TICKET_SOLVED, REVIEW, LOYALTY_ADJUSTED, CONSENTS_CHANGED
    }

    public CustomerEvent {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(kind, "kind");
        label = label == null ? "" : label;
        detail = detail == null ? "" : detail;
    }

    /// Whether the event opens an order (placed, shipped, cancelled, returned, refunded).
    public boolean isOrder() {
        return kind.name().startsWith("ORDER_");
    }

    /// Whether the event opens a ticket.
    public boolean isTicket() {
        return kind.name().startsWith("TICKET_");
    }
}
