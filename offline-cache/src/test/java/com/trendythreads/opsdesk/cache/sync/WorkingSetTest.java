package com.trendythreads.opsdesk.cache.sync;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.trendythreads.opsdesk.cache.store.ResourceType;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/// Orders (and tickets, pick lists) stay local for the last N days only; older ones are read
/// on demand and never stored.
class WorkingSetTest extends PlatformTest {

    private static Set<String> ids(List<JsonNode> docs) {
        return docs.stream().map(d -> d.get("id").asText()).collect(Collectors.toSet());
    }

    @Test
    void keepsTheLastNDaysOfOrdersPrunesWhatAgesOutAndFetchesOlderOnDemand() {
        Instant thirtyDaysAgo = Instant.now().minus(Duration.ofDays(30));
        TestPlatform.Client desk = platform.desk(tmp.resolve("cache"), "mona.manager",
                TestPlatform.FAST.withWorkingSetDays(30));
        desk.engine().initialSync();

        List<JsonNode> recent = TestPlatform.all(desk.api(), "v1/orders", Map.of("from", thirtyDaysAgo.toString()));
        List<JsonNode> older = TestPlatform.all(desk.api(), "v1/orders", Map.of("to", thirtyDaysAgo.toString()));
        assertThat(recent).isNotEmpty();
        assertThat(older).as("the seed must have orders older than the working set").isNotEmpty();
        Set<String> local = desk.db().read(h -> desk.tables().ids(h, ResourceType.ORDER));
        assertThat(local).isEqualTo(ids(recent));

        RemoteLookup lookup = new RemoteLookup(desk.api());
        List<JsonNode> fetched = lookup.list(ResourceType.ORDER, Map.of("to", thirtyDaysAgo.toString()), 10_000);
        assertThat(ids(fetched)).isEqualTo(ids(older));
        JsonNode one = lookup.get(ResourceType.ORDER, older.getFirst().get("id").asText());
        assertThat(one.get("id").asText()).isEqualTo(older.getFirst().get("id").asText());
        Set<String> stillLocal = desk.db().read(h -> desk.tables().ids(h, ResourceType.ORDER));
        assertThat(stillLocal).isEqualTo(local);

        // The same cache with a shorter window drops what aged out, and only that.
        desk.close();
        TestPlatform.Client week = platform.desk(tmp.resolve("cache"), "mona.manager",
                TestPlatform.FAST.withWorkingSetDays(7));
        Instant sevenDaysAgo = Instant.now().minus(Duration.ofDays(7));
        int pruned = week.engine().pruneWorkingSet();
        Set<String> kept = week.db().read(h -> week.tables().ids(h, ResourceType.ORDER));
        Set<String> expected = recent.stream()
                .filter(o -> !Instant.parse(o.get("placedAt").asText()).isBefore(sevenDaysAgo))
                .map(o -> o.get("id").asText()).collect(Collectors.toSet());
        assertThat(kept).isEqualTo(expected);
        assertThat(pruned).isGreaterThanOrEqualTo(local.size() - kept.size());
    }
}
