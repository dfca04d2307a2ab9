package com.trendythreads.opsdesk.cache.kpi;

import com.trendythreads.opsdesk.cache.inventory.SalesHistory;
import com.trendythreads.opsdesk.cache.inventory.StockIndex;
import com.trendythreads.opsdesk.cache.store.CacheDatabase;
import com.trendythreads.opsdesk.cache.store.CacheOptions;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/// How long the stock dashboard takes on a LARGE-sized cache (300,000 SKUs × 8 locations by default), against
/// the same heatmap as one SQL `GROUP BY` over the cached rows. Not part of `verify`: run it on purpose with
/// `mvn -B test -pl offline-cache -am -Pbenchmarks -Dtest='*Benchmark' -Dsurefire.failIfNoSpecifiedTests=false`
/// (optionally `-Dbenchmark.skus=…`). It reports; it does
/// not assert times (a timed assertion on a shared build machine would fail at random).
@Tag("benchmark")
class StockDashboardBenchmark {

    private static final Logger LOG = LoggerFactory.getLogger(StockDashboardBenchmark.class);
    private static final String[] SIZES = {"XS", "S", "M", "L", "XL", "XXL"};
    private static final String[] COLOURS = {"Black", "Navy"};

    @TempDir
    Path dir;

    @Test
    void measure() throws Exception {
        int skus = Integer.getInteger("benchmark.skus", 300_000);
        int perProduct = SIZES.length * COLOURS.length;
        int products = skus / perProduct;
        List<String> locations = List.of("ST-AMS", "ST-BER-MITTE", "ST-CGN", "ST-FRA", "ST-MUC", "WH-BER", "WH-HAM",
                "WH-VIE");
        CacheDatabase db = CacheDatabase.open(dir, "http://127.0.0.1:9/", "bench", "demo".toCharArray(),
                new CacheOptions(1_000, 0));
        SplittableRandom r = new SplittableRandom(7);
        Map<String, double[]> sales = new HashMap<>();
        long t0 = System.nanoTime();
        db.write(tx -> {
            Connection c = tx.handle().getConnection();
            try (PreparedStatement cat = c.prepareStatement(
                    "INSERT INTO categories (id, version, doc, name, parent_id) VALUES (?, 1, '{}', ?, NULL)");
                 PreparedStatement prod = c.prepareStatement(
                         "INSERT INTO products (id, version, doc, title, status, category_id) VALUES (?, 1, '{}', ?, 'ACTIVE', ?)");
                 PreparedStatement var = c.prepareStatement(
                         "INSERT INTO product_variant (sku, product_id, colour, size) VALUES (?, ?, ?, ?)");
                 PreparedStatement stock = c.prepareStatement("INSERT INTO stock (id, version, doc, location_id, sku,"
                         + " on_hand, committed, available, incoming) VALUES (?, 1, '{}', ?, ?, ?, 0, ?, 0)")) {
                for (int i = 0; i < 31; i++) {
                    cat.setString(1, "cat-" + i);
                    cat.setString(2, "Category " + i);
                    cat.addBatch();
                }
                cat.executeBatch();
                int n = 0;
                for (int p = 0; p < products; p++) {
                    String pid = "P" + p;
                    prod.setString(1, pid);
                    prod.setString(2, "Product " + p);
                    prod.setString(3, "cat-" + (p % 31));
                    prod.addBatch();
                    for (String colour : COLOURS) {
                        for (String size : SIZES) {
                            String sku = pid + "-" + colour.charAt(0) + "-" + size;
                            var.setString(1, sku);
                            var.setString(2, pid);
                            var.setString(3, colour);
                            var.setString(4, size);
                            var.addBatch();
                            for (String loc : locations) {
                                int available = r.nextInt(10) == 0 ? 0 : r.nextInt(60);
                                stock.setString(1, loc + "|" + sku);
                                stock.setString(2, loc);
                                stock.setString(3, sku);
                                stock.setInt(4, available);
                                stock.setInt(5, available);
                                stock.addBatch();
                                if (r.nextInt(20) == 0) {
                                    double[] d = new double[56];
                                    for (int k = 0; k < 56; k++) {
                                        d[k] = r.nextInt(3) == 0 ? 1 : 0;
                                    }
                                    sales.put(loc + "|" + sku, d);
                                }
                                if (++n % 1_000 == 0) {
                                    stock.executeBatch();
                                }
                            }
                        }
                    }
                    if (p % 200 == 0) {
                        prod.executeBatch();
                        var.executeBatch();
                    }
                }
                prod.executeBatch();
                var.executeBatch();
                stock.executeBatch();
            } catch (java.sql.SQLException e) {
                throw new IllegalStateException(e);
            }
            return null;
        });
        LOG.info("benchmark cache: {} SKUs × {} locations written in {} ms", products * perProduct, locations.size(),
                ms(t0));

        t0 = System.nanoTime();
        StockIndex index = StockIndex.load(db, 26);
        SalesHistory history = SalesHistory.of(LocalDate.of(2026, 1, 1), 56, sales);
        index.applyDemand(history, 28);
        StockDashboardData data = StockDashboardData.load(db);
        LOG.info("index + dashboard facts loaded in {} ms", ms(t0));

        for (int round = 0; round < 3; round++) { // the first rounds warm the JIT
            t0 = System.nanoTime();
            StockDashboardData.Heatmap map = data.heatmap(index, StockDashboardData.Filter.ALL);
            long heat = System.nanoTime();
            StockDashboardData.Lists lists = data.lists(index, history, StockDashboardData.Filter.ALL, 26, 25);
            long end = System.nanoTime();
            LOG.info("round {}: heatmap {} ms ({} cells), lists {} ms ({} low, {} over, {} broken styles)", round,
                    (heat - t0) / 1_000_000, map.cells().size(), (end - heat) / 1_000_000, lists.lowStockTotal(),
                    lists.overstockTotal(), lists.brokenStyles());
        }
        // one live change: the index refresh (one row read back from H2) and the recompute
        String id = "WH-BER|P17-B-M";
        db.write(tx -> {
            tx.handle().createUpdate("UPDATE stock SET available = 3 WHERE id = :id").bind("id", id).execute();
            return null;
        });
        t0 = System.nanoTime();
        index.refresh(List.of(id));
        long refreshed = System.nanoTime();
        data.heatmap(index, StockDashboardData.Filter.ALL);
        data.lists(index, history, StockDashboardData.Filter.ALL, 26, 25);
        LOG.info("live change: refresh {} ms, recompute {} ms", (refreshed - t0) / 1_000_000, ms(refreshed));
        t0 = System.nanoTime();
        data.heatmap(index, new StockDashboardData.Filter("WH-BER", data.subtree("cat-3")));
        data.lists(index, history, new StockDashboardData.Filter("WH-BER", data.subtree("cat-3")), 26, 25);
        LOG.info("one location, one category: recompute {} ms", ms(t0));

        for (int round = 0; round < 2; round++) {
            t0 = System.nanoTime();
            int groups = db.read(h -> h.createQuery("""
                    SELECT p.category_id, s.location_id, COUNT(*), SUM(CASE WHEN s.available > 0 THEN 1 ELSE 0 END),
                           SUM(GREATEST(s.available, 0))
                    FROM stock s JOIN product_variant v ON v.sku = s.sku JOIN products p ON p.id = v.product_id
                    WHERE s.available >= :min GROUP BY p.category_id, s.location_id""")
                    .bind("min", -1_000_000 + (int) System.nanoTime() % 1000) // varied: no reused result
                    .mapToMap().list().size());
            LOG.info("baseline SQL GROUP BY category × location: {} ms ({} groups)", ms(t0), groups);
        }
        db.close();
    }

    private static long ms(long from) {
        return (System.nanoTime() - from) / 1_000_000;
    }
}
