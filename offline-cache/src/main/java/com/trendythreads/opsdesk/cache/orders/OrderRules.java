package com.trendythreads.opsdesk.cache.orders;

import com.trendythreads.opsdesk.api.dto.orders.Order;
import com.trendythreads.opsdesk.api.dto.orders.OrderLine;
import com.trendythreads.opsdesk.api.dto.orders.OrderStatus;
import com.trendythreads.opsdesk.api.dto.orders.RefundCreate;
import com.trendythreads.opsdesk.api.dto.orders.ReturnCreate;
import com.trendythreads.opsdesk.api.dto.orders.ReturnLine;
import com.trendythreads.opsdesk.api.rules.Refunds;
import com.trendythreads.opsdesk.cache.catalog.Violation;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/// What the desk checks before it queues an order action, so a refusal is a message beside the field at
/// once instead of a failed outbox entry minutes later. The same rules as the platform's (which re-checks):
/// amounts from [Refunds], cancel before shipping, returns of shipped orders only.
///
/// Each refusal is a [Violation] whose `code` is a bundle key of the viewmodels (`orders.rule.*`) and whose
/// `field` is the body's path (`lines[0].quantity`, `includeShipping`, `reason`, `restockLocationId`).
public final class OrderRules {

    /// Statuses after which an order can no longer be cancelled, only returned.
    public static final Set<OrderStatus> SHIPPED_OR_LATER = Set.of(OrderStatus.SHIPPED, OrderStatus.DELIVERED);

    private OrderRules() {
    }

    /// What a refund would pay out, per line and in total, computed exactly as the platform does.
    ///
    /// @param lineCents  the amount per line id of the request (only lines with a quantity)
    /// @param shippingCents the shipping refunded with it (0 without)
    /// @param totalCents lines + shipping
    /// @param vatCents   the VAT included in the total
    /// @param refusals   why it cannot be queued (empty: it can)
    public record RefundPreview(Map<String, Long> lineCents, long shippingCents, long totalCents, long vatCents,
            int units, List<Violation> refusals) {

        public boolean allowed() {
            return refusals.isEmpty();
        }
    }

    /// Cancel: a reason, and not shipped or cancelled yet.
    public static List<Violation> checkCancel(Order order, String reason) {
        List<Violation> out = new ArrayList<>();
        if (SHIPPED_OR_LATER.contains(order.status())) {
            out.add(Violation.error("status", "orders.rule.cancelShipped", order.number(), order.status().name()));
        } else if (order.status() == OrderStatus.CANCELLED) {
            out.add(Violation.error("status", "orders.rule.alreadyCancelled", order.number()));
        }
        if (reason == null || reason.isBlank()) {
            out.add(Violation.error("reason", "orders.rule.reasonRequired"));
        } else if (reason.length() > 500) {
            out.add(Violation.error("reason", "orders.rule.reasonTooLong", 500));
        }
        return out;
    }

    /// The refund `body` would make on `order` as the desk sees it now (queued refunds included).
    public static RefundPreview previewRefund(Order order, RefundCreate body) {
        List<Violation> out = new ArrayList<>();
        Map<String, OrderLine> byId = new HashMap<>();
        order.lines().forEach(l -> byId.put(l.id(), l));
        Map<String, Long> amounts = new LinkedHashMap<>();
        Map<String, Integer> taken = new HashMap<>();
        List<RefundCreate.Line> lines = body.lines() == null ? List.of() : body.lines();
        long sum = 0;
        int units = 0;
        for (int i = 0; i < lines.size(); i++) {
            RefundCreate.Line l = lines.get(i);
            String field = "lines[" + i + "].quantity";
            OrderLine line = byId.get(l.lineId());
            if (line == null) {
                out.add(Violation.error("lines[" + i + "].lineId", "orders.rule.noSuchLine", l.lineId(), order.number()));
                continue;
            }
            if (l.quantity() == null || l.quantity() < 1) {
                out.add(Violation.error(field, "orders.rule.quantityMin", line.sku()));
                continue;
            }
            int already = line.refundedQuantity() + taken.getOrDefault(line.id(), 0);
            int left = line.quantity() - already;
            if (l.quantity() > left) {
                out.add(Violation.error(field, "orders.rule.refundTooMany", line.sku(), left, line.quantity(), already));
                continue;
            }
            taken.merge(line.id(), l.quantity(), Integer::sum);
            long amount = Refunds.nextUnits(line, already, l.quantity());
            amounts.merge(line.id(), amount, Long::sum);
            sum += amount;
            units += l.quantity();
        }
        boolean withShipping = Boolean.TRUE.equals(body.includeShipping());
        if (withShipping && !Refunds.shippingRefundable(order)) {
            out.add(Violation.error("includeShipping", order.shippingCents() == 0 ? "orders.rule.noShipping"
                    : "orders.rule.shippingRefunded"));
        }
        long shipping = withShipping && Refunds.shippingRefundable(order) ? order.shippingCents() : 0;
        if (lines.isEmpty() && shipping == 0) {
            out.add(Violation.error("lines", "orders.rule.nothingSelected"));
        } else if (lines.isEmpty()) {
            out.add(Violation.error("lines", "orders.rule.lineRequired"));
        }
        if (body.reason() == null || body.reason().isBlank()) {
            out.add(Violation.error("reason", "orders.rule.reasonRequired"));
        } else if (body.reason().length() > 500) {
            out.add(Violation.error("reason", "orders.rule.reasonTooLong", 500));
        }
        long total = sum + shipping;
        if (order.status() == OrderStatus.CANCELLED || Refunds.capturedCents(order) == 0) {
            out.add(Violation.error("payments", "orders.rule.nothingToRefund", order.number()));
        } else if (total > Refunds.refundableCents(order)) {
            out.add(Violation.error("lines", "orders.rule.refundExceedsPaid", total, Refunds.refundableCents(order)));
        }
        return new RefundPreview(Map.copyOf(amounts), shipping, total, Refunds.vatIncluded(total), units,
                List.copyOf(out));
    }

    /// A return: shipped or delivered, quantity ≤ ordered − returned per line, a reason per line, a
    /// restock location that exists or an existing exchange SKU on every line.
    ///
    /// @param skuExists      whether a SKU is in the cached catalog
    /// @param locationExists whether a location id is known
    public static List<Violation> checkReturn(Order order, ReturnCreate body, Predicate<String> skuExists,
            Predicate<String> locationExists) {
        List<Violation> out = new ArrayList<>();
        if (!SHIPPED_OR_LATER.contains(order.status())) {
            out.add(Violation.error("status", "orders.rule.returnNotShipped", order.number(), order.status().name()));
        }
        if (body.resolution() == null) {
            out.add(Violation.error("resolution", "orders.rule.resolutionRequired"));
        }
        boolean exchange = body.resolution() == ReturnCreate.Resolution.EXCHANGE;
        if (body.resolution() == ReturnCreate.Resolution.RESTOCK) {
            String at = body.restockLocationId() == null ? order.locationId() : body.restockLocationId();
            if (at == null || !locationExists.test(at)) {
                out.add(Violation.error("restockLocationId", "orders.rule.noSuchLocation", String.valueOf(at)));
            }
        }
        Map<String, OrderLine> byId = new HashMap<>();
        order.lines().forEach(l -> byId.put(l.id(), l));
        Map<String, Integer> taken = new HashMap<>();
        List<ReturnLine> lines = body.lines() == null ? List.of() : body.lines();
        if (lines.isEmpty()) {
            out.add(Violation.error("lines", "orders.rule.lineRequired"));
        }
        for (int i = 0; i < lines.size(); i++) {
            ReturnLine l = lines.get(i);
            String path = "lines[" + i + "]";
            OrderLine line = byId.get(l.lineId());
            if (line == null) {
                out.add(Violation.error(path + ".lineId", "orders.rule.noSuchLine", l.lineId(), order.number()));
                continue;
            }
            if (l.reason() == null) {
                out.add(Violation.error(path + ".reason", "orders.rule.returnReasonRequired", line.sku()));
            }
            if (l.quantity() == null || l.quantity() < 1) {
                out.add(Violation.error(path + ".quantity", "orders.rule.quantityMin", line.sku()));
            } else {
                int already = line.returnedQuantity() + taken.getOrDefault(line.id(), 0);
                int left = line.quantity() - already;
                if (l.quantity() > left) {
                    out.add(Violation.error(path + ".quantity", "orders.rule.returnTooMany", line.sku(), left,
                            line.quantity(), already));
                } else {
                    taken.merge(line.id(), l.quantity(), Integer::sum);
                }
            }
            if (exchange) {
                if (l.exchangeSku() == null || l.exchangeSku().isBlank()) {
                    out.add(Violation.error(path + ".exchangeSku", "orders.rule.exchangeSkuRequired", line.sku()));
                } else if (!skuExists.test(l.exchangeSku())) {
                    out.add(Violation.error(path + ".exchangeSku", "orders.rule.noSuchSku", l.exchangeSku()));
                }
            }
        }
        return List.copyOf(out);
    }
}
