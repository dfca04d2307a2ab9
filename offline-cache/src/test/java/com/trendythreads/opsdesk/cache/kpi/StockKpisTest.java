package com.trendythreads.opsdesk.cache.kpi;

import static com.trendythreads.opsdesk.cache.kpi.KpiCache.order;
import static com.trendythreads.opsdesk.cache.kpi.KpiCache.product;
import static com.trendythreads.opsdesk.cache.kpi.KpiCache.stock;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.trendythreads.opsdesk.cache.store.ResourceType;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/// The stock figures on a hand-built cache whose answers were worked out by hand.
///
/// Two locations, WH-A (warehouse) and ST-B (store). Products:
/// - P1 "Tee" (ACTIVE, tops): Black XS S M L XL (core S M L), White S M (two sizes: both core);
/// - P2 "Sneaker" (ACTIVE, shoes): Grey 40 41 42 (core 41), only in WH-A;
/// - P3 "Old tee" (ARCHIVED, tops): Red M, only in WH-A.
///
/// Available:      BLK-XS BLK-S BLK-M BLK-L BLK-XL WHT-S WHT-M GRY-40 GRY-41 GRY-42 RED-M  sum
///   WH-A             0     4     0     6     2     3     5      0      7      0      9    36
///   ST-B             1     0     2     1     0     0    -1(=0)   -      -      -      -     4
///   all              1     4     2     7     2     3     5      0      7      0      9    40
///
/// Orders: O1 03-02 WEB WH-A: BLK-S 2 (1 returned) + GRY-41 1 → 2 units (1 tops, 1 shoes);
/// O2 03-05 23:30Z APP ST-B: BLK-M 3 (1 refunded without a return: still sold) → 3 units;
/// O3 03-06 cancelled (5 units, none count);
/// Days are the shop's (Europe/Berlin, UTC+1 in March): O4 03-08 23:10Z (00:10 on the 9th in Berlin) and
/// O5 03-01 22:59Z (23:59 on the 1st) lie outside the period 03-02..03-08.
class StockKpisTest {

    private static final LocalDate FROM = LocalDate.of(2026, 3, 2);
    private static final LocalDate TO = LocalDate.of(2026, 3, 8);
    private static final KpiFilter WEEK = KpiFilter.days(FROM, TO);

    @TempDir
    Path dir;
    private KpiCache cache;
    private StockKpis kpis;

    @BeforeEach
    void build() {
        cache = new KpiCache(dir);
        cache.location("WH-A");
        cache.location("ST-B");
        cache.put(ResourceType.PRODUCT,
                product("P1", "Tee", "ACTIVE", "tops", "Black:XS:BLK-XS", "Black:S:BLK-S", "Black:M:BLK-M",
                        "Black:L:BLK-L", "Black:XL:BLK-XL", "White:S:WHT-S", "White:M:WHT-M"),
                product("P2", "Sneaker", "ACTIVE", "shoes", "Grey:40:GRY-40", "Grey:41:GRY-41", "Grey:42:GRY-42"),
                product("P3", "Old tee", "ARCHIVED", "tops", "Red:M:RED-M"));
        cache.put(ResourceType.STOCK,
                stock("WH-A", "BLK-XS", 0, 1), stock("WH-A", "BLK-S", 4, 1), stock("WH-A", "BLK-M", 0, 1),
                stock("WH-A", "BLK-L", 6, 1), stock("WH-A", "BLK-XL", 2, 1), stock("WH-A", "WHT-S", 3, 1),
                stock("WH-A", "WHT-M", 5, 1), stock("WH-A", "GRY-40", 0, 1), stock("WH-A", "GRY-41", 7, 1),
                stock("WH-A", "GRY-42", 0, 1), stock("WH-A", "RED-M", 9, 1),
                stock("ST-B", "BLK-XS", 1, 1), stock("ST-B", "BLK-S", 0, 1), stock("ST-B", "BLK-M", 2, 1),
                stock("ST-B", "BLK-L", 1, 1), stock("ST-B", "BLK-XL", 0, 1), stock("ST-B", "WHT-S", 0, 1),
                stock("ST-B", "WHT-M", -1, 1));
        cache.put(ResourceType.ORDER,
                order("O1", "2026-03-02T10:00:00Z", "WEB", "WH-A", "SHIPPED", "BLK-S:P1:2:1", "GRY-41:P2:1:0"),
                order("O2", "2026-03-05T22:30:00Z", "APP", "ST-B", "DELIVERED", "BLK-M:P1:3:0:1"),
                order("O3", "2026-03-06T08:00:00Z", "WEB", "WH-A", "CANCELLED", "BLK-L:P1:5:0"),
                order("O4", "2026-03-08T23:10:00Z", "WEB", "WH-A", "PLACED", "BLK-L:P1:4:0"),
                order("O5", "2026-03-01T22:59:00Z", "WEB", "WH-A", "DELIVERED", "GRY-41:P2:2:0"));
        kpis = new StockKpis(cache.db);
    }

    @AfterEach
    void close() {
        kpis.close();
        cache.close();
    }

    private Double value(Kpi kpi, KpiFilter f) {
        return kpis.value(kpi, f).value();
    }

    private static KpiFilter at(String location) {
        return new KpiFilter(FROM, TO, location, null, Set.of());
    }

    @Test
    void outOfStockRateCountsSkusOfActiveProductsRangedAtTheLocation() {
        // all: 10 active SKUs (RED-M is archived); nothing anywhere: GRY-40, GRY-42 → 2/10
        assertThat(value(Kpi.OUT_OF_STOCK_RATE, WEEK)).isEqualTo(0.2);
        // WH-A: 10 ranged; BLK-XS, BLK-M, GRY-40, GRY-42 → 4/10
        assertThat(value(Kpi.OUT_OF_STOCK_RATE, at("WH-A"))).isEqualTo(0.4);
        // ST-B: 7 ranged (P1 only); BLK-S, BLK-XL, WHT-S, WHT-M (-1 counts as nothing) → 4/7
        assertThat(value(Kpi.OUT_OF_STOCK_RATE, at("ST-B"))).isCloseTo(4.0 / 7, within(1e-12));
        // shoes, all locations: GRY-40, GRY-42 of 3 → 2/3
        assertThat(value(Kpi.OUT_OF_STOCK_RATE, new KpiFilter(FROM, TO, null, null, Set.of("shoes"))))
                .isCloseTo(2.0 / 3, within(1e-12));
        // a location without stock: nothing to divide by
        assertThat(value(Kpi.OUT_OF_STOCK_RATE, at("ST-NONE"))).isNull();
        KpiValue v = kpis.value(Kpi.OUT_OF_STOCK_RATE, WEEK);
        assertThat(v.previous()).as("stock has no history").isNull();
        assertThat(v.source()).isEqualTo(KpiValue.Source.LOCAL);
    }

    @Test
    void brokenSizesCountStylesInStockMissingACoreSize() {
        // all: Black (S 4, M 2, L 7) whole, White (S 3, M 5) whole, Grey (41: 7) whole → 0/3
        assertThat(value(Kpi.BROKEN_SIZES, WEEK)).isEqualTo(0.0);
        // WH-A: Black misses M (core) → broken; White, Grey whole → 1/3
        assertThat(value(Kpi.BROKEN_SIZES, at("WH-A"))).isCloseTo(1.0 / 3, within(1e-12));
        // ST-B: Black in stock (XS 1, M 2, L 1) but misses S → broken; White has nothing → not counted → 1/1
        assertThat(value(Kpi.BROKEN_SIZES, at("ST-B"))).isEqualTo(1.0);
        // shoes at ST-B: no style in stock → null
        assertThat(value(Kpi.BROKEN_SIZES, new KpiFilter(FROM, TO, "ST-B", null, Set.of("shoes")))).isNull();

        DrillTable d = kpis.records(Kpi.BROKEN_SIZES, at("WH-A"));
        assertThat(d.total()).isEqualTo(1);
        assertThat(d.rows().getFirst().target()).isEqualTo(DrillTable.Target.PRODUCT);
        assertThat(d.rows().getFirst().id()).isEqualTo("P1");
        assertThat(d.rows().getFirst().values()).containsExactly("Tee", "Black", "M", "S, L, XL");
    }

    @Test
    void sellThroughIsUnitsSoldOverSoldPlusAvailable() {
        // sold 03-02..03-08: O1 (2−1) + 1 = 2, O2 3 → 5; cancelled O3 and O4/O5 outside → 5 / (5 + 40) = 1/9
        assertThat(value(Kpi.SELL_THROUGH, WEEK)).isCloseTo(1.0 / 9, within(1e-12));
        // cumulative per day over 45: 03-02 2, 03-05 +3 (22:30 UTC is 23:30 in Berlin, still the 5th)
        assertThat(kpis.value(Kpi.SELL_THROUGH, WEEK).sparkline()).containsExactly(
                2 / 45.0, 2 / 45.0, 2 / 45.0, 5 / 45.0, 5 / 45.0, 5 / 45.0, 5 / 45.0);
        // WH-A: O1 only: 2 / (2 + 36)
        assertThat(value(Kpi.SELL_THROUGH, at("WH-A"))).isCloseTo(2.0 / 38, within(1e-12));
        // channel APP: O2 3 units; stock has no channel: 3 / (3 + 40)
        assertThat(value(Kpi.SELL_THROUGH, new KpiFilter(FROM, TO, null, "APP", Set.of())))
                .isCloseTo(3.0 / 43, within(1e-12));
        // shoes: GRY-41 1 sold, 0 + 7 + 0 available → 1/8
        assertThat(value(Kpi.SELL_THROUGH, new KpiFilter(FROM, TO, null, null, Set.of("shoes")))).isEqualTo(0.125);
        // a location with neither sales nor stock: nothing to divide by
        assertThat(value(Kpi.SELL_THROUGH, at("ST-NONE"))).isNull();
    }

    @Test
    void weeksOfCoverIsAvailableOverTheWeeklyRateOfThePeriod() {
        // 40 available / (5 units × 7 / 7 days) = 8 weeks
        assertThat(value(Kpi.WEEKS_OF_COVER, WEEK)).isEqualTo(8.0);
        // WH-A: 36 / 2 = 18
        assertThat(value(Kpi.WEEKS_OF_COVER, at("WH-A"))).isEqualTo(18.0);
        // shoes: 7 / 1 = 7
        assertThat(value(Kpi.WEEKS_OF_COVER, new KpiFilter(FROM, TO, null, null, Set.of("shoes")))).isEqualTo(7.0);
        // 03-01 alone: O5 2 units at a rate of 14 a week → 40 / 14
        assertThat(value(Kpi.WEEKS_OF_COVER, KpiFilter.days(FROM.minusDays(1), FROM.minusDays(1))))
                .isCloseTo(40.0 / 14, within(1e-12));
        // no sales in February: no rate, no value
        assertThat(value(Kpi.WEEKS_OF_COVER, KpiFilter.days(LocalDate.of(2026, 2, 1), LocalDate.of(2026, 2, 7))))
                .isNull();
    }

    @Test
    void drillDownListsTheOutOfStockSkusAsStockRowsAtALocation() {
        DrillTable d = kpis.records(Kpi.OUT_OF_STOCK_RATE, at("ST-B"));
        assertThat(d.total()).isEqualTo(4);
        assertThat(d.rows()).extracting(DrillTable.Row::id)
                .containsExactlyInAnyOrder("ST-B|BLK-S", "ST-B|BLK-XL", "ST-B|WHT-S", "ST-B|WHT-M");
        assertThat(d.rows()).allMatch(r -> r.target() == DrillTable.Target.STOCK);
        DrillTable all = kpis.records(Kpi.OUT_OF_STOCK_RATE, WEEK);
        assertThat(all.rows()).extracting(DrillTable.Row::id).containsExactly("P2", "P2");
        assertThat(all.rows()).extracting(r -> r.values().getFirst()).containsExactly("GRY-40", "GRY-42");

        DrillTable sold = kpis.records(Kpi.SELL_THROUGH, WEEK);
        // BLK-M 3 sold (2 left), BLK-S 1 (4 left), GRY-41 1 (7 left): most sold first
        assertThat(sold.rows()).extracting(r -> r.values().getFirst()).containsExactly("BLK-M", "BLK-S", "GRY-41");
        assertThat(sold.rows().getFirst().values()).containsExactly("BLK-M", "Tee", 3L, 2L, 0.6);
    }

    @Test
    void aStockChangeReportsOnlyTheFiguresItMovesAndTheNewValue() {
        List<Set<Kpi>> seen = new CopyOnWriteArrayList<>();
        kpis.onChange(seen::add);

        // XL is not a core size: ST-B's Black stays broken, but BLK-XL there is no longer out of stock
        cache.put(ResourceType.STOCK, stock("ST-B", "BLK-XL", 3, 2));
        assertThat(seen).containsExactly(Set.of(Kpi.OUT_OF_STOCK_RATE, Kpi.SELL_THROUGH, Kpi.WEEKS_OF_COVER));
        assertThat(value(Kpi.OUT_OF_STOCK_RATE, at("ST-B"))).isCloseTo(3.0 / 7, within(1e-12));
        assertThat(value(Kpi.BROKEN_SIZES, at("ST-B"))).isEqualTo(1.0);
        // 43 available, 5 sold: 43 / 5
        assertThat(value(Kpi.WEEKS_OF_COVER, WEEK)).isCloseTo(8.6, within(1e-12));

        // a new bin moves no figure: nothing is reported
        seen.clear();
        cache.put(ResourceType.STOCK, stock("WH-A", "BLK-L", 6, 2).put("bin", "A-01-02"));
        assertThat(seen).isEmpty();

        // BLK-M arrives at WH-A: Black is whole there again, one SKU fewer out of stock
        cache.put(ResourceType.STOCK, stock("WH-A", "BLK-M", 5, 2));
        assertThat(seen).containsExactly(Set.of(Kpi.OUT_OF_STOCK_RATE, Kpi.BROKEN_SIZES, Kpi.SELL_THROUGH,
                Kpi.WEEKS_OF_COVER));
        assertThat(value(Kpi.BROKEN_SIZES, at("WH-A"))).isEqualTo(0.0);
        assertThat(value(Kpi.OUT_OF_STOCK_RATE, at("WH-A"))).isEqualTo(0.3);
    }

    @Test
    void anOrderChangeMovesOnlyTheSalesBasedFigures() {
        List<Set<Kpi>> seen = new ArrayList<>();
        kpis.onChange(seen::add);
        // O2 is cancelled: 2 sold in the period, 40 available
        cache.put(ResourceType.ORDER, order("O2", "2026-03-05T22:30:00Z", "APP", "ST-B", "CANCELLED", "BLK-M:P1:3:0"));
        assertThat(seen).containsExactly(Set.of(Kpi.SELL_THROUGH, Kpi.WEEKS_OF_COVER));
        assertThat(value(Kpi.SELL_THROUGH, WEEK)).isCloseTo(2.0 / 42, within(1e-12));
        assertThat(value(Kpi.WEEKS_OF_COVER, WEEK)).isEqualTo(20.0);

        // a new order in the period at WH-A: 2 more units
        seen.clear();
        cache.put(ResourceType.ORDER, order("O6", "2026-03-08T12:00:00Z", "WEB", "WH-A", "PLACED", "GRY-41:P2:2:0"));
        assertThat(seen).containsExactly(Set.of(Kpi.SELL_THROUGH, Kpi.WEEKS_OF_COVER));
        assertThat(value(Kpi.WEEKS_OF_COVER, at("WH-A"))).isEqualTo(9.0); // 36 / 4
    }

    @Test
    void aProductArchivedLeavesTheRatesItCountedIn() {
        List<Set<Kpi>> seen = new ArrayList<>();
        kpis.onChange(seen::add);
        cache.put(ResourceType.PRODUCT,
                product("P2", "Sneaker", "ARCHIVED", "shoes", "Grey:40:GRY-40", "Grey:41:GRY-41", "Grey:42:GRY-42"));
        assertThat(seen).containsExactly(Set.of(Kpi.OUT_OF_STOCK_RATE, Kpi.BROKEN_SIZES));
        // 7 active SKUs left, none out of stock everywhere → 0/7; 2 styles, none broken
        assertThat(value(Kpi.OUT_OF_STOCK_RATE, WEEK)).isEqualTo(0.0);
        assertThat(value(Kpi.BROKEN_SIZES, at("WH-A"))).isEqualTo(0.5); // Black of Black, White
    }

    @Test
    void coreSizesAreTheRunWithoutItsEnds() {
        assertThat(CoreSizes.core(List.of("XL", "S", "XS", "M", "L"))).containsExactlyInAnyOrder("S", "M", "L");
        assertThat(CoreSizes.core(List.of("W25", "W26", "W27", "W28", "W29", "W30", "W31")))
                .containsExactlyInAnyOrder("W26", "W27", "W28", "W29", "W30");
        assertThat(CoreSizes.core(List.of("104", "116", "128", "140", "152")))
                .containsExactlyInAnyOrder("116", "128", "140");
        assertThat(CoreSizes.core(List.of("ONE"))).containsExactly("ONE");
        assertThat(CoreSizes.core(List.of("M", "S"))).containsExactlyInAnyOrder("S", "M");
    }
}
