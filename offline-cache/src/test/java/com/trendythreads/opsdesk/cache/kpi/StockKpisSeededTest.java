package com.trendythreads.opsdesk.cache.kpi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.trendythreads.opsdesk.cache.sync.TestPlatform;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/// The stock snapshot figures on the TINY demo platform synced into a cache, against the same definitions
/// counted straight from the platform's own `/v1/products` and `/v1/stock` answers.
class StockKpisSeededTest {

    @TempDir
    static Path tmp;

    private static TestPlatform platform;
    private static TestPlatform.Client desk;
    private static List<JsonNode> products;
    private static List<JsonNode> stock;

    @BeforeAll
    static void sync() {
        platform = TestPlatform.start(tmp.resolve("platform"));
        desk = platform.desk(tmp.resolve("cache"), "mona.manager");
        assertThat(desk.engine().initialSync()).isTrue();
        products = TestPlatform.all(desk.api(), "v1/products", Map.of());
        stock = TestPlatform.all(desk.api(), "v1/stock", Map.of());
    }

    @AfterAll
    static void stop() {
        platform.close();
    }

    @Test
    void outOfStockAndBrokenSizesAgreeWithThePlatformsOwnData() {
        Map<String, Map<String, Integer>> availBySkuLoc = new HashMap<>();
        Set<String> locations = new HashSet<>();
        for (JsonNode s : stock) {
            locations.add(s.get("locationId").asText());
            availBySkuLoc.computeIfAbsent(s.get("sku").asText(), k -> new HashMap<>())
                    .put(s.get("locationId").asText(), Math.max(0, s.get("available").asInt()));
        }
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        try (StockKpis kpis = new StockKpis(desk.db())) {
            List<String> slots = new ArrayList<>(locations);
            slots.add(null);
            int brokenSeen = 0;
            for (String loc : slots) {
                long ranged = 0;
                long out = 0;
                long styles = 0;
                long broken = 0;
                for (JsonNode p : products) {
                    if (!"ACTIVE".equals(p.get("status").asText())) {
                        continue;
                    }
                    Map<String, List<JsonNode>> byColour = new HashMap<>();
                    for (JsonNode v : p.get("variants")) {
                        byColour.computeIfAbsent(v.path("colour").asText(), k -> new ArrayList<>()).add(v);
                        Map<String, Integer> at = availBySkuLoc.get(v.get("sku").asText());
                        if (at != null && (loc == null || at.containsKey(loc))) {
                            ranged++;
                            int a = loc == null ? at.values().stream().mapToInt(Integer::intValue).sum() : at.get(loc);
                            out += a == 0 ? 1 : 0;
                        }
                    }
                    for (List<JsonNode> style : byColour.values()) {
                        Set<String> core = CoreSizes.core(style.stream().map(v -> v.get("size").asText()).toList());
                        boolean inStock = false;
                        boolean missing = false;
                        for (JsonNode v : style) {
                            Map<String, Integer> at = availBySkuLoc.getOrDefault(v.get("sku").asText(), Map.of());
                            int a = loc == null ? at.values().stream().mapToInt(Integer::intValue).sum()
                                    : at.getOrDefault(loc, 0);
                            inStock |= a > 0;
                            missing |= a == 0 && core.contains(v.get("size").asText());
                        }
                        styles += inStock ? 1 : 0;
                        broken += inStock && missing ? 1 : 0;
                    }
                }
                KpiFilter f = new KpiFilter(today.minusDays(6), today, loc, null, Set.of());
                assertThat(ranged).as("SKUs at %s", loc).isPositive();
                assertThat(kpis.value(Kpi.OUT_OF_STOCK_RATE, f).value()).as("out of stock at %s", loc)
                        .isCloseTo((double) out / ranged, within(1e-12));
                assertThat(kpis.value(Kpi.BROKEN_SIZES, f).value()).as("broken sizes at %s", loc)
                        .isCloseTo((double) broken / styles, within(1e-12));
                assertThat(kpis.records(Kpi.OUT_OF_STOCK_RATE, f).total()).isEqualTo((int) out);
                assertThat(kpis.records(Kpi.BROKEN_SIZES, f).total()).isEqualTo((int) broken);
                brokenSeen += broken;
            }
            assertThat(brokenSeen).as("TINY has broken size runs to find").isPositive();
            // the seeded orders sold something in the last 30 days, so both sales-based figures have a value
            KpiFilter month = KpiFilter.days(today.minusDays(29), today);
            assertThat(kpis.value(Kpi.SELL_THROUGH, month).value()).isBetween(0.0, 1.0);
            assertThat(kpis.value(Kpi.WEEKS_OF_COVER, month).value()).isPositive();
        }
    }
}
