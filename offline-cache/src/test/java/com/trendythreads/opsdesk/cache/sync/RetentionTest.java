package com.trendythreads.opsdesk.cache.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.trendythreads.opsdesk.cache.store.CacheDatabase;
import com.trendythreads.opsdesk.cache.testkit.MovableClock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/// Retention (issue #10): cached orders and tickets older than the working-set window leave the cache on the
/// engine's schedule, also while the platform cannot be reached, as the (movable) clock passes.
class RetentionTest extends PlatformTest {

    private static Map<String, Instant> dated(CacheDatabase db, String table, String column) {
        return db.read(h -> {
            Map<String, Instant> out = new HashMap<>();
            h.createQuery("SELECT id, " + column + " FROM " + table).map((rs, ctx) -> Map.entry(rs.getString(1),
                    rs.getObject(2, OffsetDateTime.class).toInstant())).forEach(e -> out.put(e.getKey(), e.getValue()));
            return out;
        });
    }

    private static Set<String> notBefore(Map<String, Instant> rows, Instant cutoff) {
        return rows.entrySet().stream().filter(e -> !e.getValue().isBefore(cutoff)).map(Map.Entry::getKey)
                .collect(Collectors.toSet());
    }

    @Test
    void ordersAndTicketsPastTheWindowGoOnScheduleEvenOffline() {
        MovableClock clock = new MovableClock(Instant.now().truncatedTo(ChronoUnit.MILLIS));
        TestPlatform.Client desk = platform.desk(tmp.resolve("cache"), "ada.admin",
                TestPlatform.FAST.withWorkingSetDays(30), clock);
        assertThat(desk.engine().initialSync()).isTrue();
        Map<String, Instant> orders = dated(desk.db(), "orders", "placed_at");
        Map<String, Instant> tickets = dated(desk.db(), "tickets", "created_at");
        Instant start = clock.instant();
        // the seed must have orders and tickets that age out in each step below
        Instant cutoff1 = start.plus(Duration.ofDays(10)).minus(Duration.ofDays(30));
        Instant cutoff2 = start.plus(Duration.ofDays(20)).minus(Duration.ofDays(30));
        assertThat(notBefore(orders, cutoff1)).hasSizeLessThan(orders.size());
        assertThat(notBefore(orders, cutoff2)).hasSizeLessThan(notBefore(orders, cutoff1).size()).isNotEmpty();
        assertThat(notBefore(tickets, cutoff2)).hasSizeLessThan(tickets.size());

        platform.stop(); // offline from here on
        clock.advance(Duration.ofDays(10));
        desk.engine().start();
        await().atMost(Duration.ofSeconds(20)).until(() ->
                dated(desk.db(), "orders", "placed_at").keySet().equals(notBefore(orders, cutoff1)));
        assertThat(dated(desk.db(), "tickets", "created_at").keySet()).isEqualTo(notBefore(tickets, cutoff1));

        // Ten days later, still offline, the schedule runs again (every 6 hours of the clock).
        clock.advance(Duration.ofDays(10));
        await().atMost(Duration.ofSeconds(20)).until(() ->
                dated(desk.db(), "orders", "placed_at").keySet().equals(notBefore(orders, cutoff2)));
        assertThat(dated(desk.db(), "tickets", "created_at").keySet()).isEqualTo(notBefore(tickets, cutoff2));
        int pruneRuns = desk.db().read(h -> h.createQuery("SELECT COUNT(*) FROM sync_history WHERE kind = 'PRUNED'")
                .mapTo(Integer.class).one());
        assertThat(pruneRuns).isEqualTo(2);
    }
}
