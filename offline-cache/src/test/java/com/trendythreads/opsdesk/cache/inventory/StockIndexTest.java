package com.trendythreads.opsdesk.cache.inventory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.trendythreads.opsdesk.cache.inventory.StockIndex.Level;
import com.trendythreads.opsdesk.cache.inventory.StockIndex.Query;
import com.trendythreads.opsdesk.cache.sync.TestPlatform;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/// The in-memory stock index over a real cache filled from the TINY demo platform: it holds exactly the
/// platform's stock, filters and searches like the definitions say, and takes live changes in place.
class StockIndexTest {

    @TempDir
    static Path tmp;

    private static TestPlatform platform;
    private static TestPlatform.Client desk;
    private static List<JsonNode> truth;

    @BeforeAll
    static void sync() {
        platform = TestPlatform.start(tmp.resolve("platform"));
        desk = platform.desk(tmp.resolve("cache"), "mona.manager");
        assertThat(desk.engine().initialSync()).isTrue();
        truth = TestPlatform.all(desk.api(), "v1/stock", Map.of());
    }

    @AfterAll
    static void stop() {
        platform.close();
    }

    @Test
    void holdsEveryStockLevelWithItsFigures() {
        StockIndex index = StockIndex.load(desk.db(), 26);
        assertThat(index.size()).isEqualTo(truth.size());
        for (JsonNode s : truth.subList(0, 50)) {
            int r = index.rowOf(s.get("locationId").asText(), s.get("sku").asText());
            StockIndex.Row row = index.row(r);
            assertThat(row.available()).isEqualTo(s.get("available").asInt());
            assertThat(row.onHand()).isEqualTo(s.get("onHand").asInt());
            assertThat(row.committed()).isEqualTo(s.get("committed").asInt());
            assertThat(row.incoming()).isEqualTo(s.get("incoming").asInt());
            assertThat(row.bin()).isEqualTo(s.path("bin").asText(null));
            assertThat(row.title()).isNotBlank();
        }
    }

    @Test
    void filtersByLocationLevelAndText() {
        StockIndex index = StockIndex.load(desk.db(), 26);
        String loc = truth.getFirst().get("locationId").asText();
        int[] atLoc = index.query(Query.ALL.withLocation(loc));
        assertThat(atLoc.length).isEqualTo((int) truth.stream()
                .filter(s -> s.get("locationId").asText().equals(loc)).count());

        long out = truth.stream().filter(s -> s.get("available").asInt() <= 0).count();
        assertThat(index.query(Query.ALL.withLevel(Level.OUT)).length).isEqualTo((int) out);
        long low = truth.stream().filter(s -> s.get("available").asInt() > 0 && s.hasNonNull("reorderPoint")
                && s.get("available").asInt() <= s.get("reorderPoint").asInt()).count();
        assertThat(low).as("TINY has low stock to find").isPositive();
        assertThat(index.query(Query.ALL.withLevel(Level.LOW)).length).isEqualTo((int) low);

        StockIndex.Row any = index.row(atLoc[3]);
        String word = any.title().split(" ")[0].toUpperCase();
        int[] byTitle = index.query(Query.ALL.withText(word));
        assertThat(byTitle).isNotEmpty();
        for (int r : byTitle) {
            assertThat(index.row(r).title().toLowerCase()).contains(word.toLowerCase());
        }
        assertThat(java.util.Arrays.stream(index.query(Query.ALL.withText(any.ean())))
                .mapToObj(r -> index.row(r).sku()).distinct()).containsExactly(any.sku());
        assertThat(index.skuForEan(any.ean())).isEqualTo(any.sku());
        assertThat(java.util.Arrays.stream(index.query(Query.ALL.withCategories(Set.of(any.categoryId()))))
                .mapToObj(r -> index.row(r).categoryId()).distinct()).containsExactly(any.categoryId());
        assertThat(index.query(Query.ALL.withText("no such thing anywhere"))).isEmpty();
    }

    @Test
    void overstockUsesWeeksOfCoverAtTheRecentRate() {
        StockIndex index = StockIndex.load(desk.db(), 4);
        String loc = index.locations().getFirst();
        StockIndex.Row row = index.row(index.query(Query.ALL.withLocation(loc).withLevel(Level.ALL))[0]);
        // 1 unit a day for 28 days: 7 a week; with 4 weeks as the threshold, more than 28 available is overstock.
        double[] daily = new double[28];
        java.util.Arrays.fill(daily, 1);
        index.applyDemand(SalesHistory.of(LocalDate.of(2026, 1, 1), 28, Map.of(loc + "|" + row.sku(), daily)), 28);
        StockIndex.Row withDemand = index.row(row.index());
        assertThat(withDemand.weeklyDemand()).isEqualTo(7.0);
        assertThat(withDemand.weeksOfCover()).isEqualTo(Math.max(0, row.available()) / 7.0);
        boolean over = java.util.Arrays.stream(index.query(Query.ALL.withLevel(Level.OVER))).anyMatch(r -> r == row.index());
        assertThat(over).isEqualTo(row.available() > 28);
    }

    @Test
    void liveChangesApplyInPlace() {
        StockIndex index = StockIndex.load(desk.db(), 26);
        JsonNode s = truth.get(7);
        String loc = s.get("locationId").asText();
        String sku = s.get("sku").asText();
        int r = index.rowOf(loc, sku);
        int before = index.row(r).available();
        desk.engine().edits().adjustStock(loc, sku, 3, "FOUND", "behind the shelf");
        desk.engine().edits().updateStockLevel(loc, sku, JsonNodeFactory.instance.objectNode().put("reorderPoint", 11),
                "reorder point");
        StockIndex.Update u = index.refresh(List.of(loc + "|" + sku));
        assertThat(u.needsReload()).isFalse();
        assertThat(u.rows()).containsExactly(r);
        assertThat(index.row(r).available()).isEqualTo(before + 3);
        assertThat(index.row(r).reorderPoint()).isEqualTo(11);

        // Both reach the platform: the delta as a delta, the reorder point on the contract's two-segment path.
        desk.engine().pushDue();
        await().atMost(Duration.ofSeconds(10)).until(() -> desk.engine().outbox().entries().isEmpty());
        JsonNode now = TestPlatform.all(desk.api(), "v1/stock", Map.of("locationId", loc, "sku", sku)).getFirst();
        assertThat(now.get("onHand").asInt()).isEqualTo(s.get("onHand").asInt() + 3);
        assertThat(now.get("reorderPoint").asInt()).isEqualTo(11);
    }

    @Test
    void salesHistoryCountsCachedOrderLinesPerDayAndLocation() {
        LocalDate today = LocalDate.now(ZoneId.systemDefault());
        SalesHistory h = SalesHistory.load(desk.db(), today, 56, ZoneId.systemDefault());
        long units = desk.db().read(x -> x.createQuery("SELECT doc FROM orders WHERE placed_at >= :from"
                        + " AND placed_at < :to AND status <> 'CANCELLED'")
                .bind("from", today.minusDays(56).atStartOfDay(ZoneId.systemDefault()).toOffsetDateTime())
                .bind("to", today.atStartOfDay(ZoneId.systemDefault()).toOffsetDateTime())
                .mapTo(String.class).list()).stream().mapToLong(d -> {
                    try {
                        long sum = 0;
                        for (JsonNode l : com.trendythreads.opsdesk.api.Json.mapper().readTree(d).path("lines")) {
                            sum += l.get("quantity").asInt();
                        }
                        return sum;
                    } catch (java.io.IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                }).sum();
        assertThat(units).as("TINY has recent orders").isPositive();
        double[] total = {0};
        h.forEach((loc, sku, daily) -> {
            for (double d : daily) {
                total[0] += d;
            }
        });
        assertThat((long) total[0]).isEqualTo(units);
    }
}
