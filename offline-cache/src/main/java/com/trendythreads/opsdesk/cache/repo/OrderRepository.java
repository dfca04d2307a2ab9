package com.trendythreads.opsdesk.cache.repo;

import com.trendythreads.opsdesk.api.dto.orders.Order;
import com.trendythreads.opsdesk.cache.store.CacheDatabase;
import jakarta.inject.Inject;
import com.trendythreads.opsdesk.api.dto.orders.OrderLine;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
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

    /// One product another was bought with: how many cached orders hold both.
    public record BoughtWith(String productId, String title, int orders) {
    }

    /// The products most often in the same cached order as `productId`, most orders first (ties by id).
    ///
    /// The lines live only in the order documents, so SQL narrows to the orders that name the product
    /// (`"productId":"…"` is how the cache writes a line's product) and the lines are counted here. It
    /// reads every cached order's text once: call it in the background.
    public List<BoughtWith> boughtTogether(String productId, int limit) {
        checkLimit(limit);
        List<Order> orders = list(Order.class, "SELECT doc FROM orders WHERE doc LIKE :p ESCAPE '\\'",
                Map.of("p", "%\"productId\":\"" + escapeLike(productId) + "\"%"));
        Map<String, Integer> counts = new HashMap<>();
        Map<String, String> titles = new HashMap<>();
        for (Order o : orders) {
            if (o.lines() == null || o.lines().stream().noneMatch(l -> productId.equals(l.productId()))) {
                continue;
            }
            Set<String> others = new HashSet<>();
            for (OrderLine l : o.lines()) {
                if (l.productId() != null && !l.productId().equals(productId) && others.add(l.productId())) {
                    counts.merge(l.productId(), 1, Integer::sum);
                    titles.putIfAbsent(l.productId(), l.title());
                }
            }
        }
        return counts.entrySet().stream()
                .sorted(Comparator.<Map.Entry<String, Integer>>comparingInt(Map.Entry::getValue).reversed()
                        .thenComparing(Map.Entry::getKey))
                .limit(limit)
                .map(e -> new BoughtWith(e.getKey(), titles.get(e.getKey()), e.getValue()))
                .toList();
    }

    private static String escapeLike(String s) {
        return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    /// Every cached order (the order list's in-memory index reads them once, then follows changes).
    public List<Order> all() {
        return list(Order.class, "SELECT doc FROM orders", Map.of());
    }

    /// These orders as cached now (ids that are gone are missing from the result).
    public List<Order> byIds(java.util.Collection<String> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return db.read(h -> h.createQuery("SELECT doc FROM orders WHERE id IN (<ids>)").bindList("ids", List.copyOf(ids))
                .mapTo(String.class).list()).stream().map(d -> {
                    try {
                        return com.trendythreads.opsdesk.api.Json.mapper().readValue(d, Order.class);
                    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                        throw new com.trendythreads.opsdesk.cache.store.CacheException("A stored order cannot be read", e);
                    }
                }).toList();
    }

    public long count() {
        return count("SELECT COUNT(*) FROM orders", Map.of());
    }
}
