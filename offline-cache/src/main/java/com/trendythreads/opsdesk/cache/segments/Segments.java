package com.trendythreads.opsdesk.cache.segments;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.trendythreads.opsdesk.api.Json;
import com.trendythreads.opsdesk.api.dto.campaigns.Segment;
import com.trendythreads.opsdesk.api.dto.campaigns.SegmentCreate;
import com.trendythreads.opsdesk.api.dto.crm.Customer;
import com.trendythreads.opsdesk.api.dto.orders.Order;
import com.trendythreads.opsdesk.cache.outbox.LocalEdits;
import com.trendythreads.opsdesk.cache.repo.CustomerRepository;
import com.trendythreads.opsdesk.cache.repo.OrderRepository;
import com.trendythreads.opsdesk.cache.store.CacheDatabase;
import com.trendythreads.opsdesk.cache.store.ResourceType;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/// Segments over the local cache: [#facts()] reads every cached customer and order once (call it in the
/// background), [#push] queues a segment for the platform (`createSegment`) as a campaign audience.
public final class Segments {

    private final CacheDatabase db;
    private final LocalEdits edits;
    private final CustomerRepository customers;
    private final OrderRepository orders;
    private final Clock clock;

    public Segments(CacheDatabase db, LocalEdits edits, Clock clock) {
        this.db = Objects.requireNonNull(db, "db");
        this.edits = Objects.requireNonNull(edits, "edits");
        this.customers = new CustomerRepository(db);
        this.orders = new OrderRepository(db);
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /// Every cached customer and order as segment facts, now.
    public SegmentFacts facts() {
        List<Customer> all = customers.list(Integer.MAX_VALUE);
        List<Order> allOrders = orders.all();
        Map<String, String> productCategory = new HashMap<>();
        Map<String, String> parents = new HashMap<>();
        Map<String, String> names = new HashMap<>();
        db.read(h -> {
            h.createQuery("SELECT id, category_id FROM products").setFetchSize(1_000)
                    .map((rs, ctx) -> Map.entry(rs.getString(1), Objects.toString(rs.getString(2), "")))
                    .forEach(e -> productCategory.put(e.getKey(), e.getValue()));
            h.createQuery("SELECT id, parent_id, name FROM categories").map((rs, ctx) -> new String[] {
                    rs.getString(1), rs.getString(2), rs.getString(3)}).forEach(r -> {
                        parents.put(r[0], r[1]);
                        names.put(r[0], r[2]);
                    });
            return null;
        });
        // Shown by their path ("Women › Shoes"): names repeat under different parents.
        Map<String, String> paths = new HashMap<>();
        names.forEach((id, n) -> {
            StringBuilder path = new StringBuilder(Objects.toString(n, id));
            java.util.Set<String> seen = new java.util.HashSet<>(List.of(id));
            for (String p = parents.get(id); p != null && seen.add(p); p = parents.get(p)) {
                path.insert(0, Objects.toString(names.get(p), p) + " \u203a ");
            }
            paths.put(id, path.toString());
        });
        return new SegmentFacts(all, allOrders, p -> {
            String c = productCategory.get(p);
            return c == null || c.isEmpty() ? null : c;
        }, parents, paths, clock.instant());
    }

    /// The tables whose changes make [#facts()] stale.
    public static List<String> tables() {
        return List.of("customers", "orders", "products", "categories");
    }

    /// Queues `createSegment` with these members (row + outbox entry in one transaction; works offline; pushed
    /// once with its idempotency key). The segment shows at once under a local id with its member count.
    ///
    /// @return the local id
    public String push(String name, String description, SegmentRule rule, List<String> memberIds) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("name is required");
        }
        if (memberIds.isEmpty()) {
            throw new IllegalArgumentException("a segment needs at least one member");
        }
        List<String> ids = List.copyOf(new java.util.LinkedHashSet<>(memberIds));
        SegmentCreate body = new SegmentCreate(name.strip(), description == null ? "" : description.strip(),
                rule.describe(), ids);
        ObjectNode local = Json.mapper().valueToTree(new Segment(null, body.name(), body.description(), body.rule(),
                ids.size(), 0));
        local.remove("id");
        return edits.create(ResourceType.SEGMENT, Json.mapper().valueToTree(body), local,
                "Segment " + body.name() + " (" + ids.size() + ")");
    }

    /// Cached segments by name.
    public List<Segment> list() {
        return db.read(h -> h.createQuery("SELECT doc FROM segments ORDER BY name, id").mapTo(String.class).list())
                .stream().map(d -> {
                    try {
                        return Json.mapper().readValue(d, Segment.class);
                    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                        throw new com.trendythreads.opsdesk.cache.store.CacheException("A stored segment cannot be read", e);
                    }
                }).toList();
    }

    /// A product to pick in the personalization view.
    public record ProductChoice(String id, String title) {
    }

    /// Cached products whose title or id contains `text` (ignoring case), by title; blank text: the first ones.
    public List<ProductChoice> productChoices(String text, int limit) {
        String t = text == null ? "" : text.strip().toLowerCase(java.util.Locale.ROOT);
        return db.read(h -> h.createQuery("SELECT id, title FROM products WHERE :t = '' OR LOCATE(:t, LOWER(COALESCE(title, '')))"
                        + " > 0 OR LOCATE(:t, LOWER(id)) > 0 ORDER BY title, id LIMIT :limit")
                .bind("t", t).bind("limit", Math.max(1, limit))
                .map((rs, ctx) -> new ProductChoice(rs.getString(1), rs.getString(2))).list());
    }
}
