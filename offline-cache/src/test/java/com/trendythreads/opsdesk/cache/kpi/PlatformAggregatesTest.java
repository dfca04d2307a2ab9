package com.trendythreads.opsdesk.cache.kpi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.trendythreads.opsdesk.api.dto.analytics.DailySalesReport;
import com.trendythreads.opsdesk.api.dto.analytics.DailySalesRow;
import com.trendythreads.opsdesk.api.dto.analytics.ExternalContextReport;
import com.trendythreads.opsdesk.api.dto.analytics.TrafficReport;
import com.trendythreads.opsdesk.api.dto.analytics.TrafficRow;
import com.trendythreads.opsdesk.api.dto.common.OrderChannel;
import com.trendythreads.opsdesk.api.error.NetworkDown;
import com.trendythreads.opsdesk.api.error.RequestInfo;
import com.trendythreads.opsdesk.api.service.AnalyticsApi;
import com.trendythreads.opsdesk.cache.store.CacheDatabase;
import com.trendythreads.opsdesk.cache.store.CacheOptions;
import com.trendythreads.opsdesk.cache.store.LocalTables;
import com.trendythreads.opsdesk.cache.store.ResourceType;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/// Conversion rate and periods reaching back before the local window, from hand-built platform reports (a
/// stand-in [AnalyticsApi] answering with literal rows) stitched with two hand-built local orders.
///
/// Now is 12 March 2026 12:00 UTC and the local window is 3 days: 10–12 March come from the cache.
/// - local: o1 10 March WEB wh-1, 1 × 50.00; o2 11 March APP wh-1, 2 × 20.00, one returned (not refunded);
/// - platform daily sales, all channels: 8 March 2 orders, 3 units, net 70.00, 1 returned;
///   9 March 1 order, 1 unit, net 30.00. By channel: 8 March WEB 1 order 1 unit 40.00, APP 1 order 2 units
///   30.00 (1 returned); 9 March STORE 1 order 1 unit 30.00;
/// - platform traffic: 10 March WEB 100 sessions 3 conversions, APP 50 / 2; 11 March WEB 200 / 4;
///   8 March WEB 100 / 1.
class PlatformAggregatesTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-12T12:00:00Z"), ZoneOffset.UTC);
    private static final LocalDate MAR_8 = LocalDate.of(2026, 3, 8);
    private static final LocalDate MAR_9 = LocalDate.of(2026, 3, 9);
    private static final LocalDate MAR_10 = LocalDate.of(2026, 3, 10);
    private static final LocalDate MAR_11 = LocalDate.of(2026, 3, 11);

    @TempDir
    Path dir;
    private CacheDatabase db;
    private final StandIn platform = new StandIn();

    /// The platform's analytics as literal reports; `down` makes every call fail like a lost network.
    static final class StandIn implements AnalyticsApi {
        boolean down;
        final List<String> calls = new ArrayList<>();

        @Override
        public DailySalesReport getDailySales(LocalDate from, LocalDate to, String groupBy) {
            call("daily-sales " + from + ".." + to + " " + groupBy);
            List<DailySalesRow> rows = new ArrayList<>();
            if (groupBy == null) {
                rows.add(row(MAR_8, null, 2, 3, 7_000, 1));
                rows.add(row(MAR_9, null, 1, 1, 3_000, 0));
            } else if (groupBy.equals("channel")) {
                rows.add(row(MAR_8, OrderChannel.WEB, 1, 1, 4_000, 0));
                rows.add(row(MAR_8, OrderChannel.APP, 1, 2, 3_000, 1));
                rows.add(row(MAR_9, OrderChannel.STORE, 1, 1, 3_000, 0));
            }
            rows.removeIf(r -> r.date().isBefore(from) || r.date().isAfter(to));
            return new DailySalesReport(from, to, rows);
        }

        @Override
        public TrafficReport getTraffic(LocalDate from, LocalDate to) {
            call("traffic " + from + ".." + to);
            List<TrafficRow> rows = new ArrayList<>(List.of(
                    new TrafficRow(MAR_8, OrderChannel.WEB, 100, 1),
                    new TrafficRow(MAR_10, OrderChannel.WEB, 100, 3),
                    new TrafficRow(MAR_10, OrderChannel.APP, 50, 2),
                    new TrafficRow(MAR_11, OrderChannel.WEB, 200, 4)));
            rows.removeIf(r -> r.date().isBefore(from) || r.date().isAfter(to));
            return new TrafficReport(from, to, rows);
        }

        @Override
        public ExternalContextReport getExternalContext(LocalDate from, LocalDate to, String categoryId) {
            throw new UnsupportedOperationException();
        }

        private void call(String what) {
            if (down) {
                throw new NetworkDown(new RequestInfo("GET", what, null), new IOException("connection refused"));
            }
            calls.add(what);
        }

        private static DailySalesRow row(LocalDate day, OrderChannel ch, long orders, long units, long net,
                                         long returned) {
            return new DailySalesRow(day, ch, null, null, orders, units, net, 0, net, returned, 0);
        }
    }

    @BeforeEach
    void fill() {
        db = CacheDatabase.open(dir, "http://localhost:1", "mona.manager", "demo".toCharArray(),
                CacheOptions.defaults().withKdfIterations(1_000));
        JsonNodeFactory f = JsonNodeFactory.instance;
        ObjectNode o1 = order(f, "o1", "2026-03-10T09:00:00Z", "WEB", 1, 5_000, 0);
        ObjectNode o2 = order(f, "o2", "2026-03-11T09:00:00Z", "APP", 2, 2_000, 1);
        LocalTables tables = new LocalTables();
        db.write(tx -> {
            tables.upsert(tx.handle(), ResourceType.ORDER, List.of(o1, o2));
            tx.changed("orders", List.of("o1", "o2"));
            return null;
        });
    }

    private static ObjectNode order(JsonNodeFactory f, String id, String at, String channel, int qty, long price,
                                    int returned) {
        ObjectNode o = f.objectNode().put("id", id).put("number", id).put("placedAt", at).put("channel", channel)
                .put("locationId", "wh-1").put("status", "DELIVERED").put("version", 1);
        o.putArray("lines").addObject().put("id", id + "-1").put("productId", "p").put("sku", "p-M")
                .put("quantity", qty).put("unitPriceCents", price).put("discountCents", 0)
                .put("returnedQuantity", returned);
        return o;
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void aPeriodBeforeTheWindowIsStitchedFromPlatformDaysAndLocalDays() {
        try (SalesKpis kpis = new SalesKpis(db, CLOCK, 3, new PlatformAggregates(db, () -> platform, CLOCK))) {
            assertThat(kpis.firstLocalDay()).isEqualTo(MAR_10);
            KpiFilter f = KpiFilter.days(MAR_8, MAR_11);
            KpiValue net = kpis.value(Kpi.NET_SALES, f);
            // platform 70.00 + 30.00, local 50.00 + 40.00
            assertThat(net.value()).isEqualTo(19_000);
            assertThat(net.sparkline()).containsExactly(7_000.0, 3_000.0, 5_000.0, 4_000.0);
            assertThat(net.source()).isEqualTo(KpiValue.Source.PLATFORM);
            assertThat(net.previous()).as("4–7 March: the platform has no rows").isEqualTo(0.0);
            // 2 + 1 + 1 + 1
            assertThat(kpis.value(Kpi.ORDERS, f).value()).isEqualTo(5);
            // 19,000 / 5
            assertThat(kpis.value(Kpi.AVERAGE_ORDER_VALUE, f).value()).isEqualTo(3_800);
            // returned (1 + 0 + 0 + 1) of units (3 + 1 + 1 + 2)
            assertThat(kpis.value(Kpi.RETURN_RATE_UNITS, f).value()).isCloseTo(2.0 / 7, within(1e-9));
            assertThat(kpis.value(Kpi.RETURN_RATE_ORDERS, f).source()).as("the platform has no such report")
                    .isEqualTo(KpiValue.Source.UNAVAILABLE);

            KpiFilter web = new KpiFilter(MAR_8, MAR_11, null, "WEB", Set.of());
            // platform 8 March WEB 40.00 + local o1 50.00
            assertThat(kpis.value(Kpi.NET_SALES, web).value()).isEqualTo(9_000);
            assertThat(kpis.value(Kpi.ORDERS, web).value()).isEqualTo(2);
            assertThat(platform.calls).contains("daily-sales 2026-03-08..2026-03-09 channel");

            KpiFilter local = KpiFilter.days(MAR_10, MAR_11);
            assertThat(kpis.value(Kpi.NET_SALES, local).source()).isEqualTo(KpiValue.Source.LOCAL);
        }
    }

    @Test
    void conversionRateComesFromTheTrafficReport() {
        try (SalesKpis kpis = new SalesKpis(db, CLOCK, 3, new PlatformAggregates(db, () -> platform, CLOCK))) {
            KpiFilter f = KpiFilter.days(MAR_10, MAR_11);
            KpiValue all = kpis.value(Kpi.CONVERSION_RATE, f);
            // conversions (3 + 2 + 4) / sessions (100 + 50 + 200)
            assertThat(all.value()).isCloseTo(9.0 / 350, within(1e-12));
            // per day: 5 / 150, 4 / 200
            assertThat(all.sparkline()).containsExactly(5.0 / 150, 4.0 / 200);
            // 8–9 March: 1 / 100
            assertThat(all.previous()).isEqualTo(0.01);
            assertThat(all.source()).isEqualTo(KpiValue.Source.PLATFORM);
            // WEB only: (3 + 4) / (100 + 200)
            assertThat(kpis.value(Kpi.CONVERSION_RATE, new KpiFilter(MAR_10, MAR_11, null, "WEB", Set.of())).value())
                    .isCloseTo(7.0 / 300, within(1e-12));
            // no store sessions: nothing to divide by
            assertThat(kpis.value(Kpi.CONVERSION_RATE, new KpiFilter(MAR_10, MAR_11, null, "STORE", Set.of()))
                    .value()).isNull();
            int calls = platform.calls.size();
            kpis.value(Kpi.CONVERSION_RATE, f);
            assertThat(platform.calls).as("a fresh report is not fetched again").hasSize(calls);
        }
    }

    @Test
    void offlineTheLastFetchedReportsAreShown() {
        KpiFilter f = KpiFilter.days(MAR_8, MAR_11);
        try (SalesKpis kpis = new SalesKpis(db, CLOCK, 3, new PlatformAggregates(db, () -> platform, CLOCK))) {
            assertThat(kpis.value(Kpi.NET_SALES, f).value()).isEqualTo(19_000);
            assertThat(kpis.value(Kpi.CONVERSION_RATE, f).value()).isCloseTo(10.0 / 450, within(1e-12));
        }
        platform.down = true;
        // a new session (new aggregates, nothing in memory) with the platform unreachable
        Clock later = Clock.offset(CLOCK, java.time.Duration.ofMinutes(30));
        try (SalesKpis kpis = new SalesKpis(db, later, 3, new PlatformAggregates(db, () -> platform, later))) {
            KpiValue net = kpis.value(Kpi.NET_SALES, f);
            assertThat(net.value()).isEqualTo(19_000);
            assertThat(net.source()).isEqualTo(KpiValue.Source.PLATFORM_CACHED);
            KpiValue conversion = kpis.value(Kpi.CONVERSION_RATE, f);
            // (1 + 3 + 2 + 4) / (100 + 100 + 50 + 200)
            assertThat(conversion.value()).isCloseTo(10.0 / 450, within(1e-12));
            assertThat(conversion.source()).isEqualTo(KpiValue.Source.PLATFORM_CACHED);
            assertThat(kpis.value(Kpi.CONVERSION_RATE, KpiFilter.days(MAR_9, MAR_9)).source())
                    .as("never fetched").isEqualTo(KpiValue.Source.UNAVAILABLE);
            assertThat(kpis.value(Kpi.NET_SALES, KpiFilter.days(MAR_9, MAR_11)).source())
                    .as("never fetched").isEqualTo(KpiValue.Source.UNAVAILABLE);
        }
        try (SalesKpis kpis = new SalesKpis(db, CLOCK, 3, new PlatformAggregates(db, null, CLOCK))) {
            assertThat(kpis.value(Kpi.NET_SALES, f).source()).as("a session without a platform")
                    .isEqualTo(KpiValue.Source.PLATFORM_CACHED);
        }
    }
}
