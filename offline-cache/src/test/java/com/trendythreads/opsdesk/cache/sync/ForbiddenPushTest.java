package com.trendythreads.opsdesk.cache.sync;

import static com.trendythreads.opsdesk.cache.sync.SyncFixtures.local;
import static com.trendythreads.opsdesk.cache.sync.SyncFixtures.obj;
import static com.trendythreads.opsdesk.cache.sync.SyncFixtures.platformProduct;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.trendythreads.opsdesk.cache.outbox.EntryStatus;
import com.trendythreads.opsdesk.cache.outbox.OutboxEntry;
import com.trendythreads.opsdesk.cache.status.Connectivity;
import com.trendythreads.opsdesk.cache.store.ResourceType;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/// A 403 that still arrives at push time (the user's role changed on the platform after the edit was queued):
/// the edit is kept as a failed entry with status 403 (the sync view's "Not allowed for your role"), the local
/// row keeps showing it, it is not sent again by itself, and discarding it brings back the platform's state.
class ForbiddenPushTest extends PlatformTest {

    private static final Duration WAIT = Duration.ofSeconds(20);

    @Test
    void anEditRefusedForTheRoleIsKeptNotRetriedAndCanBeDiscarded() throws Exception {
        TestPlatform.Client desk = platform.desk(tmp.resolve("cache"), "mia.merch", TestPlatform.FAST);
        assertThat(desk.engine().initialSync()).isTrue();
        desk.engine().start();
        await().atMost(WAIT).until(() -> desk.engine().status().connectivity() == Connectivity.ONLINE);
        JsonNode product = TestPlatform.all(desk.api(), "v1/products", Map.of()).getFirst();
        String id = product.get("id").asText();
        String title = product.get("title").asText();

        // The platform's admin takes the merchandiser role away: Mia is MARKETING from now on (reads only).
        platform.platform().database().jdbi().useHandle(h ->
                h.execute("UPDATE user_roles SET role = 'MARKETING' WHERE user_id = 'usr_mia'"));
        long seq = desk.engine().edits().update(ResourceType.PRODUCT, id, obj().put("title", "Not hers"), "title");

        await().atMost(WAIT).untilAsserted(() -> assertThat(entry(desk, seq).status()).isEqualTo(EntryStatus.FAILED));
        OutboxEntry refused = entry(desk, seq);
        assertThat(refused.lastStatus()).isEqualTo(403);
        assertThat(refused.lastError()).contains("updateProduct");
        assertThat(desk.engine().status().failedEdits()).isEqualTo(1);
        assertThat(desk.engine().status().connectivity()).as("a refusal is no outage").isEqualTo(Connectivity.ONLINE);
        assertThat(local(desk, ResourceType.PRODUCT, id).get("title").asText()).as("kept, not lost")
                .isEqualTo("Not hers");

        // Not retried in a loop: a later edit makes the pusher run again, and the refused entry is not resent.
        desk.engine().edits().update(ResourceType.PRODUCT,
                TestPlatform.all(desk.api(), "v1/products", Map.of()).get(1).get("id").asText(),
                obj().put("title", "Also not hers"), "title");
        await().atMost(WAIT).until(() -> desk.engine().status().failedEdits() == 2);
        Thread.sleep(1_500);
        assertThat(entry(desk, seq).attempts()).isEqualTo(refused.attempts());
        assertThat(platformProduct(desk.api(), id).get("title").asText()).isEqualTo(title);

        desk.engine().outbox().discard(seq);
        assertThat(local(desk, ResourceType.PRODUCT, id).get("title").asText()).isEqualTo(title);
        assertThat(desk.engine().outbox().entries()).extracting(OutboxEntry::seq).doesNotContain(seq);
    }

    private static OutboxEntry entry(TestPlatform.Client desk, long seq) {
        List<OutboxEntry> entries = desk.engine().outbox().entries();
        return entries.stream().filter(e -> e.seq() == seq).findFirst().orElseThrow();
    }
}
