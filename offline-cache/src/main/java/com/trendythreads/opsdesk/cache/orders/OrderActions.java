package com.trendythreads.opsdesk.cache.orders;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.trendythreads.opsdesk.api.Json;
import com.trendythreads.opsdesk.api.dto.orders.FulfilmentStatus;
import com.trendythreads.opsdesk.api.dto.orders.Order;
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
import com.trendythreads.opsdesk.cache.catalog.Violation;
import com.trendythreads.opsdesk.cache.outbox.LocalEdits;
import com.trendythreads.opsdesk.cache.repo.OrderRepository;
import com.trendythreads.opsdesk.cache.repo.ProductRepository;
import com.trendythreads.opsdesk.cache.repo.ReferenceRepository;
import com.trendythreads.opsdesk.cache.store.ResourceType;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/// Cancel, refund and return (RMA) of an order: each ONE outbox action through [LocalEdits] (its own
/// idempotency key, kept across retries and restarts, so a retry or a crash never refunds twice) whose
/// local patch shows the effect at once — the order CANCELLED, the refunded quantities and amounts, the
/// return under a `local-RMA-…` placeholder — until the platform's answer replaces it. The payload is
/// exactly the contract's body (`OrderCancel`, `RefundCreate`, `ReturnCreate`).
///
/// Every action is checked first with [OrderRules] against the order as the desk shows it (queued actions
/// included) and refused with [OrderRefused] before anything is written. No `If-Match` is sent: the platform
/// computes amounts and quantities from its own current order and refuses what no longer fits (409/422 →
/// a failed or conflicted entry with its reason), while an If-Match would turn every order that merely
/// moved on (paid → picking) into a conflict.
public final class OrderActions {

    private static final ObjectMapper MAPPER = Json.mapper();

    private final LocalEdits edits;
    private final OrderRepository orders;
    private final ProductRepository products;
    private final ReferenceRepository reference;
    private final Clock clock;
    private final String username;

    /// @param username who acts (the name the platform writes into `by`; shown locally until it answers)
    public OrderActions(LocalEdits edits, OrderRepository orders, ProductRepository products,
            ReferenceRepository reference, Clock clock, String username) {
        this.edits = Objects.requireNonNull(edits, "edits");
        this.orders = Objects.requireNonNull(orders, "orders");
        this.products = Objects.requireNonNull(products, "products");
        this.reference = Objects.requireNonNull(reference, "reference");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.username = Objects.requireNonNull(username, "username");
    }

    /// `POST v1/orders/{id}/cancel`; shows CANCELLED (and everything captured refunded) at once.
    public long cancel(String orderId, String reason) {
        Order order = require(orderId);
        refuseIf(OrderRules.checkCancel(order, reason));
        ObjectNode body = JsonNodeFactory.instance.objectNode().put("reason", reason.strip());
        long captured = Refunds.capturedCents(order);
        ObjectNode local = JsonNodeFactory.instance.objectNode().put("status", OrderStatus.CANCELLED.name());
        if (captured > 0) {
            local.put("paymentStatus", PaymentStatus.REFUNDED.name()).put("refundedCents", captured);
        }
        local.set("timeline", timeline(order, TimelineEvent.Type.CANCELLED, reason.strip()));
        return edits.action(ResourceType.ORDER, orderId, "cancel", body, local, false,
                "Cancel order " + order.number() + ": " + reason.strip());
    }

    /// `POST v1/orders/{id}/refunds`; shows the refunded quantities, the refund (under a `local-refund-…` id)
    /// and the new refunded total at once.
    public long refund(String orderId, RefundCreate request) {
        Order order = require(orderId);
        OrderRules.RefundPreview preview = OrderRules.previewRefund(order, request);
        refuseIf(preview.refusals());
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        ArrayNode lines = body.putArray("lines");
        for (RefundCreate.Line l : request.lines()) {
            lines.addObject().put("lineId", l.lineId()).put("quantity", l.quantity());
        }
        if (request.includeShipping() != null) {
            body.put("includeShipping", request.includeShipping());
        }
        body.put("reason", request.reason().strip());

        Instant now = clock.instant();
        Map<String, Integer> more = new HashMap<>();
        request.lines().forEach(l -> more.merge(l.lineId(), l.quantity(), Integer::sum));
        List<RefundLine> refundLines = new ArrayList<>();
        request.lines().forEach(l -> refundLines.add(new RefundLine(l.lineId(), l.quantity(), 0)));
        // per line the preview's amount (a line named twice gets its sum on the first)
        List<RefundLine> shown = new ArrayList<>();
        Map<String, Boolean> done = new HashMap<>();
        for (RefundLine rl : refundLines) {
            long cents = done.putIfAbsent(rl.lineId(), true) == null ? preview.lineCents().getOrDefault(rl.lineId(), 0L) : 0;
            shown.add(new RefundLine(rl.lineId(), rl.quantity(), cents));
        }
        long refunded = order.refundedCents() + preview.totalCents();
        List<Refund> refunds = new ArrayList<>(order.refunds());
        refunds.add(new Refund(LocalEdits.LOCAL_ID_PREFIX + "refund-" + now.toEpochMilli(), preview.totalCents(), shown,
                preview.shippingCents(), request.reason().strip(), username, now));
        List<Payment> payments = new ArrayList<>(order.payments());
        payments.add(new Payment(LocalEdits.LOCAL_ID_PREFIX + "payment-" + now.toEpochMilli(), Payment.Kind.REFUND,
                method(order), preview.totalCents(), now));
        ObjectNode local = JsonNodeFactory.instance.objectNode();
        local.set("lines", lines(order, more, Map.of()));
        local.set("refunds", MAPPER.valueToTree(refunds));
        local.set("payments", MAPPER.valueToTree(payments));
        local.put("refundedCents", refunded);
        local.put("paymentStatus", (refunded >= Refunds.capturedCents(order) ? PaymentStatus.REFUNDED
                : PaymentStatus.PARTIALLY_REFUNDED).name());
        local.set("timeline", timeline(order, TimelineEvent.Type.REFUNDED,
                preview.totalCents() + " cents: " + request.reason().strip()));
        return edits.action(ResourceType.ORDER, orderId, "refunds", body, local, false,
                "Refund " + preview.totalCents() + " cents for " + preview.units() + " item(s) of " + order.number()
                        + ": " + request.reason().strip());
    }

    /// `POST v1/orders/{id}/returns`; shows the return under a `local-RMA-…` placeholder (the platform
    /// assigns the RMA number; an exchange's replacement order appears with its answer) and the returned
    /// quantities at once.
    public long createReturn(String orderId, ReturnCreate request) {
        Order order = require(orderId);
        refuseIf(OrderRules.checkReturn(order, request, sku -> products.bySku(sku).isPresent(),
                id -> reference.location(id).isPresent()));
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        ArrayNode lines = body.putArray("lines");
        boolean exchange = request.resolution() == ReturnCreate.Resolution.EXCHANGE;
        for (ReturnLine l : request.lines()) {
            ObjectNode n = lines.addObject().put("lineId", l.lineId()).put("quantity", l.quantity())
                    .put("reason", l.reason().name());
            if (exchange) {
                n.put("exchangeSku", l.exchangeSku());
            }
        }
        body.put("resolution", request.resolution().name());
        String restockAt = exchange ? null
                : request.restockLocationId() == null ? order.locationId() : request.restockLocationId();
        if (!exchange && request.restockLocationId() != null) {
            body.put("restockLocationId", request.restockLocationId());
        }

        Instant now = clock.instant();
        Map<String, Integer> more = new HashMap<>();
        request.lines().forEach(l -> more.merge(l.lineId(), l.quantity(), Integer::sum));
        List<OrderReturn> returns = new ArrayList<>(order.returns());
        List<ReturnLine> shownLines = request.lines().stream()
                .map(l -> new ReturnLine(l.lineId(), l.quantity(), l.reason(), exchange ? l.exchangeSku() : null))
                .toList();
        returns.add(new OrderReturn(LocalEdits.LOCAL_ID_PREFIX + "RMA-" + now.toEpochMilli(),
                OrderReturn.Status.REQUESTED, exchange ? OrderReturn.Resolution.EXCHANGE : OrderReturn.Resolution.RESTOCK,
                restockAt, shownLines, null, username, now));
        ObjectNode local = JsonNodeFactory.instance.objectNode();
        ArrayNode newLines = lines(order, Map.of(), more);
        local.set("lines", newLines);
        local.set("returns", MAPPER.valueToTree(returns));
        boolean all = true;
        for (JsonNode l : newLines) {
            all &= l.path("returnedQuantity").asInt() >= l.path("quantity").asInt();
        }
        local.put("fulfilmentStatus", (all ? FulfilmentStatus.RETURNED : FulfilmentStatus.PARTIALLY_RETURNED).name());
        local.set("timeline", timeline(order, TimelineEvent.Type.RETURN_REQUESTED, "RMA pending"));
        int units = more.values().stream().mapToInt(Integer::intValue).sum();
        return edits.action(ResourceType.ORDER, orderId, "returns", body, local, false,
                (exchange ? "Exchange " : "Return ") + units + " item(s) of " + order.number()
                        + (exchange ? "" : " (restock at " + restockAt + ")"));
    }

    private Order require(String orderId) {
        return orders.get(orderId).orElseThrow(() -> new IllegalArgumentException("No cached order " + orderId));
    }

    private static void refuseIf(List<Violation> violations) {
        if (!violations.isEmpty()) {
            throw new OrderRefused(violations);
        }
    }

    /// Every line as it shows now with more refunded / returned units (a merge patch replaces arrays whole).
    private static ArrayNode lines(Order order, Map<String, Integer> refunded, Map<String, Integer> returned) {
        ArrayNode out = JsonNodeFactory.instance.arrayNode();
        for (OrderLine l : order.lines()) {
            ObjectNode n = MAPPER.valueToTree(l);
            n.put("refundedQuantity", l.refundedQuantity() + refunded.getOrDefault(l.id(), 0));
            n.put("returnedQuantity", l.returnedQuantity() + returned.getOrDefault(l.id(), 0));
            out.add(n);
        }
        return out;
    }

    private ArrayNode timeline(Order order, TimelineEvent.Type type, String detail) {
        List<TimelineEvent> events = new ArrayList<>(order.timeline() == null ? List.of() : order.timeline());
        events.add(new TimelineEvent(clock.instant(), type, username, detail));
        return MAPPER.valueToTree(events);
    }

    private static Payment.Method method(Order order) {
        return order.payments().stream().filter(p -> p.kind() == Payment.Kind.CAPTURE).map(Payment::method)
                .findFirst().orElse(Payment.Method.CARD);
    }
}
