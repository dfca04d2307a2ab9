package com.trendythreads.opsdesk.api.rules;

import com.trendythreads.opsdesk.api.dto.orders.Order;
import com.trendythreads.opsdesk.api.dto.orders.OrderLine;
import com.trendythreads.opsdesk.api.dto.orders.Payment;

/// How much a refund returns, shared by the platform (which computes the amount it pays out) and the desk
/// (which shows it in the refund dialog before anything is sent), so the two never disagree by a cent.
///
/// Prices include VAT (19 %), so a refunded line returns its tax with it; shipping is refunded only when
/// asked for, and once per order.
public final class Refunds {

    /// The VAT rate included in every price, in percent.
    public static final int VAT_PERCENT = 19;

    private Refunds() {
    }

    /// What the first `units` units of a line cost the customer: unit price × units minus the line's discount
    /// pro rata (rounded down). Refunds take differences of this, so refunding a line in parts adds up to
    /// exactly its total.
    public static long lineAmount(OrderLine line, int units) {
        return line.unitPriceCents() * units - Math.floorDiv(line.discountCents() * units, line.quantity());
    }

    /// The refund for `units` more units of a line of which `alreadyRefunded` are refunded.
    public static long nextUnits(OrderLine line, int alreadyRefunded, int units) {
        return lineAmount(line, alreadyRefunded + units) - lineAmount(line, alreadyRefunded);
    }

    /// Money captured on the order.
    public static long capturedCents(Order order) {
        return order.payments().stream().filter(p -> p.kind() == Payment.Kind.CAPTURE)
                .mapToLong(Payment::amountCents).sum();
    }

    /// Captured and not yet refunded: the most any further refund may return.
    public static long refundableCents(Order order) {
        return Math.max(0, capturedCents(order) - order.refundedCents());
    }

    /// True while the order's shipping has not been refunded.
    public static boolean shippingRefundable(Order order) {
        return order.shippingCents() > 0 && order.refunds().stream().noneMatch(r -> r.shippingCents() > 0);
    }

    /// The VAT inside a gross amount (rounded half up), as on the invoice.
    public static long vatIncluded(long grossCents) {
        return (grossCents * VAT_PERCENT + (100 + VAT_PERCENT) / 2) / (100 + VAT_PERCENT);
    }
}
