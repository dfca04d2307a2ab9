package com.trendythreads.opsdesk.cache.kpi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.trendythreads.opsdesk.api.Json;
import com.trendythreads.opsdesk.cache.inventory.SalesHistory;
import com.trendythreads.opsdesk.cache.inventory.StockIndex;
import com.trendythreads.opsdesk.cache.kpi.StockDashboardData.Cell;
import com.trendythreads.opsdesk.cache.kpi.StockDashboardData.Filter;
import com.trendythreads.opsdesk.cache.kpi.StockDashboardData.Heatmap;
import com.trendythreads.opsdesk.cache.kpi.StockDashboardData.Lists;
import com.trendythreads.opsdesk.cache.kpi.StockDashboardData.Measure;
import com.trendythreads.opsdesk.cache.store.CacheDatabase;
import com.trendythreads.opsdesk.cache.store.CacheOptions;
import com.trendythreads.opsdesk.cache.store.LocalTables;
import com.trendythreads.opsdesk.cache.store.ResourceType;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/// The stock dashboard's figures on a hand-built cache: two dresses styles and one top, two locations, a
/// 28-day sales history; every expected number below is worked out by hand in the comments.
///
/// | location | SKU | product, colour, size | available | reorder point | sales in 28 days |
/// |---|---|---|---|---|---|
/// | WH-A | D-RED-36 | P1 Red 36 | 10 | – | 1 a day (28) → 7/week |
/// | WH-A | D-RED-38 | P1 Red 38 | 0 | – | none |
/// | WH-A | D-RED-40 | P1 Red 40 | 4 | – | 4 every 4th day (7 days, 28) → 7/week |
/// | WH-A | D-BLU-38 | P1 Blue 38 | 30 | – | none |
/// | WH-A | T-WHT-S | P2 White S | 5 | – | 2 every 7th day (4 days, 8) → 2/week |
/// | WH-A | T-WHT-M | P2 White M | 100 | – | 1 every 4th day (7 days, 7) → 1.75/week |
/// | ST-B | D-RED-36 | P1 Red 36 | 2 | – | 1 a day (28) → 7/week |
/// | ST-B | D-RED-38 | P1 Red 38 | 5 | – | none |
/// | ST-B | T-WHT-S | P2 White S | 0 | – | none |
/// | ST-B | T-WHT-M | P2 White M | 1 | 2 | none |
class StockDashboardDataTest {

    private static final LocalDate FIRST = LocalDate.of(2026, 1, 1); // history: Jan 1 … Jan 28, forecast from Jan 29
    private static final double OVERSTOCK_WEEKS = 26;

    @TempDir
    Path dir;
    private CacheDatabase db;
    private StockIndex index;
    private SalesHistory history;
    private StockDashboardData data;

    @BeforeEach
    void build() {
        db = CacheDatabase.open(dir, "http://127.0.0.1:1/", "mona.manager", "demo".toCharArray(),
                CacheOptions.defaults().withKdfIterations(1_000));
        LocalTables tables = new LocalTables();
        db.write(tx -> {
            tables.upsert(tx.handle(), ResourceType.CATEGORY, List.of(category("cat-w", "Women", null),
                    category("cat-w-dresses", "Dresses", "cat-w"), category("cat-w-tops", "Tops", "cat-w")));
            tables.upsert(tx.handle(), ResourceType.LOCATION, List.of(location("WH-A"), location("ST-B")));
            tables.upsert(tx.handle(), ResourceType.PRODUCT, List.of(
                    product("P1", "Midi Dress", "cat-w-dresses", variant("D-RED-36", "Red", "36"),
                            variant("D-RED-38", "Red", "38"), variant("D-RED-40", "Red", "40"),
                            variant("D-BLU-38", "Blue", "38")),
                    product("P2", "Linen Top", "cat-w-tops", variant("T-WHT-S", "White", "S"),
                            variant("T-WHT-M", "White", "M"))));
            tables.upsert(tx.handle(), ResourceType.STOCK, List.of(
                    stock("WH-A", "D-RED-36", 10, null), stock("WH-A", "D-RED-38", 0, null),
                    stock("WH-A", "D-RED-40", 4, null), stock("WH-A", "D-BLU-38", 30, null),
                    stock("WH-A", "T-WHT-S", 5, null), stock("WH-A", "T-WHT-M", 100, null),
                    stock("ST-B", "D-RED-36", 2, null), stock("ST-B", "D-RED-38", 5, null),
                    stock("ST-B", "T-WHT-S", 0, null), stock("ST-B", "T-WHT-M", 1, 2)));
            return null;
        });
        Map<String, double[]> sales = new HashMap<>();
        sales.put("WH-A|D-RED-36", every(1, 1));
        sales.put("WH-A|D-RED-40", every(4, 4));
        sales.put("WH-A|T-WHT-S", every(7, 2));
        sales.put("WH-A|T-WHT-M", every(4, 1));
        sales.put("ST-B|D-RED-36", every(1, 1));
        history = SalesHistory.of(FIRST, 28, sales);
        index = StockIndex.load(db, OVERSTOCK_WEEKS);
        index.applyDemand(history, 28);
        data = StockDashboardData.load(db);
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void heatmapCellsSumTheirLevels() {
        Heatmap map = data.heatmap(index, Filter.ALL);
        assertThat(map.categoryIds()).containsExactly("cat-w-dresses", "cat-w-tops");
        assertThat(map.locationIds()).containsExactly("ST-B", "WH-A");
        assertThat(data.categoryLabel("cat-w-dresses")).isEqualTo("Women › Dresses");

        // Dresses at WH-A: 4 levels, 3 in stock (10, 4, 30), 44 available, 7 + 7 = 14 a week → 44/14 weeks
        Cell dressesA = map.cell("cat-w-dresses", "WH-A");
        assertThat(dressesA).isEqualTo(new Cell("cat-w-dresses", "WH-A", 4, 3, 44, 14));
        assertThat(dressesA.weeksOfCover()).isCloseTo(44 / 14.0, within(1e-9));
        assertThat(dressesA.availability()).isEqualTo(0.75);
        // Dresses at ST-B: 2 + 5 = 7 available, 7 a week → 1 week; both in stock → 100 %
        assertThat(map.cell("cat-w-dresses", "ST-B").value(Measure.WEEKS_OF_COVER)).isEqualTo(1.0);
        assertThat(map.cell("cat-w-dresses", "ST-B").value(Measure.AVAILABILITY)).isEqualTo(1.0);
        // Tops at WH-A: 5 + 100 = 105 available, 2 + 1.75 = 3.75 a week → 28 weeks
        assertThat(map.cell("cat-w-tops", "WH-A").weeksOfCover()).isCloseTo(28.0, within(1e-9));
        // Tops at ST-B: nothing sold → no cover figure (null, not infinity); 1 of 2 levels in stock → 50 %
        assertThat(map.cell("cat-w-tops", "ST-B").weeksOfCover()).isNull();
        assertThat(map.cell("cat-w-tops", "ST-B").availability()).isEqualTo(0.5);
    }

    @Test
    void onlyProductsOnSaleCountTowardsAvailability() {
        // A draft top with two empty stock levels at WH-A, as the seed makes them before a launch.
        ObjectNode draft = (ObjectNode) product("P3", "Draft Tee", "cat-w-tops", variant("X-BLK-S", "Black", "S"),
                variant("X-BLK-M", "Black", "M"));
        draft.put("status", "DRAFT");
        LocalTables tables = new LocalTables();
        db.write(tx -> {
            tables.upsert(tx.handle(), ResourceType.PRODUCT, List.of(draft));
            tables.upsert(tx.handle(), ResourceType.STOCK, List.of(stock("WH-A", "X-BLK-S", 0, null),
                    stock("WH-A", "X-BLK-M", 0, null)));
            return null;
        });
        StockIndex withDraft = StockIndex.load(db, OVERSTOCK_WEEKS);
        withDraft.applyDemand(history, 28);
        StockDashboardData reloaded = StockDashboardData.load(db);

        // Tops at WH-A stay 2 levels, both in stock (the draft's 2 empty levels are not missing availability)
        Cell topsA = reloaded.heatmap(withDraft, Filter.ALL).cell("cat-w-tops", "WH-A");
        assertThat(topsA.levels()).isEqualTo(2);
        assertThat(topsA.availability()).isEqualTo(1.0);
        assertThat(reloaded.lists(withDraft, history, Filter.ALL, OVERSTOCK_WEEKS, 50).sizeCurves())
                .noneMatch(c -> c.productId().equals("P3"));

        // Once it is on sale, its empty shelf counts: 2 of 4 levels in stock at WH-A
        draft.put("status", "ACTIVE").put("version", 2);
        db.write(tx -> {
            tables.upsert(tx.handle(), ResourceType.PRODUCT, List.of(draft));
            return null;
        });
        assertThat(StockDashboardData.load(db).heatmap(withDraft, Filter.ALL).cell("cat-w-tops", "WH-A")
                .availability()).isEqualTo(0.5);
    }

    @Test
    void heatmapFollowsTheLocationAndCategoryFilter() {
        Heatmap atB = data.heatmap(index, new Filter("ST-B", Set.of()));
        assertThat(atB.locationIds()).containsExactly("ST-B");
        assertThat(atB.cell("cat-w-dresses", "WH-A")).isNull();

        Heatmap women = data.heatmap(index, new Filter(null, data.subtree("cat-w")));
        assertThat(women.categoryIds()).containsExactly("cat-w-dresses", "cat-w-tops");
        Heatmap tops = data.heatmap(index, new Filter(null, data.subtree("cat-w-tops")));
        assertThat(tops.categoryIds()).containsExactly("cat-w-tops");
        assertThat(tops.cell("cat-w-tops", "WH-A").available()).isEqualTo(105);
    }

    @Test
    void lowStockIsWhatTheForecastSellsOutWithinEightWeeksSoonestFirst() {
        Lists lists = data.lists(index, history, Filter.ALL, OVERSTOCK_WEEKS, 10);
        // forecast from Jan 29 (day 0); stock-out = first day whose cumulative forecast exceeds available:
        // ST-B D-RED-36: 1/day (a steady series, Holt-Winters exact), 2 available → day 2 (3 > 2) = Jan 31
        // WH-A D-RED-40: intermittent → mean rate 28/28 = 1/day, 4 available → day 4 (5 > 4) = Feb 2
        // WH-A D-RED-36: 1/day, 10 available → day 10 = Feb 8
        // WH-A T-WHT-S: intermittent → 8/28 = 2/7 a day, 5 available → day 17 (18 × 2/7 = 5.14 > 5) = Feb 15
        // WH-A T-WHT-M: 7/28 = 0.25 a day × 56 days = 14 < 100 → not within the horizon; no-sales levels never
        assertThat(lists.lowStock()).extracting(l -> l.stockId() + " " + l.stockOut()).containsExactly(
                "ST-B|D-RED-36 2026-01-31", "WH-A|D-RED-40 2026-02-02", "WH-A|D-RED-36 2026-02-08",
                "WH-A|T-WHT-S 2026-02-15");
        assertThat(lists.lowStockTotal()).isEqualTo(4);
        assertThat(lists.lowStock().get(3).dailyDemand()).isCloseTo(2 / 7.0, within(1e-9));
        assertThat(lists.lowStock().getFirst().title()).isEqualTo("Midi Dress");

        Lists atA = data.lists(index, history, new Filter("WH-A", Set.of()), OVERSTOCK_WEEKS, 2);
        assertThat(atA.lowStock()).extracting(StockDashboardData.LowStock::sku).containsExactly("D-RED-40", "D-RED-36");
        assertThat(atA.lowStockTotal()).isEqualTo(3);
    }

    @Test
    void overstockIsMostExcessUnitsFirst() {
        Lists lists = data.lists(index, history, Filter.ALL, OVERSTOCK_WEEKS, 10);
        // threshold 26 weeks; excess = available − ⌈26 × weekly sales⌉:
        // WH-A T-WHT-M: 100 / 1.75 = 57 weeks > 26 → 100 − ⌈45.5⌉ = 54
        // WH-A D-BLU-38: no sales → 30 − 0 = 30;  ST-B D-RED-38: no sales → 5
        // ST-B T-WHT-M: 1 available ≤ reorder point 2 → low, never overstock
        assertThat(lists.overstock()).extracting(o -> o.stockId() + " " + o.excess())
                .containsExactly("WH-A|T-WHT-M 54", "WH-A|D-BLU-38 30", "ST-B|D-RED-38 5");
        assertThat(lists.overstock().getFirst().weeksOfCover()).isCloseTo(100 / 1.75, within(1e-4));
        assertThat(lists.overstock().get(1).weeksOfCover()).isNull();

        Lists tops = data.lists(index, history, new Filter(null, data.subtree("cat-w-tops")), OVERSTOCK_WEEKS, 10);
        assertThat(tops.overstock()).extracting(StockDashboardData.Overstock::sku).containsExactly("T-WHT-M");
    }

    @Test
    void sizeCurvesShowEverySizeOfAStyleAtEachLocationAndPutBrokenOnesFirst() {
        // per style × location (sizes of the style the location has no stock row for count as 0):
        // WH-A Red 36 = 10, 38 = 0, 40 = 4 → missing 38, 14 in stock;  WH-A Blue 38 = 30 → complete
        // WH-A White S = 5, M = 100 → complete;  ST-B Red 36 = 2, 38 = 5, 40 = 0 → missing 40, 7 in stock
        // ST-B White S = 0, M = 1 → missing S, 1 in stock;  Blue has no stock row at ST-B → not there
        // 5 in stock, 3 broken; each misses one size → more stock first
        Lists all = data.lists(index, history, Filter.ALL, OVERSTOCK_WEEKS, 10);
        assertThat(all.styles()).isEqualTo(5);
        assertThat(all.brokenStyles()).isEqualTo(3);
        assertThat(all.sizeCurves()).extracting(c -> c.title() + " " + c.colour() + " " + c.locationId() + " "
                + c.missing()).containsExactly("Midi Dress Red WH-A [38]", "Midi Dress Red ST-B [40]",
                "Linen Top White ST-B [S]");
        assertThat(all.sizeCurves().get(1).sizes()).extracting(s -> s.size() + "=" + s.available())
                .containsExactly("36=2", "38=5", "40=0");

        Lists atB = data.lists(index, history, new Filter("ST-B", Set.of()), OVERSTOCK_WEEKS, 10);
        assertThat(atB.styles()).isEqualTo(2);
        assertThat(atB.sizeCurves()).extracting(StockDashboardData.SizeCurve::title)
                .containsExactly("Midi Dress", "Linen Top");
    }

    @Test
    void sizesSortLikeASizeRun() {
        List<String> sizes = new ArrayList<>(List.of("XL", "S", "M", "XS", "L", "W30", "W28", "116", "104", "ONE"));
        sizes.sort(StockDashboardData.SIZE_ORDER);
        assertThat(sizes).containsExactly("XS", "S", "M", "L", "XL", "W28", "W30", "104", "116", "ONE");
    }

    @Test
    void aLiveStockChangeShowsAfterTheIndexRefresh() {
        assertThat(data.heatmap(index, Filter.ALL).cell("cat-w-tops", "ST-B").inStock()).isEqualTo(1);
        db.write(tx -> {
            new LocalTables().upsert(tx.handle(), ResourceType.STOCK, List.of(stock("ST-B", "T-WHT-S", 6, null)));
            return null;
        });
        index.refresh(List.of("ST-B|T-WHT-S"));
        // Tops at ST-B: now S = 6 and M = 1 → 2 of 2 in stock, 7 available; White at ST-B no longer broken
        Cell cell = data.heatmap(index, Filter.ALL).cell("cat-w-tops", "ST-B");
        assertThat(cell.availability()).isEqualTo(1.0);
        assertThat(cell.available()).isEqualTo(7);
        assertThat(data.lists(index, history, new Filter("ST-B", Set.of()), OVERSTOCK_WEEKS, 10).sizeCurves())
                .extracting(StockDashboardData.SizeCurve::title).containsExactly("Midi Dress");
    }

    /// `units` every `step` days of the 28, starting on day 0.
    private static double[] every(int step, double units) {
        double[] d = new double[28];
        for (int i = 0; i < 28; i += step) {
            d[i] = units;
        }
        return d;
    }

    private static ObjectNode node() {
        return Json.mapper().createObjectNode();
    }

    private static JsonNode category(String id, String name, String parent) {
        return node().put("id", id).put("name", name).put("parentId", parent).put("version", 1);
    }

    private static JsonNode location(String id) {
        return node().put("id", id).put("name", id).put("type", id.startsWith("WH") ? "WAREHOUSE" : "STORE")
                .put("version", 1);
    }

    private static ObjectNode variant(String sku, String colour, String size) {
        return node().put("sku", sku).put("colour", colour).put("size", size).put("priceCents", 4999);
    }

    private static JsonNode product(String id, String title, String category, ObjectNode... variants) {
        ObjectNode p = node().put("id", id).put("title", title).put("categoryId", category).put("status", "ACTIVE")
                .put("version", 1);
        ArrayNode vs = p.putArray("variants");
        for (ObjectNode v : variants) {
            vs.add(v);
        }
        return p;
    }

    private static JsonNode stock(String loc, String sku, int available, Integer reorderPoint) {
        ObjectNode s = node().put("locationId", loc).put("sku", sku).put("onHand", available).put("committed", 0)
                .put("available", available).put("incoming", 0).put("version", 1);
        if (reorderPoint != null) {
            s.put("reorderPoint", reorderPoint);
        }
        return s;
    }
}
