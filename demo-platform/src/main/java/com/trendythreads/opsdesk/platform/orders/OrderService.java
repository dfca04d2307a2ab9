package com.trendythreads.opsdesk.platform.orders;

import com.trendythreads.opsdesk.api.dto.fulfilment.PickList;
import com.trendythreads.opsdesk.api.dto.inventory.MovementType;
import com.trendythreads.opsdesk.api.dto.orders.FulfilmentStatus;
import com.trendythreads.opsdesk.api.dto.orders.Order;
import com.trendythreads.opsdesk.api.dto.orders.OrderCancel;
import com.trendythreads.opsdesk.api.dto.orders.OrderLine;
import com.trendythreads.opsdesk.api.dto.orders.OrderReturn;
import com.trendythreads.opsdesk.api.dto.orders.OrderStatus;
import com.trendythreads.opsdesk.api.dto.orders.Payment;
import com.trendythreads.opsdesk.api.dto.orders.PaymentStatus;
import com.trendythreads.opsdesk.api.dto.orders.Refund;
import com.trendythreads.opsdesk.api.dto.orders.RefundCreate;
import com.trendythreads.opsdesk.api.dto.orders.RefundLine;
import com.trendythreads.opsdesk.api.dto.orders.ReturnCreate;
import com.trendythreads.opsdesk.api.dto.orders.ReturnLine;
import com.trendythreads.opsdesk.api.dto.orders.TimelineEvent;
import com.trendythreads.opsdesk.api.rules.Refunds;
import com.trendythreads.opsdesk.platform.fulfilment.PickLists;
import com.trendythreads.opsdesk.platform.fulfilment.PickListStore;
import com.trendythreads.opsdesk.platform.http.ApiError;
import com.trendythreads.opsdesk.platform.http.Validation;
import com.trendythreads.opsdesk.platform.inventory.StockLedger;
import com.trendythreads.opsdesk.platform.writes.Tx;
import com.trendythreads.opsdesk.platform.store.Counters;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jdbi.v3.core.Handle;

/// Order state changes: cancel, refund, return (RMA) with restock or exchange. Each method runs inside the
/// caller's write ([Tx]), records a change for every resource it touches, and returns the order after it.
public final class OrderService {

    private static final Set<OrderStatus> SHIPPED_OR_LATER = Set.of(OrderStatus.SHIPPED, OrderStatus.DELIVERED);

    private final OrderStore orders;
    private final PickListStore pickLists;
    private final StockLedger stock;

    public OrderService(OrderStore orders, PickListStore pickLists, StockLedger stock) {
        this.orders = orders;
        this.pickLists = pickLists;
        this.stock = stock;
    }

    public Order load(Handle h, String orderId) {
        return orders.find(h, orderId).orElseThrow(() -> ApiError.notFound("Order '" + orderId + "' does not exist"));
    }

    /// Cancels an order that has not shipped: stock released, everything captured refunded, its open pick
    /// lines dropped from their pick lists.
    ///
    /// @param amountCheck called with what the cancel would refund (captured − refunded) before anything is
    ///                    written (the step-up gate of `x-step-up: {minAmountCents}`); it throws to refuse
    public Order cancel(Tx tx, String orderId, OrderCancel body, IfMatch ifMatch,
                        java.util.function.LongConsumer amountCheck) {
        Validation.forBody()
                .require("reason", body.reason())
                .maxLength("reason", body.reason(), 500)
                .throwIfAny();
        Order order = load(tx.handle(), orderId);
        ifMatch.check(order.version(), () -> order);
        if (SHIPPED_OR_LATER.contains(order.status())) {
            throw ApiError.conflict("order-shipped", "Order " + order.number() + " has already shipped ("
                    + order.status() + "); create a return instead");
        }
        if (order.status() == OrderStatus.CANCELLED) {
            throw ApiError.conflict("order-cancelled", "Order " + order.number() + " is already cancelled");
        }
        String by = tx.principal().username();
        OrderEdit e = new OrderEdit(order);
        long captured = e.capturedCents();
        long refundable = captured - e.refundedCents;
        // before the stock release: a refused step-up must leave stock, payments and status as they were
        amountCheck.accept(Math.max(0, refundable));
        for (OrderLine line : order.lines()) {
            stock.release(tx, order.locationId(), line.sku(), line.quantity());
        }
        if (refundable > 0) {
            e.payments.add(new Payment(Counters.next(tx.handle(), Counters.Sequence.PAYMENT), Payment.Kind.REFUND, e.paymentMethod(),
                    refundable, tx.now(), e.paymentAccount()));
            e.refundedCents += refundable;
        }
        if (captured > 0) {
            e.paymentStatus = PaymentStatus.REFUNDED;
        }
        e.status = OrderStatus.CANCELLED;
        e.event(tx.now(), TimelineEvent.Type.CANCELLED, by, body.reason());
        for (PickList list : pickLists.openListsWithOrder(tx.handle(), orderId)) {
            pickLists.update(tx, PickLists.withoutOpenLinesOf(list, orderId, tx.now()));
        }
        OrderStore.markCancelled(tx.handle(), orderId);
        Order after = e.done(tx.now());
        orders.update(tx, after);
        return after;
    }

    /// Refunds lines (and optionally shipping). The amount is computed here, never taken from the client.
    public Order refund(Tx tx, String orderId, RefundCreate body, IfMatch ifMatch) {
        return refund(tx, orderId, body, ifMatch, amountCents -> { });
    }

    /// @param amountCheck called with the refund's amount once it is known, before anything is written (the
    ///                    step-up gate of `x-step-up: {minAmountCents}`); it throws to refuse
    public Order refund(Tx tx, String orderId, RefundCreate body, IfMatch ifMatch,
                        java.util.function.LongConsumer amountCheck) {
        Order order = load(tx.handle(), orderId);
        Validation v = Validation.forBody();
        v.require("lines", body.lines()).require("reason", body.reason()).maxLength("reason", body.reason(), 500);
        Map<String, OrderLine> byId = linesById(order);
        Map<String, Integer> taken = new HashMap<>();
        List<RefundLine> refundLines = new ArrayList<>();
        List<RefundCreate.Line> lines = body.lines() == null ? List.of() : body.lines();
        for (int i = 0; i < lines.size(); i++) {
            RefundCreate.Line l = lines.get(i);
            String path = "lines[" + i + "]";
            if (l == null) {
                v.check(false, path, "is required");
                continue;
            }
            OrderLine line = l.lineId() == null ? null : byId.get(l.lineId());
            v.require(path + ".lineId", l.lineId());
            v.check(l.lineId() == null || line != null, path + ".lineId", "is not a line of order " + order.number());
            v.require(path + ".quantity", l.quantity()).min(path + ".quantity", l.quantity(), 1);
            if (line == null || l.quantity() == null || l.quantity() < 1) {
                continue;
            }
            int already = line.refundedQuantity() + taken.getOrDefault(line.id(), 0);
            int left = line.quantity() - already;
            if (l.quantity() > left) {
                v.check(false, path + ".quantity", "must be at most " + left + " (ordered " + line.quantity()
                        + ", refunded " + already + ")");
                continue;
            }
            taken.merge(line.id(), l.quantity(), Integer::sum);
            refundLines.add(new RefundLine(line.id(), l.quantity(),
                    Refunds.nextUnits(line, already, l.quantity())));
        }
        boolean withShipping = Boolean.TRUE.equals(body.includeShipping());
        boolean shippingDone = order.refunds().stream().anyMatch(r -> r.shippingCents() > 0);
        v.check(!(withShipping && shippingDone), "includeShipping", "shipping was already refunded");
        v.throwIfAny();
        ifMatch.check(order.version(), () -> order);

        OrderEdit e = new OrderEdit(order);
        long captured = e.capturedCents();
        if (order.status() == OrderStatus.CANCELLED || captured == 0) {
            throw ApiError.conflict("nothing-to-refund", "Order " + order.number() + " has no captured payment left to"
                    + " refund (" + (order.status() == OrderStatus.CANCELLED ? "cancelled" : order.paymentStatus()) + ")");
        }
        long shipping = withShipping ? order.shippingCents() : 0;
        long amount = refundLines.stream().mapToLong(RefundLine::amountCents).sum() + shipping;
        long remaining = captured - e.refundedCents;
        if (amount > remaining) {
            throw ApiError.conflict("refund-exceeds-paid", "This refund of " + amount + " cents exceeds the "
                    + remaining + " cents captured and not yet refunded");
        }
        amountCheck.accept(amount);
        String by = tx.principal().username();
        e.refunds.add(new Refund(Counters.next(tx.handle(), Counters.Sequence.REFUND), amount, refundLines, shipping, body.reason(), by,
                tx.now()));
        e.payments.add(new Payment(Counters.next(tx.handle(), Counters.Sequence.PAYMENT), Payment.Kind.REFUND, e.paymentMethod(),
                amount, tx.now(), e.paymentAccount()));
        e.refundedCents += amount;
        e.paymentStatus = e.refundedCents >= captured ? PaymentStatus.REFUNDED : PaymentStatus.PARTIALLY_REFUNDED;
        for (int i = 0; i < e.lines.size(); i++) {
            OrderLine line = e.lines.get(i);
            int more = taken.getOrDefault(line.id(), 0);
            if (more > 0) {
                e.lines.set(i, OrderEdit.withLine(line, line.refundedQuantity() + more, line.returnedQuantity()));
            }
        }
        for (RefundLine rl : refundLines) {
            OrderStore.addRefunded(tx.handle(), order.id(), rl.lineId(), rl.amountCents());
        }
        e.event(tx.now(), TimelineEvent.Type.REFUNDED, by, amount + " cents: " + body.reason());
        Order after = e.done(tx.now());
        orders.update(tx, after);
        return after;
    }

    /// A return (RMA) of shipped lines, restocked or exchanged for other SKUs on a replacement order.
    public Order createReturn(Tx tx, String orderId, ReturnCreate body, IfMatch ifMatch) {
        Handle h = tx.handle();
        Order order = load(h, orderId);
        Validation v = Validation.forBody();
        v.require("lines", body.lines()).require("resolution", body.resolution());
        boolean exchange = body.resolution() == ReturnCreate.Resolution.EXCHANGE;
        String restockAt = body.restockLocationId() == null ? order.locationId() : body.restockLocationId();
        if (body.resolution() == ReturnCreate.Resolution.RESTOCK) {
            boolean exists = h.createQuery("SELECT COUNT(*) FROM locations WHERE id = :id").bind("id", restockAt)
                    .mapTo(Integer.class).one() > 0;
            v.check(exists, "restockLocationId", "location '" + restockAt + "' does not exist");
        }
        Map<String, OrderLine> byId = linesById(order);
        Map<String, Integer> taken = new HashMap<>();
        Map<String, Skus> exchangeSkus = new LinkedHashMap<>();
        List<ReturnLine> lines = body.lines() == null ? List.of() : body.lines();
        for (int i = 0; i < lines.size(); i++) {
            ReturnLine l = lines.get(i);
            String path = "lines[" + i + "]";
            if (l == null) {
                v.check(false, path, "is required");
                continue;
            }
            OrderLine line = l.lineId() == null ? null : byId.get(l.lineId());
            v.require(path + ".lineId", l.lineId());
            v.check(l.lineId() == null || line != null, path + ".lineId", "is not a line of order " + order.number());
            v.require(path + ".reason", l.reason());
            v.require(path + ".quantity", l.quantity()).min(path + ".quantity", l.quantity(), 1);
            if (exchange) {
                v.require(path + ".exchangeSku", l.exchangeSku());
                if (l.exchangeSku() != null && !l.exchangeSku().isBlank()) {
                    var sku = Skus.find(h, l.exchangeSku());
                    v.check(sku.isPresent(), path + ".exchangeSku", "SKU '" + l.exchangeSku() + "' does not exist");
                    sku.ifPresent(s -> exchangeSkus.put(s.sku(), s));
                }
            }
            if (line != null && l.quantity() != null && l.quantity() >= 1) {
                int already = line.returnedQuantity() + taken.getOrDefault(line.id(), 0);
                int left = line.quantity() - already;
                v.check(l.quantity() <= left, path + ".quantity", "must be at most " + left + " (ordered "
                        + line.quantity() + ", returned " + already + ")");
                if (l.quantity() <= left) {
                    taken.merge(line.id(), l.quantity(), Integer::sum);
                }
            }
        }
        v.throwIfAny();
        ifMatch.check(order.version(), () -> order);
        if (!SHIPPED_OR_LATER.contains(order.status())) {
            throw ApiError.conflict("order-not-shipped", "Order " + order.number() + " is " + order.status()
                    + "; only shipped or delivered orders can be returned (cancel it instead)");
        }

        String by = tx.principal().username();
        OrderEdit e = new OrderEdit(order);
        String rma = Counters.next(h, Counters.Sequence.RETURN);
        String exchangeOrderId = null;
        if (exchange) {
            Order replacement = replacementOrder(tx, order, lines, exchangeSkus);
            exchangeOrderId = replacement.id();
        } else {
            for (ReturnLine l : lines) {
                OrderLine line = byId.get(l.lineId());
                stock.receive(tx, restockAt, line.sku(), l.quantity(), MovementType.RETURN, order.id(),
                        "Return " + rma + " (" + l.reason() + ")");
            }
        }
        e.returns.add(new OrderReturn(rma, OrderReturn.Status.REQUESTED,
                exchange ? OrderReturn.Resolution.EXCHANGE : OrderReturn.Resolution.RESTOCK,
                exchange ? null : restockAt, List.copyOf(lines), exchangeOrderId, by, tx.now()));
        boolean all = true;
        for (int i = 0; i < e.lines.size(); i++) {
            OrderLine line = e.lines.get(i);
            int more = taken.getOrDefault(line.id(), 0);
            if (more > 0) {
                line = OrderEdit.withLine(line, line.refundedQuantity(), line.returnedQuantity() + more);
                e.lines.set(i, line);
                OrderStore.addReturned(h, order.id(), line.id(), more);
            }
            all &= line.returnedQuantity() >= line.quantity();
        }
        e.fulfilmentStatus = all ? FulfilmentStatus.RETURNED : FulfilmentStatus.PARTIALLY_RETURNED;
        e.event(tx.now(), TimelineEvent.Type.RETURN_REQUESTED, by, rma);
        if (exchange) {
            e.event(tx.now(), TimelineEvent.Type.EXCHANGED, by, "Replacement order " + exchangeOrderId);
        }
        Order after = e.done(tx.now());
        orders.update(tx, after);
        return after;
    }

    private Order replacementOrder(Tx tx, Order original, List<ReturnLine> lines, Map<String, Skus> skus) {
        Handle h = tx.handle();
        String id = OrderStore.nextId(h);
        List<OrderLine> newLines = new ArrayList<>();
        Map<String, String> categories = new HashMap<>();
        for (ReturnLine l : lines) {
            Skus s = skus.get(l.exchangeSku());
            newLines.add(new OrderLine(Counters.next(h, Counters.Sequence.ORDER_LINE), s.sku(), s.productId(), s.title(),
                    s.size(), s.colour(), l.quantity(), 0, 0, 0, 0, 0));
            categories.put(s.sku(), s.categoryId());
        }
        String by = tx.principal().username();
        Order replacement = new Order(id, OrderStore.nextNumber(h), tx.now(), original.channel(), original.locationId(),
                OrderStatus.PAID, PaymentStatus.PAID, FulfilmentStatus.UNFULFILLED, original.customer(),
                original.shippingAddress(), original.billingAddress(), newLines, 0, 0, 0, 0, 0, 0, Order.Currency.EUR,
                List.of(), null, List.of(), List.of(), List.of(),
                List.of(new TimelineEvent(tx.now(), TimelineEvent.Type.PLACED, by, "Exchange for order "
                        + original.number())), null, null, original.id(), false, tx.now(), 1);
        for (OrderLine line : newLines) {
            stock.commit(tx, original.locationId(), line.sku(), line.quantity());
        }
        orders.insert(tx, replacement, categories);
        return replacement;
    }

    private static Map<String, OrderLine> linesById(Order order) {
        Map<String, OrderLine> byId = new HashMap<>();
        order.lines().forEach(l -> byId.put(l.id(), l));
        return byId;
    }
}
