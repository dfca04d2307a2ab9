package com.trendythreads.opsdesk.cache.orders;

import static org.assertj.core.api.Assertions.assertThat;

import com.trendythreads.opsdesk.api.PlatformClient;
import com.trendythreads.opsdesk.api.dto.common.OrderChannel;
import com.trendythreads.opsdesk.api.dto.orders.Order;
import com.trendythreads.opsdesk.api.dto.orders.OrderStatus;
import com.trendythreads.opsdesk.cache.repo.OrderRepository;
import com.trendythreads.opsdesk.cache.store.CacheDatabase;
import com.trendythreads.opsdesk.cache.store.CacheOptions;
import com.trendythreads.opsdesk.cache.store.LocalTables;
import com.trendythreads.opsdesk.cache.sync.SyncEngine;
import com.trendythreads.opsdesk.cache.sync.SyncSettings;
import com.trendythreads.opsdesk.platform.DemoPlatform;
import com.trendythreads.opsdesk.platform.PlatformConfig;
import com.trendythreads.opsdesk.platform.Scale;
import com.trendythreads.opsdesk.platform.db.Database;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/// How fast the order list's index is over the SMALL seed's cached window: reading every cached order,
/// building the index, and searches/filters as one types. Measured, not asserted (no timed assertions):
/// `mvn -B -o test -pl offline-cache -am -Dtest=OrderIndexBenchmark -Dsurefire.failIfNoSpecifiedTests=false
/// -Dsurefire.excludedGroups= -Dsurefire.groups=benchmark`.
@Tag("benchmark")
class OrderIndexBenchmark {

    @TempDir
    Path tmp;

    @Test
    void smallSeed() {
        try (DemoPlatform platform = DemoPlatform.start(PlatformConfig.builder()
                .database(new Database.Location.H2File(tmp.resolve("platform"))).scale(Scale.SMALL)
                .passwordIterations(1_000).rateLimit(1_000_000, 1_000_000).build());
                PlatformClient client = PlatformClient.builder().baseUrl(platform.baseUrl() + "/").build()) {
            client.session().signIn("ada.admin", "demo");
            CacheDatabase db = CacheDatabase.open(tmp.resolve("cache"), platform.baseUrl() + "/", "ada.admin",
                    "demo".toCharArray(), new CacheOptions(1_000, 0));
            try (SyncEngine engine = new SyncEngine(db, new LocalTables(), client, SyncSettings.defaults(),
                    Clock.systemUTC(), Executors.newVirtualThreadPerTaskExecutor())) {
                assertThat(engine.initialSync()).isTrue();
                OrderRepository repo = new OrderRepository(db);
                long t0 = System.nanoTime();
                List<Order> all = repo.all();
                long readMs = (System.nanoTime() - t0) / 1_000_000;
                OrderIndex index = new OrderIndex();
                t0 = System.nanoTime();
                index.reset(all);
                long buildMs = (System.nanoTime() - t0) / 1_000_000;
                Random r = new Random(42);
                List<Long> micros = new ArrayList<>();
                for (int i = 0; i < 2_000; i++) {
                    Order o = all.get(r.nextInt(all.size()));
                    String text = switch (i % 5) {
                        case 0 -> o.number().substring(0, 3 + r.nextInt(o.number().length() - 3));
                        case 1 -> o.customer().name().substring(0, 1 + r.nextInt(o.customer().name().length() - 1));
                        case 2 -> o.lines().getFirst().sku();
                        case 3 -> "zzq" + i; // a rare term: matches nothing, scans everything
                        default -> null;
                    };
                    OrderIndex.Query q = new OrderIndex.Query(text, i % 3 == 0 ? Set.of(OrderStatus.SHIPPED) : null,
                            i % 4 == 0 ? OrderChannel.WEB : null, null, null, null, i % 7 == 0 ? Boolean.TRUE : null,
                            null);
                    long s = System.nanoTime();
                    index.query(q);
                    micros.add((System.nanoTime() - s) / 1_000);
                }
                long[] sorted = micros.stream().mapToLong(Long::longValue).sorted().toArray();
                System.out.printf("OrderIndexBenchmark SMALL: %d cached orders; read %d ms, index built in %d ms; "
                                + "query p50 %d µs, p99 %d µs, max %d µs over %d queries%n", all.size(), readMs, buildMs,
                        sorted[sorted.length / 2], sorted[sorted.length * 99 / 100], sorted[sorted.length - 1],
                        sorted.length);
                assertThat(index.size()).isEqualTo(all.size());
            } finally {
                db.close();
            }
        }
    }
}
