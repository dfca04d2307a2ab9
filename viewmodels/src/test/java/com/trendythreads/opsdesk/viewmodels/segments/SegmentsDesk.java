package com.trendythreads.opsdesk.viewmodels.segments;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.trendythreads.opsdesk.api.Json;
import com.trendythreads.opsdesk.api.dto.common.OrderChannel;
import com.trendythreads.opsdesk.api.dto.crm.Consents;
import com.trendythreads.opsdesk.api.dto.crm.Customer;
import com.trendythreads.opsdesk.api.dto.crm.LoyaltyTier;
import com.trendythreads.opsdesk.api.dto.orders.FulfilmentStatus;
import com.trendythreads.opsdesk.api.dto.orders.Order;
import com.trendythreads.opsdesk.api.dto.orders.OrderCustomer;
import com.trendythreads.opsdesk.api.dto.orders.OrderLine;
import com.trendythreads.opsdesk.api.dto.orders.OrderStatus;
import com.trendythreads.opsdesk.api.dto.orders.PaymentStatus;
import com.trendythreads.opsdesk.cache.LocalData;
import com.trendythreads.opsdesk.cache.outbox.LocalEdits;
import com.trendythreads.opsdesk.cache.store.CacheDatabase;
import com.trendythreads.opsdesk.cache.store.CacheOptions;
import com.trendythreads.opsdesk.cache.store.LocalTables;
import com.trendythreads.opsdesk.cache.store.ResourceType;
import com.trendythreads.opsdesk.viewmodels.Fakes;
import com.trendythreads.opsdesk.viewmodels.common.I18n;
import com.trendythreads.opsdesk.viewmodels.common.InMemorySettingsStore;
import com.trendythreads.opsdesk.viewmodels.common.TaskRunner;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/// A real encrypted H2 cache in a temp directory, filled by hand (no platform: the outbox only queues), with a
/// fixed clock at [#NOW]. Five customers and six orders:
///
/// | id | tier     | e-mail | sms | profiling | orders                                                     |
/// |----|----------|--------|-----|-----------|------------------------------------------------------------|
/// | a  | GOLD     | yes    | no  | no        | o1 5 d ago: dress 50.00                                    |
/// | b  | SILVER   | no     | yes | yes       | o2 40 d: shirt 30.00; o6 10 d: top, shirt, dress 10.00 each |
/// | c  | GOLD     | yes    | yes | no        | o3 20 d: top, shirt 20.00 each; o4 25 d: top 20.00          |
/// | d  | PLATINUM | no     | no  | no        | none                                                       |
/// | e  | BRONZE   | yes    | no  | no        | o5 1 d: dress 90.00, cancelled                             |
///
/// Categories: Women (dresses, tops), Men (shirts).
final class SegmentsDesk implements AutoCloseable {

    static final Instant NOW = Instant.parse("2026-11-26T12:00:00Z");
    private static final ObjectMapper MAPPER = Json.mapper();

    final CacheDatabase db;
    final LocalData data;
    final Fakes.RecordingNotifier notifier = new Fakes.RecordingNotifier();
    final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    final SegmentSource source;
    final I18n i18n;
    private final LocalTables tables = new LocalTables();

    /// Whether the user may push (mark.marketing may; a manager may not).
    boolean mayPush = true;

    SegmentsDesk(Path dir) {
        db = CacheDatabase.open(dir, "http://127.0.0.1:9/", "mark.marketing", "demo".toCharArray(),
                new CacheOptions(1_000, 0));
        data = new LocalData(db, new LocalEdits(db, tables, clock, () -> { }));
        source = new SegmentSource(() -> data, () -> mayPush, clock);
        InMemorySettingsStore settings = new InMemorySettingsStore();
        settings.setLocale(Locale.ENGLISH);
        i18n = new I18n(settings);
        put(ResourceType.CATEGORY, List.of(category("women", "Women", null), category("men", "Men", null),
                category("dresses", "Dresses", "women"), category("tops", "Tops", "women"),
                category("shirts", "Shirts", "men")));
        put(ResourceType.PRODUCT, List.of(product("p-dress", "Wrap dress", "dresses"),
                product("p-top", "Linen top", "tops"), product("p-shirt", "Oxford shirt", "shirts")));
        put(ResourceType.CUSTOMER, List.of(customer("a", LoyaltyTier.GOLD, true, false, false),
                customer("b", LoyaltyTier.SILVER, false, true, true), customer("c", LoyaltyTier.GOLD, true, true, false),
                customer("d", LoyaltyTier.PLATINUM, false, false, false),
                customer("e", LoyaltyTier.BRONZE, true, false, false)));
        put(ResourceType.ORDER, List.of(order("o1", "a", 5, OrderStatus.DELIVERED, 5_000, "p-dress"),
                order("o2", "b", 40, OrderStatus.DELIVERED, 3_000, "p-shirt"),
                order("o3", "c", 20, OrderStatus.SHIPPED, 2_000, "p-top", "p-shirt"),
                order("o4", "c", 25, OrderStatus.DELIVERED, 2_000, "p-top"),
                order("o5", "e", 1, OrderStatus.CANCELLED, 9_000, "p-dress"),
                order("o6", "b", 10, OrderStatus.PAID, 1_000, "p-top", "p-shirt", "p-dress")));
    }

    private static JsonNode category(String id, String name, String parent) {
        var n = MAPPER.createObjectNode().put("id", id).put("name", name).put("version", 1);
        if (parent != null) {
            n.put("parentId", parent);
        }
        return n;
    }

    private static JsonNode product(String id, String title, String category) {
        return MAPPER.createObjectNode().put("id", id).put("title", title).put("categoryId", category)
                .put("version", 1);
    }

    static Customer customer(String id, LoyaltyTier tier, boolean email, boolean sms, boolean profiling) {
        return new Customer(id, "First" + id, "Last" + id, id + "@example.com", null, List.of(),
                new Consents(email, sms, profiling, NOW), tier, 0, 0, 0, List.of(), NOW, NOW, 1);
    }

    static Order order(String id, String customerId, long daysAgo, OrderStatus status, long unitCents,
            String... productIds) {
        List<OrderLine> lines = new ArrayList<>();
        for (int i = 0; i < productIds.length; i++) {
            lines.add(new OrderLine(id + "-l" + i, "SKU-" + productIds[i], productIds[i], "Title " + productIds[i],
                    "M", "Black", 1, unitCents, 0, unitCents, 0, 0));
        }
        long total = unitCents * productIds.length;
        return new Order(id, "TT-" + id, NOW.minus(Duration.ofDays(daysAgo)), OrderChannel.values()[0], null, status,
                PaymentStatus.values()[0], FulfilmentStatus.values()[0],
                new OrderCustomer(customerId, customerId, null, null), null, null, lines, total, 0, 0, 0, total, 0,
                Order.Currency.EUR, List.of(), null, List.of(), List.of(), List.of(), List.of(), null, null, null,
                false, NOW, 1);
    }

    void put(ResourceType type, List<?> docs) {
        List<JsonNode> nodes = docs.stream().<JsonNode>map(MAPPER::valueToTree).toList();
        db.write(tx -> {
            tables.upsert(tx.handle(), type, nodes);
            tx.changed(type.table(), nodes.stream().map(type::idOf).toList());
            return null;
        });
    }

    List<JsonNode> outbox() {
        return db.read(h -> h.createQuery("SELECT payload FROM outbox ORDER BY seq").mapTo(String.class).list()).stream()
                .map(s -> {
                    try {
                        return MAPPER.readTree(s);
                    } catch (java.io.IOException e) {
                        throw new IllegalStateException(e);
                    }
                }).toList();
    }

    SegmentBuilderViewModel builder() {
        return new SegmentBuilderViewModel(source, TaskRunner.direct(), notifier, i18n);
    }

    PersonalizationViewModel personalization() {
        return new PersonalizationViewModel(source, TaskRunner.direct(), notifier, i18n);
    }

    @Override
    public void close() {
        db.close();
    }
}
