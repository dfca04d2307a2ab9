package com.trendythreads.opsdesk.cache.kpi;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.trendythreads.opsdesk.api.dto.analytics.TrafficRow;
import com.trendythreads.opsdesk.api.IdempotencyKeys;
import com.trendythreads.opsdesk.api.service.AnalyticsApi;
import com.trendythreads.opsdesk.api.service.ResourcesApi;
import com.trendythreads.opsdesk.cache.store.CacheDatabase;
import com.trendythreads.opsdesk.cache.sync.TestPlatform;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/// The test: the dashboard's net sales and order count for a period equal a direct SQL sum over
/// the cached orders for the same filters, on the seeded TINY demo data synced into a real cache.
///
/// The "SQL side" is written without the figures' code: the typed columns select the orders (Berlin
/// day range on `placed_at`, not cancelled, channel, location), `COUNT(*)` counts them, and the net is summed
/// from the selected rows' JSON lines (gross − discount − the refunds' line amounts), as the platform
/// defines it.
class SalesSqlAgreementTest {

    @TempDir
    static Path tmp;
    private static TestPlatform platform;
    private static TestPlatform.Client desk;
    private static SalesKpis kpis;
    private static final ObjectMapper JSON = new ObjectMapper();
    /// Written out here rather than taken from the code under test: the shop's days are Berlin days.
    private static final ZoneId SHOP = ZoneId.of("Europe/Berlin");

    @BeforeAll
    static void sync() {
        platform = TestPlatform.start(tmp.resolve("platform"));
        desk = platform.desk(tmp.resolve("cache"), "mona.manager");
        assertThat(desk.engine().initialSync()).isTrue();
        kpis = new SalesKpis(desk.db(), Clock.systemUTC(), 90, null);
    }

    @AfterAll
    static void stop() {
        kpis.close();
        platform.close();
    }

    private record Sums(long orders, long net) {
    }

    private static Sums sql(CacheDatabase db, KpiFilter f) {
        String where = " WHERE placed_at >= :from AND placed_at < :until AND status <> 'CANCELLED'"
                + (f.channel() == null ? "" : " AND channel = :channel")
                + (f.locationId() == null ? "" : " AND location_id = :location");
        Map<String, Object> binds = new HashMap<>();
        binds.put("from", f.from().atStartOfDay(SHOP).toOffsetDateTime());
        binds.put("until", f.to().plusDays(1).atStartOfDay(SHOP).toOffsetDateTime());
        if (f.channel() != null) {
            binds.put("channel", f.channel());
        }
        if (f.locationId() != null) {
            binds.put("location", f.locationId());
        }
        long count = db.read(h -> h.createQuery("SELECT COUNT(*) FROM orders" + where).bindMap(binds)
                .mapTo(Long.class).one());
        List<String> docs = db.read(h -> h.createQuery("SELECT doc FROM orders" + where).bindMap(binds)
                .mapTo(String.class).list());
        long net = 0;
        for (String doc : docs) {
            JsonNode o = parse(doc);
            Map<String, Long> refunded = new HashMap<>();
            for (JsonNode r : o.path("refunds")) {
                for (JsonNode rl : r.path("lines")) {
                    refunded.merge(rl.get("lineId").asText(), rl.get("amountCents").asLong(), Long::sum);
                }
            }
            for (JsonNode l : o.path("lines")) {
                net += l.get("unitPriceCents").asLong() * l.get("quantity").asLong() - l.get("discountCents").asLong()
                        - refunded.getOrDefault(l.get("id").asText(), 0L);
            }
        }
        return new Sums(count, net);
    }

    private static JsonNode parse(String doc) {
        try {
            return JSON.readTree(doc);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static void agree(KpiFilter f) {
        Sums truth = sql(desk.db(), f);
        assertThat(kpis.value(Kpi.ORDERS, f).value()).as("orders %s", f).isEqualTo((double) truth.orders());
        assertThat(kpis.value(Kpi.NET_SALES, f).value()).as("net sales %s", f).isEqualTo((double) truth.net());
    }

    @Test
    void netSalesAndOrdersEqualTheSqlSumForTheSameFilters() {
        LocalDate today = LocalDate.now(SHOP);
        KpiFilter week = KpiFilter.days(today.minusDays(6), today);
        assertThat(sql(desk.db(), week).orders()).as("the seed has orders in the last 7 days").isPositive();
        agree(week);
        agree(KpiFilter.days(today, today));
        agree(KpiFilter.days(today.minusDays(29), today));
        agree(KpiFilter.days(today.minusDays(60), today.minusDays(31)));
        for (String channel : List.of("WEB", "APP", "MARKETPLACE", "STORE")) {
            agree(new KpiFilter(today.minusDays(29), today, null, channel, Set.of()));
        }
        List<String> locations = desk.db().read(h -> h.createQuery(
                "SELECT DISTINCT location_id FROM orders ORDER BY location_id").mapTo(String.class).list());
        assertThat(locations).hasSizeGreaterThan(1);
        for (String location : locations) {
            agree(new KpiFilter(today.minusDays(29), today, location, null, Set.of()));
            agree(new KpiFilter(today.minusDays(6), today, location, "STORE", Set.of()));
        }
        assertThat(LocalDate.now(SHOP)).isEqualTo(today); // no midnight in between
    }

    @Test
    void theRealPlatformsReportsThroughTheSessionsClient() {
        LocalDate today = LocalDate.now(SHOP);
        KpiFilter week = KpiFilter.days(today.minusDays(7), today.minusDays(1));
        PlatformAggregates aggregates = new PlatformAggregates(desk.db(),
                () -> desk.engine().service(AnalyticsApi.class), Clock.systemUTC());
        List<TrafficRow> traffic = desk.api().create(AnalyticsApi.class).getTraffic(week.from(), week.to()).rows();
        long conversions = traffic.stream().mapToLong(TrafficRow::conversions).sum();
        long sessions = traffic.stream().mapToLong(TrafficRow::sessions).sum();
        assertThat(sessions).isPositive();
        KpiValue conversion = aggregates.conversion(week);
        assertThat(conversion.source()).isEqualTo(KpiValue.Source.PLATFORM);
        assertThat(conversion.value()).isEqualTo((double) conversions / sessions);

        PlatformAggregates walts = new PlatformAggregates(desk.db(),
                () -> platform.client("walt.warehouse").create(AnalyticsApi.class), Clock.systemUTC());
        assertThat(walts.conversion(week).source()).as("WAREHOUSE may not read the aggregates")
                .isEqualTo(KpiValue.Source.NOT_PERMITTED);
    }

    @Test
    void eventsFromThePlatformKeepTheFiguresEqualToTheSqlSum() {
        List<Set<Kpi>> heard = new CopyOnWriteArrayList<>();
        kpis.onChange(heard::add);
        LocalDate today = LocalDate.now(SHOP);
        KpiFilter month = KpiFilter.days(today.minusDays(29), today);
        double ordersBefore = kpis.value(Kpi.ORDERS, month).value();
        // New orders, order progress, refunds and returns, applied to the rollups order by order.
        platform.client("ada.admin").create(ResourcesApi.class).post("admin/simulator/tick", null,
                IdempotencyKeys.newKey(), JSON.createObjectNode().put("events", 200));
        assertThat(desk.engine().catchUp()).isPositive();
        assertThat(heard).as("the changed figures were reported").isNotEmpty();
        assertThat(heard.stream().flatMap(Set::stream)).contains(Kpi.ORDERS, Kpi.NET_SALES);
        assertThat(kpis.value(Kpi.ORDERS, month).value()).isGreaterThan(ordersBefore);
        agree(month);
        agree(KpiFilter.days(today, today));
        agree(new KpiFilter(today.minusDays(6), today, null, "WEB", Set.of()));
    }
}
