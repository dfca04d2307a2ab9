package com.trendythreads.opsdesk.cache.sync;

import static com.trendythreads.opsdesk.cache.sync.SyncFixtures.obj;
import static com.trendythreads.opsdesk.cache.sync.SyncFixtures.patchOnPlatform;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.trendythreads.opsdesk.api.PlatformClient;
import com.trendythreads.opsdesk.cache.outbox.Conflicts;
import com.trendythreads.opsdesk.cache.status.Connectivity;
import com.trendythreads.opsdesk.cache.store.ResourceType;
import com.trendythreads.opsdesk.platform.faults.FaultConfig;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/// What the status bar hears: the initial sync's progress against a known total, and the outbox's
/// pending, failed and conflict counts as each of them changes.
class SyncStatusTest extends PlatformTest {

    private static final Duration WAIT = Duration.ofSeconds(15);

    @Test
    void initialSyncReportsProgressAgainstThePlatformsTotal() throws Exception {
        TestPlatform.Client desk = platform.desk(tmp.resolve("cache"), "ada.admin");
        List<SyncStatus> heard = new CopyOnWriteArrayList<>();
        try (AutoCloseable sub = desk.engine().onStatus(heard::add)) {
            assertThat(desk.engine().initialSync()).isTrue();
        }
        List<SyncProgress> progress = heard.stream().map(SyncStatus::progress).filter(p -> p != null).toList();
        assertThat(progress).hasSizeGreaterThan(5);
        long total = progress.getFirst().total();
        assertThat(total).isPositive();
        // The total is known from the first report on (the platform's list totals) and does not move.
        assertThat(progress).allSatisfy(p -> {
            assertThat(p.total()).isEqualTo(total);
            assertThat(p.done()).isBetween(1L, total);
            assertThat(p.fraction()).isBetween(0.0, 1.0);
        });
        for (int i = 1; i < progress.size(); i++) {
            assertThat(progress.get(i).done()).isGreaterThanOrEqualTo(progress.get(i - 1).done());
        }
        assertThat(progress.getLast().done()).isEqualTo(total);
        // The total is what the platform's lists say (products alone are part of it).
        long products = TestPlatform.all(desk.api(), "v1/products", Map.of()).size();
        long stock = TestPlatform.all(desk.api(), "v1/stock", Map.of()).size();
        assertThat(total).isGreaterThan(products + stock);
        // When it is over, the bar goes away.
        assertThat(heard.getLast().progress()).isNull();
        assertThat(desk.engine().status().progress()).isNull();
    }

    @Test
    void aCancelledInitialSyncResumesWhereItStoppedAndStillEndsAtTheTotal() throws Exception {
        TestPlatform.Client desk = platform.desk(tmp.resolve("cache"), "ada.admin");
        List<SyncProgress> first = new CopyOnWriteArrayList<>();
        try (AutoCloseable sub = desk.engine().onStatus(s -> {
            if (s.progress() != null) {
                first.add(s.progress());
                if (s.progress().done() > 300) {
                    desk.engine().cancelInitialSync();
                }
            }
        })) {
            assertThat(desk.engine().initialSync()).isFalse();
        }
        assertThat(desk.engine().initialSyncDone()).isFalse();
        long stoppedAt = first.getLast().done();
        long total = first.getLast().total();
        assertThat(stoppedAt).isBetween(300L, total - 1);

        List<SyncProgress> second = new CopyOnWriteArrayList<>();
        desk.engine().resumeInitialSync();
        try (AutoCloseable sub = desk.engine().onStatus(s -> {
            if (s.progress() != null) {
                second.add(s.progress());
            }
        })) {
            assertThat(desk.engine().initialSync()).isTrue();
        }
        assertThat(second.getFirst().done()).as("resumed, not restarted").isGreaterThan(stoppedAt);
        assertThat(second.getLast().done()).isEqualTo(second.getLast().total()).isEqualTo(total);
        for (ResourceType t : List.of(ResourceType.PRODUCT, ResourceType.STOCK, ResourceType.CUSTOMER,
                ResourceType.ORDER)) {
            long local = desk.db().read(h -> desk.tables().count(h, t));
            assertThat(local).as(t.resource()).isEqualTo(TestPlatform.all(desk.api(), t.listPath(), Map.of()).stream()
                    .filter(d -> !WorkingSet.dated(t) || !WorkingSet.olderThan(t, d, desk.db().read(h ->
                            java.time.Instant.parse(SyncBook.get(h, SyncBook.WORKING_SET_FROM).orElseThrow()))))
                    .count());
        }
    }

    @Test
    void listenersHearPendingFailedAndConflictCountsAsTheyChange() throws Exception {
        TestPlatform.Client desk = platform.desk(tmp.resolve("cache"), "ada.admin");
        desk.engine().initialSync();
        PlatformClient truth = desk.api();
        List<JsonNode> products = TestPlatform.all(truth, "v1/products", Map.of());
        String a = products.get(0).get("id").asText();
        String b = products.get(1).get("id").asText();
        String c = products.get(2).get("id").asText();
        List<SyncStatus> heard = new CopyOnWriteArrayList<>();
        desk.engine().onStatus(heard::add);

        // Each queued edit is heard (no loop runs here) within the status's coalescing interval: a burst of commits
        // is published once, so a bulk job does not recount the outbox per edit.
        desk.engine().edits().update(ResourceType.PRODUCT, a, obj().put("title", "A"), "title");
        heardLast(heard, 1, 0, 0);
        desk.engine().edits().update(ResourceType.PRODUCT, b, obj().put("season", "never"), "season");
        heardLast(heard, 2, 0, 0);
        desk.engine().edits().update(ResourceType.PRODUCT, c, obj().put("title", "Mine"), "title");
        heardLast(heard, 3, 0, 0);

        // Someone else changes c's title: pushing gives one sent, one failed, one conflict.
        patchOnPlatform(platform.client("mia.merch"), "v1/products/" + c, obj().put("title", "Theirs"));
        desk.engine().pushDue();
        heardLast(heard, 0, 1, 1);

        // Discarding the failed edit and settling the conflict bring the counts back to zero.
        long failedSeq = desk.engine().outbox().entries().stream()
                .filter(e -> e.entityId().equals(b)).findFirst().orElseThrow().seq();
        desk.engine().outbox().discard(failedSeq);
        heardLast(heard, 0, 0, 1);
        Conflicts.OpenConflict conflict = desk.engine().conflicts().open().getFirst();
        desk.engine().conflicts().resolve(conflict.id(), Set.of());
        desk.engine().pushDue();
        heardLast(heard, 0, 0, 0);
        assertThat(desk.engine().status().pendingEdits() + desk.engine().status().failedEdits()
                + desk.engine().status().openConflicts()).isZero();

        // A burst (a bulk job's 200 edits, a commit each) is heard as a few statuses ending with its count.
        int before = heard.size();
        for (int i = 0; i < 200; i++) {
            desk.engine().edits().update(ResourceType.PRODUCT, a, obj().put("title", "Burst " + i), "title");
        }
        heardLast(heard, 200, 0, 0);
        assertThat(heard.size() - before).as("statuses published for 200 commits").isLessThan(100);
    }

    private static void heardLast(List<SyncStatus> heard, long pending, long failed, long conflicts) {
        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> assertThat(heard).isNotEmpty().last()
                .satisfies(s -> assertCounts(s, pending, failed, conflicts)));
    }

    @Test
    void aStartedEngineShowsItsFirstSyncBeforeThePlatformSendsAPage() {
        TestPlatform.Client desk = platform.desk(tmp.resolve("cache"), "ada.admin");
        desk.engine().start();
        assertThat(desk.engine().status().progress()).as("the bar is there when the shell opens")
                .isNotNull().extracting(SyncProgress::phase).isEqualTo("Initial sync");
        await().atMost(WAIT).until(() -> desk.engine().initialSyncDone() && desk.engine().status().progress() == null);
    }

    @Test
    void connectivityTellsAnUnwellPlatformFromAnUnreachableOne() {
        TestPlatform.Client desk = platform.desk(tmp.resolve("cache"), "ada.admin");
        desk.engine().initialSync();
        List<Connectivity> heard = new CopyOnWriteArrayList<>();
        desk.engine().onStatus(s -> {
            if (heard.isEmpty() || heard.getLast() != s.connectivity()) {
                heard.add(s.connectivity());
            }
        });
        desk.engine().start();
        String product = TestPlatform.all(desk.api(), "v1/products", Map.of()).getFirst().get("id").asText();
        await().atMost(WAIT).until(() -> desk.engine().status().connectivity() == Connectivity.ONLINE);

        // Every call answers 500: reachable but unwell. The edit waits.
        platform.platform().faults().set(FaultConfig.NONE.withErrorRate(1.0, 500));
        desk.engine().edits().update(ResourceType.PRODUCT, product, obj().put("title", "Through 500s"), "title");
        await().atMost(WAIT).untilAsserted(() -> {
            SyncStatus s = desk.engine().status();
            assertThat(s.connectivity()).isEqualTo(Connectivity.DEGRADED);
            assertThat(s.problem()).isNotBlank();
            assertThat(s.pendingEdits()).isEqualTo(1);
        });
        platform.platform().faults().reset();
        await().atMost(WAIT).untilAsserted(() -> {
            SyncStatus s = desk.engine().status();
            assertThat(s.connectivity()).isEqualTo(Connectivity.ONLINE);
            assertThat(s.problem()).isNull();
            assertThat(s.pendingEdits()).isZero();
            assertThat(s.lastSync()).isNotNull();
        });

        // Gone altogether: offline, and back.
        platform.stop();
        await().atMost(WAIT).until(() -> desk.engine().status().connectivity() == Connectivity.OFFLINE);
        platform.restart();
        await().atMost(WAIT).until(() -> desk.engine().status().connectivity() == Connectivity.ONLINE);
        assertThat(heard).containsSubsequence(Connectivity.ONLINE, Connectivity.DEGRADED, Connectivity.ONLINE,
                Connectivity.OFFLINE, Connectivity.ONLINE);
    }

    private static void assertCounts(SyncStatus s, long pending, long failed, long conflicts) {
        assertThat(new long[] {s.pendingEdits(), s.failedEdits(), s.openConflicts()})
                .as("pending, failed, conflicts in %s", s)
                .containsExactly(pending, failed, conflicts);
    }
}
