package com.trendythreads.opsdesk.cache.crash;

import static org.assertj.core.api.Assertions.assertThat;

import com.trendythreads.opsdesk.api.PlatformClient;
import com.trendythreads.opsdesk.cache.store.CacheDatabase;
import com.trendythreads.opsdesk.cache.store.CacheOptions;
import com.trendythreads.opsdesk.cache.store.LocalTables;
import com.trendythreads.opsdesk.cache.store.ResourceType;
import com.trendythreads.opsdesk.cache.sync.TestPlatform;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/// A killed initial sync resumes where it stopped: after `kill -9` in the middle of the pull, the next start
/// downloads only what was not stored yet, and the cache ends up holding exactly the platform's items.
class InitialSyncResumeTest {

    static final int PAGE = 20;

    @TempDir
    Path tmp;

    @Test
    void aKilledInitialSyncResumesWithoutDownloadingAgainWhatItStored() throws Exception {
        try (TestPlatform platform = TestPlatform.start(tmp.resolve("platform"))) {
            Path cache = tmp.resolve("cache");
            List<String> args = List.of(platform.baseUrl(), cache.toString(), CrashSafetyTest.USER,
                    CrashSafetyTest.PASSWORD, "initial", Integer.toString(PAGE));

            ChildProcess first = ChildProcess.start(args);
            assertThat(first.awaitLines(l -> l.startsWith("PAGE "), 8, 60_000))
                    .as("pages before the kill\n%s", first.transcript()).isTrue();
            first.kill();
            assertThat(first.printed("DONE")).as("killed before the end\n%s", first.transcript()).isFalse();

            long storedBeforeRestart = storedItems(cache, platform.baseUrl());
            assertThat(storedBeforeRestart).as("items committed before the kill").isPositive();

            ChildProcess second = ChildProcess.start(args);
            assertThat(second.awaitExit(120_000)).as("second run\n%s", second.transcript()).isZero();
            assertThat(second.printed("DONE")).isTrue();
            long fetched = second.output().stream().filter(l -> l.startsWith("FETCHED ")).mapToLong(
                    l -> Long.parseLong(l.substring("FETCHED ".length()))).findFirst().orElseThrow();

            PlatformClient truth = platform.client(CrashSafetyTest.USER);
            try (CacheDatabase db = CacheDatabase.open(cache, platform.baseUrl(), CrashSafetyTest.USER,
                    CrashSafetyTest.PASSWORD.toCharArray(), new CacheOptions(1_000, 0))) {
                LocalTables tables = new LocalTables();
                for (ResourceType t : List.of(ResourceType.CATEGORY, ResourceType.LOCATION, ResourceType.PRODUCT,
                        ResourceType.STOCK, ResourceType.CUSTOMER, ResourceType.PROMO_CODE)) {
                    Set<String> expected = TestPlatform.all(truth, t.listPath(), Map.of()).stream()
                            .map(n -> t.idOf(n)).collect(Collectors.toSet());
                    Set<String> local = db.read(h -> tables.ids(h, t));
                    assertThat(local).as(t.resource()).isNotEmpty().hasSameSizeAs(expected)
                            .containsExactlyInAnyOrderElementsOf(expected);
                }
                List<String> history = db.read(h -> h.createQuery("SELECT kind || ' ' || detail || ' ' || "
                        + "COALESCE(items, -1) FROM sync_history ORDER BY id").mapTo(String.class).list());
                long total = db.read(h -> h.createQuery("SELECT items FROM sync_history WHERE kind = 'INITIAL'")
                        .mapTo(Long.class).findOne()).orElseThrow(() -> new AssertionError(
                        "no INITIAL line in the sync history " + history + "\n" + second.transcript()));
                long stored = db.read(h -> h.createQuery("SELECT SUM(items) FROM initial_sync")
                        .mapTo(Long.class).one());
                assertThat(stored).isEqualTo(total);
                // What the first run stored was not downloaded again: the second run fetched exactly the rest.
                assertThat(fetched).as("items the second run downloaded (total %d, stored before %d)", total,
                        storedBeforeRestart).isLessThan(total).isEqualTo(total - storedBeforeRestart);
            }
        }
    }

    private static long storedItems(Path cache, String url) {
        try (CacheDatabase db = CacheDatabase.open(cache, url, CrashSafetyTest.USER,
                CrashSafetyTest.PASSWORD.toCharArray(), new CacheOptions(1_000, 0))) {
            return db.read(h -> h.createQuery("SELECT COALESCE(SUM(items), 0) FROM initial_sync")
                    .mapTo(Long.class).one());
        }
    }
}
