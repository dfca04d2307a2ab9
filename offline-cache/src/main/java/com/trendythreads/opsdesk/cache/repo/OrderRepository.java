package com.trendythreads.opsdesk.cache.repo;

import com.trendythreads.opsdesk.api.dto.orders.Order;
import com.trendythreads.opsdesk.cache.store.CacheDatabase;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/// Orders in the local window.
public final class OrderRepository extends Documents {

    @Inject
    public OrderRepository(CacheDatabase db) {
        super(db, Set.of("orders"));
    }

    public Optional<Order> get(String id) {
        return one(Order.class, "SELECT doc FROM orders WHERE id = :id", Map.of("id", id));
    }

    /// By the customer-facing number (`TT-1000123`).
    public Optional<Order> byNumber(String number) {
        return one(Order.class, "SELECT doc FROM orders WHERE number = :n", Map.of("n", number));
    }

    /// A customer's orders, newest first.
    public List<Order> byCustomer(String customerId) {
        return list(Order.class, "SELECT doc FROM orders WHERE customer_id = :c ORDER BY placed_at DESC, id DESC",
                Map.of("c", customerId));
    }

    /// The `limit` most recently placed orders, newest first.
    public List<Order> recent(int limit) {
        return list(Order.class, "SELECT doc FROM orders ORDER BY placed_at DESC, id DESC LIMIT :limit",
                Map.of("limit", checkLimit(limit)));
    }

    public long count() {
        return count("SELECT COUNT(*) FROM orders", Map.of());
    }
}
