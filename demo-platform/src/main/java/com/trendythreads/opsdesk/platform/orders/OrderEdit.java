package com.trendythreads.opsdesk.platform.orders;

import com.trendythreads.opsdesk.api.dto.common.Address;
import com.trendythreads.opsdesk.api.dto.common.OrderChannel;
import com.trendythreads.opsdesk.api.dto.orders.FulfilmentStatus;
import com.trendythreads.opsdesk.api.dto.orders.Order;
import com.trendythreads.opsdesk.api.dto.orders.OrderCustomer;
import com.trendythreads.opsdesk.api.dto.orders.OrderLine;
import com.trendythreads.opsdesk.api.dto.orders.OrderReturn;
import com.trendythreads.opsdesk.api.dto.orders.OrderStatus;
import com.trendythreads.opsdesk.api.dto.orders.Payment;
import com.trendythreads.opsdesk.api.dto.orders.PaymentStatus;
import com.trendythreads.opsdesk.api.dto.orders.Refund;
import com.trendythreads.opsdesk.api.dto.orders.Shipment;
import com.trendythreads.opsdesk.api.dto.orders.TimelineEvent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/// A mutable working copy of an [Order]: the record has 31 components, and every state change touches a
/// few of them plus version and updatedAt. [#done] turns it back into the record at version + 1.
public final class OrderEdit {

    public String id;
    public String number;
    public Instant placedAt;
    public OrderChannel channel;
    public String locationId;
    public OrderStatus status;
    public PaymentStatus paymentStatus;
    public FulfilmentStatus fulfilmentStatus;
    public OrderCustomer customer;
    public Address shippingAddress;
    public Address billingAddress;
    public final List<OrderLine> lines;
    public long subtotalCents;
    public long discountCents;
    public long shippingCents;
    public long taxCents;
    public long totalCents;
    public long refundedCents;
    public final List<String> promoCodes;
    public String campaignId;
    public final List<Payment> payments;
    public final List<Refund> refunds;
    public final List<OrderReturn> returns;
    public final List<TimelineEvent> timeline;
    public Shipment shipment;
    public String pickListId;
    public String exchangeForOrderId;
    public boolean flagged;
    private final long version;

    public OrderEdit(Order o) {
        id = o.id();
        number = o.number();
        placedAt = o.placedAt();
        channel = o.channel();
        locationId = o.locationId();
        status = o.status();
        paymentStatus = o.paymentStatus();
        fulfilmentStatus = o.fulfilmentStatus();
        customer = o.customer();
        shippingAddress = o.shippingAddress();
        billingAddress = o.billingAddress();
        lines = new ArrayList<>(o.lines());
        subtotalCents = o.subtotalCents();
        discountCents = o.discountCents();
        shippingCents = o.shippingCents();
        taxCents = o.taxCents();
        totalCents = o.totalCents();
        refundedCents = o.refundedCents();
        promoCodes = new ArrayList<>(o.promoCodes() == null ? List.of() : o.promoCodes());
        campaignId = o.campaignId();
        payments = new ArrayList<>(o.payments() == null ? List.of() : o.payments());
        refunds = new ArrayList<>(o.refunds() == null ? List.of() : o.refunds());
        returns = new ArrayList<>(o.returns() == null ? List.of() : o.returns());
        timeline = new ArrayList<>(o.timeline() == null ? List.of() : o.timeline());
        shipment = o.shipment();
        pickListId = o.pickListId();
        exchangeForOrderId = o.exchangeForOrderId();
        flagged = o.flagged();
        version = o.version();
    }

    public OrderEdit event(Instant at, TimelineEvent.Type type, String by, String detail) {
        timeline.add(new TimelineEvent(at, type, by, detail));
        return this;
    }

    /// Money captured minus money refunded so far.
    public long capturedCents() {
        return payments.stream().filter(p -> p.kind() == Payment.Kind.CAPTURE).mapToLong(Payment::amountCents).sum();
    }

    /// The masked account of the capture, where refunds go back to.
    public String paymentAccount() {
        return payments.stream().filter(p -> p.kind() == Payment.Kind.CAPTURE).map(Payment::account).findFirst()
                .orElse(null);
    }

    public Payment.Method paymentMethod() {
        return payments.stream().filter(p -> p.kind() == Payment.Kind.CAPTURE).map(Payment::method).findFirst()
                .orElse(Payment.Method.CARD);
    }

    /// The record at the next version, updated at `now`.
    public Order done(Instant now) {
        return new Order(id, number, placedAt, channel, locationId, status, paymentStatus, fulfilmentStatus, customer,
                shippingAddress, billingAddress, List.copyOf(lines), subtotalCents, discountCents, shippingCents,
                taxCents, totalCents, refundedCents, Order.Currency.EUR, List.copyOf(promoCodes), campaignId,
                List.copyOf(payments), List.copyOf(refunds), List.copyOf(returns), List.copyOf(timeline), shipment,
                pickListId, exchangeForOrderId, flagged, now, version + 1);
    }

    public static OrderLine withLine(OrderLine l, int refundedQuantity, int returnedQuantity) {
        return new OrderLine(l.id(), l.sku(), l.productId(), l.title(), l.size(), l.colour(), l.quantity(),
                l.unitPriceCents(), l.discountCents(), l.totalCents(), refundedQuantity, returnedQuantity);
    }
}
