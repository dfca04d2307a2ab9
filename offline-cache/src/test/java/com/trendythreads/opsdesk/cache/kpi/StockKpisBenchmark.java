package com.trendythreads.opsdesk.cache.kpi;

import static com.trendythreads.opsdesk.cache.kpi.KpiCache.order;
import static com.trendythreads.opsdesk.cache.kpi.KpiCache.stock;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.trendythreads.opsdesk.cache.store.ResourceType;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/// One live update + recompute of the stock figures at LARGE scale (50,000 products, 300,000 SKUs,
/// 1.2 million stock levels at 8 locations, 500,000 orders over 90 days), against a plain H2 aggregate
/// over the same rows. Not part of `verify` (no timing assertions there): run it with
/// `mvn -B test -pl offline-cache -am -Pbenchmarks -Dtest='*Benchmark' -Dsurefire.failIfNoSpecifiedTests=false`
/// and read the log. The cache is built synthetically with the platform's shapes (a LARGE platform seed
/// plus an initial sync would take far longer and measure the sync, not the figures).
@Tag("benchmark")
class StockKpisBenchmark {

    private static final Logger log = LoggerFactory.getLogger(StockKpisBenchmark.class);
    private static final String[] SIZES = {"XS", "S", "M", "L", "XL", "XXL"};
    private static final String[] LOCATIONS = {"WH-BER", "WH-HAM", "WH-VIE", "ST-BER", "ST-MUC", "ST-CGN", "ST-FRA", "ST-AMS"};
    private static final String[] CHANNELS = {"WEB", "APP", "MARKETPLACE", "STORE"};
    private static final int PRODUCTS = 50_000;
    private static final int ORDERS = 500_000;
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 31);

    @TempDir
    Path dir;

    @Test
    void oneUpdateAndRecomputeAtLargeScale() throws Exception {
        try (KpiCache cache = new KpiCache(dir)) {
            long t = System.nanoTime();
            build(cache);
            log.info("BENCH built the LARGE cache in {} s", (System.nanoTime() - t) / 1_000_000_000.0);

            t = System.nanoTime();
            StockKpis kpis = new StockKpis(cache.db);
            log.info("BENCH StockKpis loaded in {} s", (System.nanoTime() - t) / 1_000_000_000.0);
            BlockingQueue<Set<Kpi>> events = new ArrayBlockingQueue<>(16);
            kpis.onChange(events::add);
            KpiFilter month = new KpiFilter(TODAY.minusDays(29), TODAY, null, null, Set.of());

            SplittableRandom r = new SplittableRandom(7);
            int runs = 60;
            double[] stockUpdate = new double[runs];
            double[] orderUpdate = new double[runs];
            double[] recompute = new double[runs];
            double[] stockFigures = new double[runs];
            for (int i = 0; i < runs; i++) {
                int p = r.nextInt(PRODUCTS);
                String loc = LOCATIONS[r.nextInt(3)];
                KpiFilter f = i % 2 == 0 ? month : new KpiFilter(month.from(), month.to(), loc, null, Set.of("cat-" + p % 120));
                long t0 = System.nanoTime();
                cache.put(ResourceType.STOCK, stock(loc, sku(p, r.nextInt(6)), 40 + i, 2 + i));
                assertThat(events.poll(10, TimeUnit.SECONDS)).isNotNull();
                long t1 = System.nanoTime();
                kpis.value(Kpi.OUT_OF_STOCK_RATE, f);
                kpis.value(Kpi.BROKEN_SIZES, f);
                long tStock = System.nanoTime();
                kpis.value(Kpi.SELL_THROUGH, f);
                kpis.value(Kpi.WEEKS_OF_COVER, f);
                long t2 = System.nanoTime();
                stockFigures[i] = (tStock - t1) / 1e6;
                cache.put(ResourceType.ORDER, order("O" + r.nextInt(ORDERS), TODAY.minusDays(r.nextInt(30)) + "T12:00:00Z",
                        "WEB", loc, "PAID", sku(p, 2) + ":P" + p + ":" + (1 + r.nextInt(3)) + ":0"));
                events.poll(10, TimeUnit.SECONDS);
                long t3 = System.nanoTime();
                stockUpdate[i] = (t1 - t0) / 1e6;
                recompute[i] = (t2 - t1) / 1e6;
                orderUpdate[i] = (t3 - t2) / 1e6;
            }
            log.info("BENCH stock level write+commit+update (ms): {}", stats(stockUpdate));
            log.info("BENCH order write+commit+update (ms): {}", stats(orderUpdate));
            log.info("BENCH recompute of the 4 figures for a 30-day filter (ms): {}", stats(recompute));
            log.info("BENCH of which out-of-stock + broken sizes (ms): {}", stats(stockFigures));

            double[] sql = new double[10];
            for (int run = 0; run < sql.length; run++) {
                int i = run;
                String loc = LOCATIONS[i % LOCATIONS.length];
                long t0 = System.nanoTime();
                cache.db.read(h -> h.createQuery("""
                        SELECT COUNT(*), SUM(CASE WHEN a = 0 THEN 1 ELSE 0 END), SUM(a) FROM (
                          SELECT s.sku, SUM(GREATEST(s.available, 0)) a FROM stock s
                          JOIN product_variant v ON v.sku = s.sku JOIN products p ON p.id = v.product_id
                          WHERE p.status = 'ACTIVE' AND s.location_id = :loc GROUP BY s.sku)""")
                        .bind("loc", loc).mapToMap().one());
                long t1 = System.nanoTime();
                cache.db.read(h -> h.createQuery("""
                        SELECT COUNT(*), SUM(total_cents) FROM orders WHERE placed_at >= :from AND placed_at < :to
                        AND status <> 'CANCELLED' AND location_id = :loc""")
                        .bind("from", month.from().minusDays(i).atStartOfDay().atOffset(ZoneOffset.UTC))
                        .bind("to", month.to().plusDays(1).atStartOfDay().atOffset(ZoneOffset.UTC)).bind("loc", loc)
                        .mapToMap().one());
                sql[i] = (t1 - t0) / 1e6;
                log.info("BENCH baseline SQL: out-of-stock count at {} {} ms, order SUM over 30 days {} ms", loc,
                        (t1 - t0) / 1e6, (System.nanoTime() - t1) / 1e6);
            }
            kpis.close();
        }
    }

    private static String stats(double[] ms) {
        double[] s = ms.clone();
        Arrays.sort(s);
        return String.format("p50 %.2f, p95 %.2f, max %.2f (n=%d)", s[s.length / 2], s[(int) (s.length * 0.95)],
                s[s.length - 1], s.length);
    }

    private static String sku(int product, int size) {
        return "SKU-" + product + "-" + SIZES[size];
    }

    private static void build(KpiCache cache) {
        List<JsonNode> batch = new ArrayList<>();
        for (String loc : LOCATIONS) {
            cache.location(loc);
        }
        for (int p = 0; p < PRODUCTS; p++) {
            ArrayNode vs = KpiCache.arr();
            for (int s = 0; s < SIZES.length; s++) {
                vs.add(KpiCache.obj().put("sku", sku(p, s)).put("colour", p % 3 == 0 ? "Black" : "Navy").put("size", SIZES[s]));
            }
            ObjectNode doc = KpiCache.obj().put("id", "P" + p).put("title", "Product " + p)
                    .put("status", p % 20 == 0 ? "ARCHIVED" : "ACTIVE").put("categoryId", "cat-" + p % 120).put("version", 1);
            doc.set("variants", vs);
            batch.add(doc);
            batch = flush(cache, ResourceType.PRODUCT, batch, 5_000);
        }
        batch = flush(cache, ResourceType.PRODUCT, batch, 0);
        SplittableRandom r = new SplittableRandom(3);
        for (int p = 0; p < PRODUCTS; p++) {
            for (int l = 0; l < LOCATIONS.length; l++) {
                if (l >= 3 && (p + l) % 5 != 0) {
                    continue; // a store carries one product in five
                }
                for (int s = 0; s < SIZES.length; s++) {
                    batch.add(stock(LOCATIONS[l], sku(p, s), r.nextInt(10) < 1 ? 0 : r.nextInt(40), 1));
                }
            }
            batch = flush(cache, ResourceType.STOCK, batch, 20_000);
        }
        batch = flush(cache, ResourceType.STOCK, batch, 0);
        Instant start = TODAY.minusDays(89).atStartOfDay().toInstant(ZoneOffset.UTC);
        for (int o = 0; o < ORDERS; o++) {
            int p1 = r.nextInt(PRODUCTS);
            int p2 = r.nextInt(PRODUCTS);
            Instant at = start.plusSeconds(r.nextLong(90L * 86_400));
            batch.add(order("O" + o, at.toString(), CHANNELS[r.nextInt(4)], LOCATIONS[r.nextInt(LOCATIONS.length)],
                    r.nextInt(50) == 0 ? "CANCELLED" : "DELIVERED",
                    sku(p1, r.nextInt(6)) + ":P" + p1 + ":" + (1 + r.nextInt(2)) + ":0",
                    sku(p2, r.nextInt(6)) + ":P" + p2 + ":1:" + (r.nextInt(10) == 0 ? 1 : 0)).put("totalCents", 4_999));
            batch = flush(cache, ResourceType.ORDER, batch, 20_000);
        }
        batch = flush(cache, ResourceType.ORDER, batch, 0);
    }

    private static List<JsonNode> flush(KpiCache cache, ResourceType type, List<JsonNode> batch, int at) {
        if (batch.size() >= at && !batch.isEmpty()) {
            cache.putQuietly(type, batch);
            return new ArrayList<>();
        }
        return batch;
    }
}
