package com.trendythreads.opsdesk.cache.campaigns;

import static org.assertj.core.api.Assertions.assertThat;

import com.trendythreads.opsdesk.api.dto.campaigns.CampaignMetrics;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CampaignMetricsStoreTest {

    @TempDir
    Path dir;

    @Test
    void theLastFetchIsKeptAcrossRestartsAndReplacesTheOneBefore() {
        Instant t1 = Instant.parse("2026-11-26T09:00:00Z");
        Instant t2 = Instant.parse("2026-11-26T10:00:00Z");
        try (CampaignCache cache = new CampaignCache(dir)) {
            CampaignMetricsStore store = new CampaignMetricsStore(cache.db);
            assertThat(store.get("cmp_1")).isEmpty();
            store.put(new CampaignMetrics("cmp_1", 100, 40, 10, 3, 9000, 2, 2500, t1), t1);
            store.put(new CampaignMetrics("cmp_1", 120, 50, 12, 4, 9900, 3, 2500, t2), t2);
        }
        try (CampaignCache cache = new CampaignCache(dir)) {
            CampaignMetricsStore.Fetched f = new CampaignMetricsStore(cache.db).get("cmp_1").orElseThrow();
            assertThat(f.fetchedAt()).isEqualTo(t2);
            assertThat(f.metrics()).isEqualTo(new CampaignMetrics("cmp_1", 120, 50, 12, 4, 9900, 3, 2500, t2));
        }
    }
}
