package com.trendythreads.opsdesk.platform.orders;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.trendythreads.opsdesk.api.rules.SalesCalendar;
import com.trendythreads.opsdesk.api.dto.orders.Order;
import com.trendythreads.opsdesk.api.dto.orders.OrderLine;
import com.trendythreads.opsdesk.platform.changes.ChangeOp;
import com.trendythreads.opsdesk.platform.store.DocTable;
import com.trendythreads.opsdesk.platform.writes.Tx;
import com.trendythreads.opsdesk.platform.store.Counters;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/// The `orders` doc table, its `order_line_facts` rows and order id allocation.
public final class OrderStore {

    public static final String RESOURCE = "order";

    private final DocTable<Order> table;

    public OrderStore(ObjectMapper json) {
        this.table = new DocTable<>(new DocTable.Spec<>("orders", "id", Order.class, Order::id, Order::version,
                o -> {
                    Map<String, Object> c = new LinkedHashMap<>();
                    c.put("number", o.number());
                    c.put("placed_at", o.placedAt());
                    c.put("channel", o.channel());
                    c.put("location_id", o.locationId());
                    c.put("status", o.status());
                    c.put("customer_id", o.customer().id());
                    c.put("total_cents", o.totalCents());
                    c.put("campaign_id", o.campaignId());
                    c.put("updated_at", o.updatedAt());
                    return c;
                }), json);
    }

    public DocTable<Order> table() {
        return table;
    }

    public Optional<Order> find(Handle h, String id) {
        return table.find(h, id);
    }

    /// Stores `order` (already at version previous + 1) and records its change.
    public void update(Tx tx, Order order) {
        table.find(tx.handle(), order.id()).ifPresent(before -> tx.priorState(RESOURCE, order.id(), before));
        table.update(tx.handle(), order, order.version() - 1);
        tx.recordChange(RESOURCE, order.id(), ChangeOp.UPSERT, order.version(), order);
    }

    /// Inserts a new order (version 1) with its line facts and records its change.
    public void insert(Tx tx, Order order, Map<String, String> categoryBySku) {
        table.insert(tx.handle(), order);
        for (OrderLine line : order.lines()) {
            tx.handle().createUpdate("""
                            INSERT INTO order_line_facts (order_id, line_id, sale_date, channel, category_id, location_id,
                                sku, product_id, quantity, gross_cents, discount_cents, returned_qty, refunded_cents, cancelled)
                            VALUES (:order, :line, :day, :channel, :category, :location, :sku, :product, :qty, :gross,
                                :discount, 0, 0, FALSE)""")
                    .bind("order", order.id()).bind("line", line.id())
                    .bind("day", SalesCalendar.saleDay(order.placedAt()))
                    .bind("channel", order.channel().name())
                    .bind("category", categoryBySku.getOrDefault(line.sku(), "unknown"))
                    .bind("location", order.locationId()).bind("sku", line.sku()).bind("product", line.productId())
                    .bind("qty", line.quantity()).bind("gross", line.unitPriceCents() * line.quantity())
                    .bind("discount", line.discountCents())
                    .execute();
        }
        tx.recordChange(RESOURCE, order.id(), ChangeOp.UPSERT, order.version(), order);
    }

    public static String nextId(Handle h) {
        return Counters.next(h, Counters.Sequence.ORDER);
    }

    public static String nextNumber(Handle h) {
        return Counters.next(h, Counters.Sequence.ORDER_NUMBER);
    }

    public static void markCancelled(Handle h, String orderId) {
        h.execute("UPDATE order_line_facts SET cancelled = TRUE WHERE order_id = ?", orderId);
    }

    public static void addRefunded(Handle h, String orderId, String lineId, long cents) {
        h.execute("UPDATE order_line_facts SET refunded_cents = refunded_cents + ? WHERE order_id = ? AND line_id = ?",
                cents, orderId, lineId);
    }

    public static void addReturned(Handle h, String orderId, String lineId, int qty) {
        h.execute("UPDATE order_line_facts SET returned_qty = returned_qty + ? WHERE order_id = ? AND line_id = ?",
                qty, orderId, lineId);
    }
}
