package com.trendythreads.opsdesk.viewmodels.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.trendythreads.opsdesk.api.Json;
import com.trendythreads.opsdesk.api.rules.SalesCalendar;
import com.trendythreads.opsdesk.cache.LocalData;
import com.trendythreads.opsdesk.cache.kpi.DrillTable.Target;
import com.trendythreads.opsdesk.cache.kpi.StockDashboardData.Measure;
import com.trendythreads.opsdesk.cache.outbox.LocalEdits;
import com.trendythreads.opsdesk.cache.store.CacheDatabase;
import com.trendythreads.opsdesk.cache.store.CacheOptions;
import com.trendythreads.opsdesk.cache.store.LocalTables;
import com.trendythreads.opsdesk.cache.store.ResourceType;
import com.trendythreads.opsdesk.viewmodels.Fakes;
import com.trendythreads.opsdesk.viewmodels.common.I18n;
import com.trendythreads.opsdesk.viewmodels.common.InMemorySettingsStore;
import com.trendythreads.opsdesk.viewmodels.common.TaskRunner;
import com.trendythreads.opsdesk.viewmodels.dashboard.HeatmapRowItem.Band;
import com.trendythreads.opsdesk.viewmodels.inventory.StockSource;
import com.trendythreads.opsdesk.viewmodels.session.SessionState;
import com.trendythreads.opsdesk.viewmodels.session.UserSession;
import com.trendythreads.opsdesk.viewmodels.shell.RecordLinks;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/// The stock dashboard screen's state on a hand-built cache (no toolkit, work on the test's thread).
///
/// | location | SKU | style, size | available | sales |
/// |---|---|---|---|---|
/// | WH-A | D-RED-36 | Midi Dress Red 36 | 10 | 1 a day for the last 56 days → 7 a week |
/// | WH-A | D-RED-38 | Midi Dress Red 38 | 0 | – |
/// | WH-A | D-RED-40 | Midi Dress Red 40 | 40 | – |
/// | WH-A | T-WHT-S / T-WHT-M | Linen Top White S / M | 3 / 500 | – |
/// | ST-B | D-RED-36 | Midi Dress Red 36 | 4 | 1 a day for the last 56 days → 7 a week |
/// | ST-B | D-RED-38 | Midi Dress Red 38 | 6 | – |
/// | ST-B | T-WHT-S / T-WHT-M | Linen Top White S / M | 0 / 2 | – |
class StockDashboardViewModelTest {

    @TempDir
    Path dir;
    private CacheDatabase db;
    private final LocalTables tables = new LocalTables();
    private final RecordLinks links = new RecordLinks();
    private final Fakes.RecordingNotifier notifier = new Fakes.RecordingNotifier();
    // The shop's days (SalesCalendar.ZONE), as the dashboard counts them: the machine's zone would disagree for an hour a day.
    private final LocalDate today = LocalDate.now(SalesCalendar.ZONE);
    private StockDashboardViewModel vm;

    @BeforeEach
    void open() {
        db = CacheDatabase.open(dir, "http://127.0.0.1:9/", "mona.manager", "demo".toCharArray(),
                new CacheOptions(1_000, 0));
        List<JsonNode> orders = new ArrayList<>();
        for (int d = 1; d <= 56; d++) {
            orders.add(order("A" + d, "WH-A", d));
            orders.add(order("B" + d, "ST-B", d));
        }
        put(ResourceType.CATEGORY, List.of(category("cat-w", "Women", null),
                category("cat-w-dresses", "Dresses", "cat-w"), category("cat-w-tops", "Tops", "cat-w")));
        put(ResourceType.LOCATION, List.of(location("WH-A", "Warehouse A"), location("ST-B", "Store B")));
        put(ResourceType.PRODUCT, List.of(
                product("P1", "Midi Dress", "cat-w-dresses", variant("D-RED-36", "Red", "36"),
                        variant("D-RED-38", "Red", "38"), variant("D-RED-40", "Red", "40")),
                product("P2", "Linen Top", "cat-w-tops", variant("T-WHT-S", "White", "S"),
                        variant("T-WHT-M", "White", "M"))));
        put(ResourceType.STOCK, List.of(stock("WH-A", "D-RED-36", 10), stock("WH-A", "D-RED-38", 0),
                stock("WH-A", "D-RED-40", 40), stock("WH-A", "T-WHT-S", 3), stock("WH-A", "T-WHT-M", 500),
                stock("ST-B", "D-RED-36", 4), stock("ST-B", "D-RED-38", 6), stock("ST-B", "T-WHT-S", 0),
                stock("ST-B", "T-WHT-M", 2)));
        put(ResourceType.ORDER, orders);

        InMemorySettingsStore settings = new InMemorySettingsStore();
        settings.setLocale(Locale.ENGLISH);
        I18n i18n = new I18n(settings);
        SessionState sessions = new SessionState();
        LocalData data = new LocalData(db, new LocalEdits(db, tables, Clock.systemUTC(), () -> { }));
        sessions.signedIn(new UserSession("http://127.0.0.1:9/", Fakes.user("mona.manager", "Mona", "MANAGER"),
                false, false, dir, new Fakes.Status(), null, data, null));
        TaskRunner runner = TaskRunner.direct();
        vm = new StockDashboardViewModel(new StockSource(sessions, runner, settings), runner, notifier, i18n, links);
        vm.activate();
    }

    @AfterEach
    void close() {
        if (vm != null) {
            vm.deactivate();
        }
        db.close();
    }

    @Test
    void heatmapShowsWeeksOfCoverOrAvailabilityWithBands() {
        assertThat(vm.columns()).containsExactly("ST-B", "WH-A");
        assertThat(vm.heatmap()).extracting(HeatmapRowItem::label).containsExactly("Women › Dresses", "Women › Tops");
        // Dresses: ST-B 4 + 6 = 10 units / 7 a week = 1.4 weeks (under 2: critical);
        //          WH-A 10 + 0 + 40 = 50 / 7 = 7.1 weeks (healthy). Tops never sold: ∞, too much stock.
        assertThat(cells(0)).containsExactly("1.4 CRITICAL", "7.1 OK");
        assertThat(cells(1)).containsExactly("∞ HIGH", "∞ HIGH");
        assertThat(vm.heatmap().getFirst().cells().getFirst().tooltip())
                .contains("Women › Dresses at Store B", "2 stock levels, 2 in stock", "10 units available");

        vm.measureProperty().set(Measure.AVAILABILITY);
        // Dresses: ST-B 2 of 2 levels in stock, WH-A 2 of 3; Tops: ST-B 1 of 2, WH-A 2 of 2
        assertThat(cells(0)).containsExactly("100% OK", "67% CRITICAL");
        assertThat(cells(1)).containsExactly("50% CRITICAL", "100% OK");
    }

    @Test
    void listsShowLowStockOverstockAndBrokenSizeCurves() {
        DateTimeFormatter date = DateTimeFormatter.ofPattern("EEE d MMM", Locale.ENGLISH);
        // a steady 1 a day: 4 available at ST-B run out on day 4 (5 > 4), 10 at WH-A on day 10
        assertThat(vm.lowStock()).extracting(i -> i.stockId() + " " + i.figure() + " " + i.detail()).containsExactly(
                "ST-B|D-RED-36 " + date.format(today.plusDays(4)) + " 1.0/day",
                "WH-A|D-RED-36 " + date.format(today.plusDays(10)) + " 1.0/day");
        assertThat(vm.lowStockTitleProperty().get()).isEqualTo("Running out within 8 weeks (2)");
        // no sales, so every unit above the reorder point (none set) is excess: 500, 40, 6, 3, 2
        assertThat(vm.overstock()).extracting(i -> i.stockId() + " " + i.figure()).containsExactly(
                "WH-A|T-WHT-M +500", "WH-A|D-RED-40 +40", "ST-B|D-RED-38 +6", "WH-A|T-WHT-S +3", "ST-B|T-WHT-M +2");
        // per style × location: WH-A Red 36 = 10, 38 = 0, 40 = 40 → missing 38 (50 in stock); WH-A White complete;
        // ST-B Red 36 = 4, 38 = 6, 40 none → missing 40 (10); ST-B White S = 0, M = 2 → missing S (2)
        assertThat(vm.sizeCurves()).extracting(c -> c.title() + " " + c.colour() + " " + c.locationId() + " "
                + c.missing()).containsExactly("Midi Dress Red WH-A missing 38", "Midi Dress Red ST-B missing 40",
                "Linen Top White ST-B missing S");
        assertThat(vm.sizeCurvesTitleProperty().get()).isEqualTo("Styles missing a size (3 of 4 in stock, per location)");
        assertThat(notifier.errors).isEmpty();
    }

    @Test
    void aHeatmapCellNarrowsTheListsAndTheFiltersWidenThemAgain() {
        vm.selectCell("cat-w-dresses", "ST-B");
        assertThat(vm.scopeProperty().get()).contains("Women › Dresses at Store B");
        assertThat(vm.lowStock()).extracting(StockLineItem::stockId).containsExactly("ST-B|D-RED-36");
        assertThat(vm.overstock()).extracting(StockLineItem::stockId).containsExactly("ST-B|D-RED-38");
        // Red at ST-B: 36 = 4, 38 = 6, 40 has no stock there → missing
        assertThat(vm.sizeCurves()).extracting(c -> c.title() + " " + c.colour() + " " + c.missing())
                .containsExactly("Midi Dress Red missing 40");
        assertThat(vm.sizeCurves().getFirst().sizes()).extracting(s -> s.size() + "=" + s.available())
                .containsExactly("36=4", "38=6", "40=0");

        vm.selectCell("cat-w-dresses", "ST-B"); // the same cell again: back to the filters
        assertThat(vm.selectedCellProperty().get()).isNull();
        assertThat(vm.lowStock()).hasSize(2);

        vm.locationProperty().set("WH-A");
        assertThat(vm.columns()).containsExactly("WH-A");
        assertThat(vm.lowStock()).extracting(StockLineItem::stockId).containsExactly("WH-A|D-RED-36");
        vm.categoryProperty().set(vm.categories().stream().filter(c -> "cat-w-tops".equals(c.id())).findFirst()
                .orElseThrow());
        assertThat(vm.heatmap()).extracting(HeatmapRowItem::label).containsExactly("Women › Tops");
        assertThat(vm.overstock()).extracting(StockLineItem::stockId).containsExactly("WH-A|T-WHT-M", "WH-A|T-WHT-S");
    }

    @Test
    void rowsOpenTheirStockLevelOrProduct() {
        vm.open(vm.lowStock().getFirst());
        assertThat(links.requestedProperty().get()).isEqualTo(new RecordLinks.Link(Target.STOCK, "ST-B|D-RED-36"));
        assertThat(RecordLinks.workspaceOf(links.requestedProperty().get())).contains("inventory");
        vm.selectCell("cat-w-dresses", "ST-B");
        vm.open(vm.sizeCurves().getFirst());
        assertThat(links.take(Target.STOCK)).isEmpty();
        assertThat(links.take(Target.PRODUCT)).contains(new RecordLinks.Link(Target.PRODUCT, "P1"));
        assertThat(links.requestedProperty().get()).isNull();
    }

    @Test
    void aLiveStockChangeUpdatesTheHeatmapAndLists() {
        // 36 more units of D-RED-36 at ST-B arrive: Dresses at ST-B 46 / 7 = 6.6 weeks, now healthy;
        // its stock-out moves to day 40, after WH-A's day 10
        put(ResourceType.STOCK, List.of(stock("ST-B", "D-RED-36", 40)));
        assertThat(cells(0)).containsExactly("6.6 OK", "7.1 OK");
        assertThat(vm.lowStock()).extracting(StockLineItem::stockId).containsExactly("WH-A|D-RED-36", "ST-B|D-RED-36");
    }

    @Test
    void aProductTakenOffSaleLeavesTheDashboardWithoutReopeningIt() {
        vm.locationProperty().set("WH-A");
        ObjectNode top = (ObjectNode) product("P2", "Linen Top", "cat-w-tops", variant("T-WHT-S", "White", "S"),
                variant("T-WHT-M", "White", "M"));
        top.put("status", "ARCHIVED").put("version", 2);
        put(ResourceType.PRODUCT, List.of(top));
        // only products on sale count in the heatmap: Tops has none left
        assertThat(vm.heatmap()).extracting(HeatmapRowItem::label).containsExactly("Women › Dresses");
        assertThat(vm.locationProperty().get()).as("the filter survives the reload").isEqualTo("WH-A");
        assertThat(vm.columns()).containsExactly("WH-A");
        assertThat(notifier.errors).isEmpty();
    }

    private List<String> cells(int row) {
        return vm.heatmap().get(row).cells().stream().map(c -> c.text() + " " + c.band()).toList();
    }

    private void put(ResourceType type, List<JsonNode> docs) {
        db.write(tx -> {
            tables.upsert(tx.handle(), type, docs);
            tx.changed(type.table(), docs.stream().map(type::idOf).toList());
            return null;
        });
    }

    private static ObjectNode node() {
        return Json.mapper().createObjectNode();
    }

    private JsonNode order(String id, String loc, int daysAgo) {
        ObjectNode o = node().put("id", id).put("number", id).put("status", "DELIVERED").put("locationId", loc)
                .put("channel", "WEB").put("version", 1)
                .put("placedAt", today.minusDays(daysAgo).atTime(12, 0).atZone(SalesCalendar.ZONE)
                        .toInstant().toString());
        o.putArray("lines").addObject().put("id", id + "-1").put("sku", "D-RED-36").put("quantity", 1)
                .put("unitPriceCents", 4999);
        return o;
    }

    private static JsonNode category(String id, String name, String parent) {
        return node().put("id", id).put("name", name).put("parentId", parent).put("version", 1);
    }

    private static JsonNode location(String id, String name) {
        return node().put("id", id).put("name", name).put("type", "WAREHOUSE").put("version", 1);
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

    private static JsonNode stock(String loc, String sku, int available) {
        return node().put("locationId", loc).put("sku", sku).put("onHand", available).put("committed", 0)
                .put("available", available).put("incoming", 0).put("version", 1);
    }
}
