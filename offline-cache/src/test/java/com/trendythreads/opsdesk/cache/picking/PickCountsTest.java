package com.trendythreads.opsdesk.cache.picking;

import static org.assertj.core.api.Assertions.assertThat;

import com.trendythreads.opsdesk.cache.store.CacheDatabase;
import com.trendythreads.opsdesk.cache.store.CacheOptions;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PickCountsTest {

    @TempDir
    Path dir;

    private CacheDatabase open() {
        return CacheDatabase.open(dir, "http://127.0.0.1:1/", "walt.warehouse", "demo".toCharArray(),
                CacheOptions.defaults().withKdfIterations(1_000));
    }

    @Test
    void aCountSurvivesClosingTheCacheNeverShrinksAndGoesWithItsLine() {
        try (CacheDatabase db = open()) {
            PickCounts counts = new PickCounts(db, Clock.systemUTC());
            counts.put("pl-1", "ln-1", 1);
            counts.put("pl-1", "ln-1", 3);
            counts.put("pl-1", "ln-1", 2); // a save that arrives late
            counts.put("pl-1", "ln-2", 1);
            counts.put("pl-2", "ln-9", 4);
        }
        try (CacheDatabase db = open()) {
            PickCounts counts = new PickCounts(db, Clock.systemUTC());
            assertThat(counts.of("pl-1")).isEqualTo(Map.of("ln-1", 3, "ln-2", 1));
            counts.clear("pl-1", "ln-1");
            assertThat(counts.of("pl-1")).isEqualTo(Map.of("ln-2", 1));
            assertThat(counts.of("pl-2")).isEqualTo(Map.of("ln-9", 4));
            assertThat(counts.of("pl-3")).isEmpty();
        }
    }
}
