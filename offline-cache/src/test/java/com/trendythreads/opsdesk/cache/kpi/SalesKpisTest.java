package com.trendythreads.opsdesk.cache.kpi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.trendythreads.opsdesk.cache.store.CacheDatabase;
import com.trendythreads.opsdesk.cache.store.CacheOptions;
import com.trendythreads.opsdesk.cache.store.LocalTables;
import com.trendythreads.opsdesk.cache.store.ResourceType;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/// Every sales figure on a hand-built cache of six orders whose answers were worked out by hand.
///
/// Days are the shop's (Europe/Berlin, UTC+1 in March). The dataset (products: shirt → tops 20.00, jeans → bottoms 50.00, dress → dresses 80.00):
///
/// | order | placed (UTC)      | channel | location | lines                                                   | codes | campaign |
/// |-------|-------------------|---------|----------|---------------------------------------------------------|-------|----------|
/// | o1    | 2026-03-10 08:00  | WEB     | wh-1     | 2 shirt, discount 4.00; 1 jeans                          | 1     | cmp-1    |
/// | o2    | 2026-03-09 23:30  | STORE   | st-1     | 1 dress, returned 1, refunded 80.00 (+5.00 shipping)     | 0     | –        |
/// | o3    | 2026-03-10 12:00  | WEB     | wh-1     | 1 shirt — CANCELLED                                      | 0     | –        |
/// | o4    | 2026-03-10 15:00  | APP     | wh-1     | 3 shirt, returned 1, refunded 20.00; 1 jeans             | 2     | –        |
/// | o5    | 2026-03-09 22:00  | WEB     | wh-1     | 1 jeans                                                  | 0     | –        |
/// | o6    | 2026-03-03 10:00  | WEB     | wh-1     | 1 shirt (the same weekday a week before 10 March)        | 0     | –        |
class SalesKpisTest {

    private static final JsonNodeFactory F = JsonNodeFactory.instance;
    private static final LocalDate MAR_10 = LocalDate.of(2026, 3, 10);
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-12T12:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;
    private CacheDatabase db;
    private final LocalTables tables = new LocalTables();
    private SalesKpis kpis;

    @BeforeEach
    void fill() {
        db = CacheDatabase.open(dir, "http://localhost:1", "mona.manager", "demo".toCharArray(),
                CacheOptions.defaults().withKdfIterations(1_000));
        upsert(ResourceType.PRODUCT, product("p-shirt", "tops"), product("p-jeans", "bottoms"),
                product("p-dress", "dresses"));
        upsert(ResourceType.CAMPAIGN, F.objectNode().put("id", "cmp-1").put("version", 1).put("name", "Spring launch")
                .put("status", "ACTIVE"));
        upsert(ResourceType.ORDER,
                order("o1", "2026-03-10T08:00:00Z", "WEB", "wh-1", "PAID", "cmp-1", List.of("SPRING10"),
                        line("o1-1", "p-shirt", 2, 2_000, 400, 0), line("o1-2", "p-jeans", 1, 5_000, 0, 0)),
                refund(order("o2", "2026-03-09T23:30:00Z", "STORE", "st-1", "DELIVERED", null, List.of(),
                        line("o2-1", "p-dress", 1, 8_000, 0, 1)), "o2-1", 8_000, 500),
                order("o3", "2026-03-10T12:00:00Z", "WEB", "wh-1", "CANCELLED", null, List.of(),
                        line("o3-1", "p-shirt", 1, 2_000, 0, 0)),
                refund(order("o4", "2026-03-10T15:00:00Z", "APP", "wh-1", "DELIVERED", null,
                        List.of("WELCOME", "SPRING10"),
                        line("o4-1", "p-shirt", 3, 2_000, 0, 1), line("o4-2", "p-jeans", 1, 5_000, 0, 0)),
                        "o4-1", 2_000, 0),
                order("o5", "2026-03-09T22:00:00Z", "WEB", "wh-1", "PAID", null, List.of(),
                        line("o5-1", "p-jeans", 1, 5_000, 0, 0)),
                order("o6", "2026-03-03T10:00:00Z", "WEB", "wh-1", "DELIVERED", null, List.of(),
                        line("o6-1", "p-shirt", 1, 2_000, 0, 0)));
        kpis = new SalesKpis(db, CLOCK, 90, null);
    }

    @AfterEach
    void close() {
        kpis.close();
        db.close();
    }

    private static KpiFilter day(LocalDate d) {
        return KpiFilter.days(d, d);
    }

    private double value(Kpi kpi, KpiFilter f) {
        return kpis.value(kpi, f).value();
    }

    @Test
    void everyFigureForOneDay() {
        KpiFilter f = day(MAR_10);
        // o1: 2 × 20.00 − 4.00 + 50.00 = 86.00; o2: 80.00 − 80.00 refunded (shipping refund is not a sale) = 0;
        // o3 cancelled; o4: 3 × 20.00 − 20.00 refunded + 50.00 = 90.00 → 86.00 + 0 + 90.00 = 176.00
        assertThat(value(Kpi.NET_SALES, f)).isEqualTo(17_600);
        // o1, o2, o4 (o3 cancelled; o2 at 23:30 UTC on 9 March is 00:30 on 10 March in Berlin, the shop's day)
        assertThat(value(Kpi.ORDERS, f)).isEqualTo(3);
        // 17,600 / 3
        assertThat(value(Kpi.AVERAGE_ORDER_VALUE, f)).isCloseTo(5_866.667, within(0.001));
        // returned units (0 + 1 + 1) / units (3 + 1 + 4) = 2 / 8
        assertThat(value(Kpi.RETURN_RATE_UNITS, f)).isEqualTo(0.25);
        // orders with a return (o2, o4) / orders (3)
        assertThat(value(Kpi.RETURN_RATE_ORDERS, f)).isCloseTo(2.0 / 3, within(1e-9));
        // o1 is the only campaign order: 86.00
        assertThat(value(Kpi.CAMPAIGN_REVENUE, f)).isEqualTo(8_600);
        // o1 one code, o4 two
        assertThat(value(Kpi.CODE_REDEMPTIONS, f)).isEqualTo(3);
    }

    @Test
    void aDayComparesWithTheSameWeekdayAWeekEarlier() {
        KpiValue net = kpis.value(Kpi.NET_SALES, day(MAR_10));
        // 3 March: o6 only, 1 × 20.00
        assertThat(net.previous()).isEqualTo(2_000);
        assertThat(net.source()).isEqualTo(KpiValue.Source.LOCAL);
        assertThat(net.sparkline()).containsExactly(17_600.0);
        KpiValue returns = kpis.value(Kpi.RETURN_RATE_UNITS, day(MAR_10));
        assertThat(returns.previous()).isEqualTo(0.0); // 0 returned of 1 unit
        assertThat(kpis.value(Kpi.RETURN_RATE_ORDERS, day(MAR_10)).previous()).isEqualTo(0.0);
    }

    @Test
    void aLongerPeriodSumsItsDaysAndComparesWithThePeriodBefore() {
        KpiFilter f = KpiFilter.days(MAR_10.minusDays(1), MAR_10);
        KpiValue net = kpis.value(Kpi.NET_SALES, f);
        // 9 March: o5 50.00 (22:00 UTC is 23:00 in Berlin, still 9 March); 10 March: 176.00
        assertThat(net.value()).isEqualTo(22_600);
        assertThat(net.sparkline()).containsExactly(5_000.0, 17_600.0);
        // 7–8 March: nothing sold
        assertThat(net.previous()).isEqualTo(0.0);
        assertThat(value(Kpi.ORDERS, f)).isEqualTo(4);
        // 22,600 / 4
        assertThat(value(Kpi.AVERAGE_ORDER_VALUE, f)).isEqualTo(5_650);
        assertThat(kpis.value(Kpi.AVERAGE_ORDER_VALUE, f).previous()).as("no orders before: nothing to divide by")
                .isNull();
    }

    @Test
    void filtersByChannelLocationAndCategory() {
        KpiFilter f = day(MAR_10);
        KpiFilter web = new KpiFilter(MAR_10, MAR_10, null, "WEB", Set.of());
        assertThat(value(Kpi.NET_SALES, web)).isEqualTo(8_600); // o1
        assertThat(value(Kpi.ORDERS, web)).isEqualTo(1);

        KpiFilter store = new KpiFilter(MAR_10, MAR_10, "st-1", null, Set.of());
        assertThat(value(Kpi.NET_SALES, store)).isEqualTo(0); // o2 fully refunded
        assertThat(value(Kpi.ORDERS, store)).isEqualTo(1);
        assertThat(value(Kpi.RETURN_RATE_UNITS, store)).isEqualTo(1.0); // 1 of 1

        KpiFilter bottoms = new KpiFilter(MAR_10, MAR_10, null, null, Set.of("bottoms"));
        // the jeans lines of o1 and o4: 50.00 + 50.00
        assertThat(value(Kpi.NET_SALES, bottoms)).isEqualTo(10_000);
        assertThat(value(Kpi.ORDERS, bottoms)).isEqualTo(2);
        assertThat(value(Kpi.RETURN_RATE_UNITS, bottoms)).isEqualTo(0.0); // 0 of 2
        assertThat(value(Kpi.RETURN_RATE_ORDERS, bottoms)).isEqualTo(0.0); // o4's return was a shirt
        assertThat(value(Kpi.CAMPAIGN_REVENUE, bottoms)).isEqualTo(5_000); // o1's jeans
        assertThat(value(Kpi.CODE_REDEMPTIONS, bottoms)).isEqualTo(3); // o1 (1) and o4 (2) both have jeans

        KpiFilter topsAndBottoms = new KpiFilter(MAR_10, MAR_10, null, null, Set.of("tops", "bottoms"));
        // o1 86.00 + o4 90.00; each order counts once though it has lines in both categories
        assertThat(value(Kpi.NET_SALES, topsAndBottoms)).isEqualTo(17_600);
        assertThat(value(Kpi.ORDERS, topsAndBottoms)).isEqualTo(2);
        assertThat(value(Kpi.RETURN_RATE_ORDERS, topsAndBottoms)).isEqualTo(0.5); // o4 of o1, o4
        assertThat(value(Kpi.RETURN_RATE_UNITS, topsAndBottoms)).isCloseTo(1.0 / 7, within(1e-9)); // 1 of 3 + 4

        KpiFilter appTops = new KpiFilter(MAR_10, MAR_10, "wh-1", "APP", Set.of("tops"));
        assertThat(value(Kpi.NET_SALES, appTops)).isEqualTo(4_000); // o4's shirts: 60.00 − 20.00
        assertThat(value(Kpi.NET_SALES, f)).isEqualTo(17_600);
    }

    @Test
    void nothingToDivideByIsNoValue() {
        KpiFilter nowhere = new KpiFilter(MAR_10, MAR_10, "no-such-location", null, Set.of());
        assertThat(value(Kpi.NET_SALES, nowhere)).isEqualTo(0);
        assertThat(value(Kpi.ORDERS, nowhere)).isEqualTo(0);
        assertThat(kpis.value(Kpi.AVERAGE_ORDER_VALUE, nowhere).value()).isNull();
        assertThat(kpis.value(Kpi.RETURN_RATE_UNITS, nowhere).value()).isNull();
        assertThat(kpis.value(Kpi.RETURN_RATE_ORDERS, nowhere).value()).isNull();
        KpiFilter quietDay = day(MAR_10.plusDays(1));
        assertThat(kpis.value(Kpi.AVERAGE_ORDER_VALUE, quietDay).value()).isNull();
        assertThat(kpis.value(Kpi.NET_SALES, quietDay).value()).isEqualTo(0.0);
        assertThat(kpis.value(Kpi.CONVERSION_RATE, quietDay).source()).as("no platform given")
                .isEqualTo(KpiValue.Source.UNAVAILABLE);
    }

    @Test
    void daysBeforeTheLocalWindowNeedThePlatform() {
        // the window is 90 days up to 12 March: 13 December 2025 onwards
        assertThat(kpis.firstLocalDay()).isEqualTo(LocalDate.of(2025, 12, 13));
        KpiValue longAgo = kpis.value(Kpi.NET_SALES, KpiFilter.days(LocalDate.of(2025, 12, 1), MAR_10));
        assertThat(longAgo.source()).isEqualTo(KpiValue.Source.UNAVAILABLE);
        assertThat(longAgo.value()).isNull();
    }

    @Test
    void drillDownListsTheOrdersAndCampaignsBehindAFigure() {
        DrillTable net = kpis.records(Kpi.NET_SALES, day(MAR_10));
        assertThat(net.rows()).extracting(DrillTable.Row::id).containsExactly("o4", "o1", "o2"); // newest first
        assertThat(net.rows()).allMatch(r -> r.target() == DrillTable.Target.ORDER);
        assertThat(net.total()).isEqualTo(3);
        assertThat(net.rows().get(0).values()).containsExactly("TT-o4", Instant.parse("2026-03-10T15:00:00Z"), "APP",
                4L, 9_000L);

        assertThat(kpis.records(Kpi.RETURN_RATE_UNITS, day(MAR_10)).rows()).extracting(DrillTable.Row::id)
                .containsExactly("o4", "o2");
        assertThat(kpis.records(Kpi.CODE_REDEMPTIONS, day(MAR_10)).rows()).extracting(DrillTable.Row::id)
                .containsExactly("o4", "o1");

        DrillTable campaigns = kpis.records(Kpi.CAMPAIGN_REVENUE, day(MAR_10));
        assertThat(campaigns.rows()).singleElement().satisfies(r -> {
            assertThat(r.target()).isEqualTo(DrillTable.Target.CAMPAIGN);
            assertThat(r.id()).isEqualTo("cmp-1");
            assertThat(r.values()).containsExactly("Spring launch", 1L, 8_600L);
        });
    }

    @Test
    void aChangedOrderReportsOnlyTheFiguresItMoves() {
        List<Set<Kpi>> heard = new CopyOnWriteArrayList<>();
        kpis.onChange(heard::add);
        KpiFilter f = day(MAR_10);

        // A refund of 18.00 on o1's shirts, no return: its net moves, nothing else.
        upsert(ResourceType.ORDER, refund(order("o1", "2026-03-10T08:00:00Z", "WEB", "wh-1", "PAID", "cmp-1",
                        List.of("SPRING10"), line("o1-1", "p-shirt", 2, 2_000, 400, 0),
                        line("o1-2", "p-jeans", 1, 5_000, 0, 0)), "o1-1", 1_800, 0));
        assertThat(heard).containsExactly(Set.of(Kpi.NET_SALES, Kpi.AVERAGE_ORDER_VALUE, Kpi.CAMPAIGN_REVENUE));
        assertThat(value(Kpi.NET_SALES, f)).isEqualTo(15_800); // 17,600 − 1,800
        assertThat(value(Kpi.CAMPAIGN_REVENUE, f)).isEqualTo(6_800); // 8,600 − 1,800
        assertThat(value(Kpi.ORDERS, f)).isEqualTo(3);

        // A new store order without code or campaign.
        heard.clear();
        upsert(ResourceType.ORDER, order("o7", "2026-03-10T11:00:00Z", "STORE", "st-1", "DELIVERED", null, List.of(),
                line("o7-1", "p-jeans", 1, 5_000, 0, 0)));
        assertThat(heard).containsExactly(Set.of(Kpi.NET_SALES, Kpi.ORDERS, Kpi.AVERAGE_ORDER_VALUE,
                Kpi.RETURN_RATE_UNITS, Kpi.RETURN_RATE_ORDERS));
        assertThat(value(Kpi.NET_SALES, f)).isEqualTo(20_800); // 15,800 + 5,000
        assertThat(value(Kpi.ORDERS, f)).isEqualTo(4);
        assertThat(value(Kpi.RETURN_RATE_UNITS, f)).isCloseTo(2.0 / 9, within(1e-9)); // 2 of 8 + 1

        // o4 cancelled: it leaves every figure it was in, and its two codes with it (it had no campaign).
        heard.clear();
        upsert(ResourceType.ORDER, order("o4", "2026-03-10T15:00:00Z", "APP", "wh-1", "CANCELLED", null,
                List.of("WELCOME", "SPRING10"), line("o4-1", "p-shirt", 3, 2_000, 0, 0),
                line("o4-2", "p-jeans", 1, 5_000, 0, 0)));
        assertThat(heard).containsExactly(Set.of(Kpi.NET_SALES, Kpi.ORDERS, Kpi.AVERAGE_ORDER_VALUE,
                Kpi.RETURN_RATE_UNITS, Kpi.RETURN_RATE_ORDERS, Kpi.CODE_REDEMPTIONS));
        assertThat(value(Kpi.NET_SALES, f)).isEqualTo(11_800); // 20,800 − 9,000
        assertThat(value(Kpi.CODE_REDEMPTIONS, f)).isEqualTo(1); // o1's
        assertThat(value(Kpi.ORDERS, f)).isEqualTo(3); // o1, o2, o7

        // A change that moves no figure (e.g. only the shipping status) is not reported.
        heard.clear();
        upsert(ResourceType.ORDER, order("o7", "2026-03-10T11:00:00Z", "STORE", "st-1", "SHIPPED", null, List.of(),
                line("o7-1", "p-jeans", 1, 5_000, 0, 0)));
        assertThat(heard).isEmpty();

        // An order leaving the cache (pruned) leaves the figures.
        db.write(tx -> {
            tables.delete(tx.handle(), ResourceType.ORDER, List.of("o7"));
            tx.changed("orders", List.of("o7"));
            return null;
        });
        assertThat(value(Kpi.ORDERS, f)).isEqualTo(2);
    }

    @Test
    void ordersPrunedFromTheCacheLeaveTheFigures() {
        List<Set<Kpi>> heard = new CopyOnWriteArrayList<>();
        kpis.onChange(heard::add);
        KpiFilter mar3 = day(MAR_10.minusDays(7));
        assertThat(value(Kpi.ORDERS, mar3)).isEqualTo(1); // o6
        // Pruning the working set says "any order may have changed" (it deletes rows older than the window).
        db.write(tx -> {
            tx.handle().execute("DELETE FROM orders WHERE id = 'o6'");
            tx.changedAll("orders");
            return null;
        });
        assertThat(value(Kpi.ORDERS, mar3)).isEqualTo(0);
        assertThat(value(Kpi.NET_SALES, mar3)).isEqualTo(0);
        // o6: 1 unit, 20.00, no return, code or campaign
        assertThat(heard).containsExactly(Set.of(Kpi.NET_SALES, Kpi.ORDERS, Kpi.AVERAGE_ORDER_VALUE,
                Kpi.RETURN_RATE_UNITS, Kpi.RETURN_RATE_ORDERS));
        assertThat(value(Kpi.NET_SALES, day(MAR_10))).as("10 March untouched").isEqualTo(17_600);
    }

    // ------------------------------------------------------------------ documents

    private void upsert(ResourceType type, JsonNode... docs) {
        List<JsonNode> list = List.of(docs);
        List<String> ids = new ArrayList<>();
        list.forEach(d -> ids.add(tables.idOf(type, d)));
        db.write(tx -> {
            tables.upsert(tx.handle(), type, list);
            tx.changed(type.table(), ids);
            return null;
        });
    }

    private static ObjectNode product(String id, String categoryId) {
        return F.objectNode().put("id", id).put("version", 1).put("title", id).put("status", "ACTIVE")
                .put("categoryId", categoryId);
    }

    private static ObjectNode line(String id, String productId, int qty, long unitPrice, long discount,
                                   int returned) {
        return F.objectNode().put("id", id).put("sku", productId + "-M").put("productId", productId)
                .put("title", productId).put("quantity", qty).put("unitPriceCents", unitPrice)
                .put("discountCents", discount).put("totalCents", unitPrice * qty - discount)
                .put("refundedQuantity", 0).put("returnedQuantity", returned);
    }

    private static ObjectNode order(String id, String placedAt, String channel, String location, String status,
                                    String campaignId, List<String> codes, ObjectNode... lines) {
        ObjectNode o = F.objectNode().put("id", id).put("number", "TT-" + id).put("placedAt", placedAt)
                .put("channel", channel).put("locationId", location).put("status", status)
                .put("currency", "EUR").put("version", 1);
        o.putObject("customer").put("id", "c-1");
        if (campaignId != null) {
            o.put("campaignId", campaignId);
        }
        ArrayNode codeArray = o.putArray("promoCodes");
        codes.forEach(codeArray::add);
        ArrayNode ls = o.putArray("lines");
        for (ObjectNode l : lines) {
            ls.add(l);
        }
        o.putArray("refunds");
        return o;
    }

    private static ObjectNode refund(ObjectNode order, String lineId, long amount, long shipping) {
        ObjectNode r = ((ArrayNode) order.get("refunds")).addObject().put("id", "rf-" + lineId)
                .put("amountCents", amount + shipping).put("shippingCents", shipping);
        r.putArray("lines").addObject().put("lineId", lineId).put("quantity", 1).put("amountCents", amount);
        return order;
    }
}
