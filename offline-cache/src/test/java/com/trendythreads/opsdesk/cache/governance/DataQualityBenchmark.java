package com.trendythreads.opsdesk.cache.governance;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.trendythreads.opsdesk.api.dto.catalog.Category;
import com.trendythreads.opsdesk.api.dto.catalog.CategoryAttribute;
import com.trendythreads.opsdesk.api.dto.catalog.Product;
import com.trendythreads.opsdesk.api.dto.catalog.ProductStatus;
import com.trendythreads.opsdesk.api.dto.catalog.Variant;
import com.trendythreads.opsdesk.api.dto.common.Channel;
import com.trendythreads.opsdesk.api.dto.crm.Consents;
import com.trendythreads.opsdesk.cache.store.CacheDatabase;
import com.trendythreads.opsdesk.cache.store.CacheOptions;
import com.trendythreads.opsdesk.cache.store.LocalTables;
import com.trendythreads.opsdesk.cache.store.ResourceType;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/// One full check of every rule on the LARGE catalog's size (50,000 products, 300,000 SKUs in 120
/// categories) and 100,000 customers, in a real encrypted cache. Not part of `verify`. Run:
/// `mvn -B test -pl offline-cache -am -Pbenchmarks -Dtest='DataQualityBenchmark' -Dsurefire.failIfNoSpecifiedTests=false`
@Tag("benchmark")
class DataQualityBenchmark {

    @TempDir
    Path dir;

    @Test
    void everyRuleOnALargeCache() {
        int products = Integer.getInteger("benchmark.products", 50_000);
        int customers = Integer.getInteger("benchmark.customers", 100_000);
        Random r = new Random(5);
        try (CacheDatabase db = CacheDatabase.open(dir, "http://127.0.0.1:1/", "mona.manager", "demo".toCharArray(),
                CacheOptions.defaults().withKdfIterations(1_000))) {
            LocalTables tables = new LocalTables();
            List<JsonNode> cats = new ArrayList<>();
            for (int c = 0; c < 120; c++) {
                cats.add(DataQualityTest.json(new Category("cat" + c, "Cat " + c, null, List.of(new CategoryAttribute(
                        "fabric", "Fabric", CategoryAttribute.Type.TEXT, List.of(), List.of(Channel.WEB))), 1)));
            }
            db.write(tx -> {
                tables.upsert(tx.handle(), ResourceType.CATEGORY, cats);
                return null;
            });
            for (int start = 0; start < products; start += 1_000) {
                List<JsonNode> batch = new ArrayList<>();
                for (int p = start; p < Math.min(products, start + 1_000); p++) {
                    List<Variant> vs = new ArrayList<>();
                    for (int v = 0; v < 6; v++) {
                        long price = 1_000 + r.nextInt(9_000);
                        String ean = r.nextInt(2_000) == 0 ? "4006381333931" : String.format("%013d", p * 10L + v);
                        vs.add(new Variant("S" + p + "-" + v, ean, "M", "Black", price, null,
                                r.nextInt(100) == 0 ? price + 100 : price / 2, 300));
                    }
                    Product prod = DataQualityTest.product("p" + p, "Product " + p, ProductStatus.ACTIVE,
                            List.of(Channel.WEB), r.nextInt(50) == 0 ? null : "cotton", r.nextInt(30) != 0,
                            vs.toArray(Variant[]::new));
                    batch.add(DataQualityTest.json(new Product(prod.id(), prod.title(), prod.description(), prod.brand(),
                            "cat" + (p % 120), prod.season(), prod.status(), prod.attributes(), prod.channels(),
                            prod.variants(), prod.media(), prod.mainMediaId(), prod.createdAt(), prod.updatedAt(), 1)));
                }
                db.write(tx -> {
                    tables.upsert(tx.handle(), ResourceType.PRODUCT, batch);
                    return null;
                });
            }
            for (int start = 0; start < customers; start += 1_000) {
                List<JsonNode> batch = new ArrayList<>();
                for (int c = start; c < Math.min(customers, start + 1_000); c++) {
                    batch.add(DataQualityTest.json(DataQualityTest.customer("c" + c, r.nextInt(200) == 0 ? null
                            : new Consents(true, false, false, DataQualityTest.NOW))));
                }
                db.write(tx -> {
                    tables.upsert(tx.handle(), ResourceType.CUSTOMER, batch);
                    return null;
                });
            }
            DataQuality quality = new DataQuality(db, Clock.systemUTC());
            QualityReport report = null;
            long ms = 0;
            for (int i = 0; i < 3; i++) { // the last of three (warm)
                long t0 = System.nanoTime();
                report = quality.checkAndRecord(EnumSet.allOf(QualityRule.class));
                ms = (System.nanoTime() - t0) / 1_000_000;
            }
            System.out.printf("data quality: %d products, %d customers, every rule %d ms (%s)%n", products,
                    customers, ms, "warm, last of three");
            for (QualityRule rule : QualityRule.values()) {
                System.out.printf("  %s: %d%n", rule, report.count(rule));
            }
            assertThat(report.count(QualityRule.PRICE_BELOW_COST)).isPositive();
        }
    }
}
