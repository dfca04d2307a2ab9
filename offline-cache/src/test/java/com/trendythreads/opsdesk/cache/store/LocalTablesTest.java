package com.trendythreads.opsdesk.cache.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.trendythreads.opsdesk.api.Json;
import com.trendythreads.opsdesk.cache.testkit.TestPlatform;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/// LocalTables against real documents of the demo platform.
class LocalTablesTest {

    private static TestPlatform platform;
    private final LocalTables tables = new LocalTables();

    @TempDir
    Path dir;
    private CacheDatabase db;

    @BeforeAll
    static void platform() {
        platform = TestPlatform.shared();
    }

    @BeforeEach
    void open() {
        db = CacheDatabase.open(dir, platform.baseUrl(), "ada.admin", "demo".toCharArray(),
                CacheOptions.defaults().withKdfIterations(1_000));
    }

    @AfterEach
    void close() {
        db.close();
    }

    private void upsert(ResourceType type, List<JsonNode> docs) {
        db.write(tx -> {
            tables.upsert(tx.handle(), type, docs);
            tx.changed(type.table(), docs.stream().map(type::idOf).toList());
            return null;
        });
    }

    private long variantRows(String productId) {
        return db.read(h -> h.createQuery("SELECT COUNT(*) FROM product_variant WHERE product_id = :p")
                .bind("p", productId).mapTo(Long.class).one());
    }

    @Test
    void productsWithTheirVariantsAreStoredReplacedAndDeleted() {
        List<JsonNode> products = platform.all("ada.admin", ResourceType.PRODUCT);
        upsert(ResourceType.PRODUCT, products);

        long variants = products.stream().mapToLong(p -> p.path("variants").size()).sum();
        long productRows = db.read(h -> tables.count(h, ResourceType.PRODUCT));
        long variantRows = db.read(h -> h.createQuery("SELECT COUNT(*) FROM product_variant").mapTo(Long.class).one());
        assertThat(productRows).isEqualTo(products.size());
        assertThat(variantRows).isEqualTo(variants).isGreaterThan(products.size());

        JsonNode original = products.stream().filter(p -> p.path("variants").size() >= 2).findFirst().orElseThrow();
        String id = original.get("id").asText();
        JsonNode firstVariant = original.path("variants").get(0);
        String ean = firstVariant.get("ean").asText();
        String foundBy = db.read(h -> h.createQuery("SELECT product_id FROM product_variant WHERE ean = :e")
                .bind("e", ean).mapTo(String.class).one());
        assertThat(foundBy).isEqualTo(id);
        assertThat(get(ResourceType.PRODUCT, id)).contains(original);

        // A new version with one variant fewer and a new title replaces row and variants.
        ObjectNode next = original.deepCopy();
        next.put("version", original.get("version").asInt() + 1).put("title", "Renamed locally");
        ((ArrayNode) next.get("variants")).remove(0);
        upsert(ResourceType.PRODUCT, List.of(next));
        assertThat(version(ResourceType.PRODUCT, id)).hasValue(original.get("version").asLong() + 1);
        assertThat(get(ResourceType.PRODUCT, id)).contains(next);
        assertThat(variantRows(id)).isEqualTo(original.path("variants").size() - 1);
        String title = db.read(h -> h.createQuery("SELECT title FROM products WHERE id = :id").bind("id", id)
                .mapTo(String.class).one());
        assertThat(title).isEqualTo("Renamed locally");
        long byRemovedSku = db.read(h -> h.createQuery("SELECT COUNT(*) FROM product_variant WHERE sku = :s")
                .bind("s", firstVariant.get("sku").asText()).mapTo(Long.class).one());
        assertThat(byRemovedSku).isZero();

        db.write(tx -> {
            tables.delete(tx.handle(), ResourceType.PRODUCT, List.of(id, "prd_unknown"));
            return null;
        });
        assertThat(get(ResourceType.PRODUCT, id)).isEmpty();
        assertThat(version(ResourceType.PRODUCT, id)).isEmpty();
        assertThat(variantRows(id)).isZero();
        assertThat(count(ResourceType.PRODUCT)).isEqualTo(products.size() - 1L);
    }

    @Test
    void stockIsKeyedByLocationAndSkuLikeTheChangeFeed() {
        List<JsonNode> stock = platform.all("ada.admin", ResourceType.STOCK);
        assertThat(stock).isNotEmpty();
        upsert(ResourceType.STOCK, stock);
        JsonNode level = stock.get(stock.size() / 2);
        String id = tables.idOf(ResourceType.STOCK, level);
        assertThat(id).isEqualTo(level.get("locationId").asText() + "|" + level.get("sku").asText());
        // Without an id field (a hand-built document) the id is formed the same way.
        ObjectNode withoutId = level.deepCopy();
        withoutId.remove("id");
        assertThat(tables.idOf(ResourceType.STOCK, withoutId)).isEqualTo(id);

        assertThat(version(ResourceType.STOCK, id)).hasValue(level.get("version").asLong());
        Map<String, Object> row = db.read(h -> h.createQuery(
                "SELECT location_id, sku, on_hand, available FROM stock WHERE id = :id").bind("id", id).mapToMap().one());
        assertThat(row).containsEntry("location_id", level.get("locationId").asText())
                .containsEntry("sku", level.get("sku").asText())
                .containsEntry("on_hand", level.get("onHand").asInt())
                .containsEntry("available", level.get("available").asInt());
    }

    @Test
    void promoCodesAreKeyedByTheirCode() {
        List<JsonNode> codes = platform.all("ada.admin", ResourceType.PROMO_CODE);
        assertThat(codes).isNotEmpty();
        upsert(ResourceType.PROMO_CODE, codes);
        JsonNode code = codes.getFirst();
        assertThat(tables.idOf(ResourceType.PROMO_CODE, code)).isEqualTo(code.get("code").asText());
        assertThat(get(ResourceType.PROMO_CODE, code.get("code").asText())).contains(code);
    }

    @Test
    void purgingACustomerRemovesThemAndTheirOrdersTicketsAndReviewsOnly() {
        List<JsonNode> customers = platform.all("sam.support", ResourceType.CUSTOMER);
        List<JsonNode> orders = platform.all("sam.support", ResourceType.ORDER);
        List<JsonNode> tickets = platform.all("sam.support", ResourceType.TICKET);
        List<JsonNode> reviews = platform.all("sam.support", ResourceType.REVIEW);
        upsert(ResourceType.CUSTOMER, customers);
        upsert(ResourceType.ORDER, orders);
        upsert(ResourceType.TICKET, tickets);
        upsert(ResourceType.REVIEW, reviews);

        Map<String, Long> ordersBy = countBy(orders, o -> o.at("/customer/id").asText());
        Map<String, Long> ticketsBy = countBy(tickets, t -> t.path("customerId").asText());
        Map<String, Long> reviewsBy = countBy(reviews, r -> r.path("customerId").asText());
        String victim = customers.stream().map(c -> c.get("id").asText())
                .filter(id -> ordersBy.containsKey(id) && ticketsBy.containsKey(id) && reviewsBy.containsKey(id))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no TINY customer with orders, tickets and reviews"));

        Set<String> changed = db.write(tx -> {
            Set<String> t = tables.purgeCustomer(tx.handle(), victim);
            t.forEach(tx::changedAll);
            return t;
        });

        assertThat(changed).containsExactlyInAnyOrder("customers", "orders", "tickets", "reviews");
        assertThat(get(ResourceType.CUSTOMER, victim)).isEmpty();
        assertThat(rowsOf("orders", victim)).isZero();
        assertThat(rowsOf("tickets", victim)).isZero();
        assertThat(rowsOf("reviews", victim)).isZero();
        assertThat(count(ResourceType.CUSTOMER)).isEqualTo(customers.size() - 1L);
        assertThat(count(ResourceType.ORDER)).isEqualTo(orders.size() - ordersBy.get(victim));
        assertThat(count(ResourceType.TICKET)).isEqualTo(tickets.size() - ticketsBy.get(victim));
        assertThat(count(ResourceType.REVIEW)).isEqualTo(reviews.size() - reviewsBy.get(victim));

        // Purging again changes nothing.
        Set<String> again = db.write(tx -> tables.purgeCustomer(tx.handle(), victim));
        assertThat(again).isEmpty();
    }

    private long rowsOf(String table, String customerId) {
        return db.read(h -> h.createQuery("SELECT COUNT(*) FROM " + table + " WHERE customer_id = :c")
                .bind("c", customerId).mapTo(Long.class).one());
    }

    private static Map<String, Long> countBy(Collection<JsonNode> docs, Function<JsonNode, String> key) {
        return docs.stream().map(key).filter(k -> !k.isEmpty())
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
    }

    @Test
    void everyResourceOfThePlatformRoundTripsThroughItsTable() {
        for (ResourceType type : ResourceType.values()) {
            List<JsonNode> docs = platform.all("ada.admin", type);
            upsert(type, docs);
            long count = db.read(h -> tables.count(h, type));
            assertThat(count).as(type.resource()).isEqualTo(docs.size());
            if (!docs.isEmpty()) {
                JsonNode last = docs.getLast();
                assertThat(get(type, tables.idOf(type, last))).as(type.resource()).contains(last);
                // and the document reads back as the api-client DTO
                assertThat(Json.strict().convertValue(last, type.dtoClass())).isNotNull();
            }
        }
    }

    /// More rows than one JDBC batch holds go in whole, the last batch included.
    @Test
    void batchUpsertSpansSeveralBatches() {
        // Speed is measured by the benchmarks, not here; this checks rows across batch boundaries.
        ObjectNode template = (ObjectNode) platform.all("ada.admin", ResourceType.STOCK).getFirst();
        int n = 2 * LocalTables.BATCH_SIZE + 17;
        List<JsonNode> rows = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            ObjectNode r = template.deepCopy();
            String sku = "TT%06d-BLK-M".formatted(i);
            r.put("sku", sku).put("id", "WH-BER|" + sku).put("onHand", i % 50);
            rows.add(r);
        }
        upsert(ResourceType.STOCK, rows);
        assertThat(count(ResourceType.STOCK)).isEqualTo(n);
        String last = "WH-BER|TT%06d-BLK-M".formatted(n - 1);
        assertThat(get(ResourceType.STOCK, last)).hasValueSatisfying(
                d -> assertThat(d.get("onHand").asInt()).isEqualTo((n - 1) % 50));
    }

    static List<JsonNode> list(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).toList();
    }

    private java.util.Optional<JsonNode> get(ResourceType type, String id) {
        return db.read(h -> tables.get(h, type, id));
    }

    private java.util.OptionalLong version(ResourceType type, String id) {
        return db.read(h -> tables.version(h, type, id));
    }

    private long count(ResourceType type) {
        return db.read(h -> tables.count(h, type));
    }
}
