package com.trendythreads.opsdesk.cache.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.trendythreads.opsdesk.api.PlatformClient;
import com.trendythreads.opsdesk.api.dto.campaigns.PromoCode;
import com.trendythreads.opsdesk.api.dto.campaigns.PromoCodeBulkCreate;
import com.trendythreads.opsdesk.api.dto.campaigns.PromoType;
import com.trendythreads.opsdesk.cache.promo.PromoCodeActions;
import com.trendythreads.opsdesk.cache.repo.PromoCodeRepository;
import com.trendythreads.opsdesk.platform.faults.FaultConfig;
import com.trendythreads.opsdesk.platform.faults.FaultInjector;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/// Bulk generation of promo codes (`bulkCreatePromoCodes`) through the outbox against the demo platform.
class PromoBulkSyncTest extends PlatformTest {

    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final String BULK = "/v1/promo-codes/bulk";

    private static PromoCodeBulkCreate batch(String prefix, int count) {
        return new PromoCodeBulkCreate(prefix, count, 8, PromoType.PERCENT, 15L,
                Instant.now().truncatedTo(ChronoUnit.SECONDS), null, 1, 1, null, null, null);
    }

    private static List<String> platformCodes(PlatformClient truth, String prefix) {
        return TestPlatform.all(truth, "v1/promo-codes", Map.of("q", prefix + "-")).stream()
                .map(n -> n.get("code").asText()).toList();
    }

    @Test
    void aBatchArrivesOnceWhenItsPushIsRetriedAfterA503AndALostAnswer() {
        TestPlatform.Client desk = runningDesk(TestPlatform.FAST, WAIT);
        PlatformClient truth = platform.client("ada.admin");
        PromoCodeRepository codes = new PromoCodeRepository(desk.db());
        PromoCodeActions actions = new PromoCodeActions(desk.engine().edits(), codes);
        FaultInjector faults = platform.platform().faults();
        // First push: 503 before the platform does anything. Second: the platform makes the batch and the
        // answer is lost on the way back. Third: the same idempotency key, so the platform replays its answer.
        faults.set(new FaultConfig(0, 0, 500, 0, 0, 0, new FaultConfig.FailNext(1, 503, BULK), null,
                new FaultConfig.DropNext(1, BULK), null));
        String prefix = "RT" + (System.nanoTime() % 1_000_000);

        PromoCodeActions.Result queued = actions.bulkCreate(batch(prefix, 50));

        assertThat(queued.ok()).isTrue();
        await().atMost(WAIT).pollInterval(Duration.ofMillis(100)).untilAsserted(() -> {
            SyncStatus s = desk.engine().status();
            assertThat(s.pendingEdits()).as("pending (%s)", s.problem()).isZero();
            assertThat(codes.count(prefix + "-")).isEqualTo(50);
        });
        FaultConfig left = faults.current();
        faults.reset();
        assertThat(left.failNext().count()).as("the 503 was answered").isZero();
        assertThat(left.loseResponseNext().count()).as("the answer was lost once").isZero();
        assertThat(desk.engine().status().failedEdits()).isZero();
        assertThat(platformCodes(truth, prefix)).as("made once on the platform").hasSize(50).doesNotHaveDuplicates();
        assertThat(codes.get(queued.id())).as("the pending stand-in is gone").isEmpty();
        assertThat(codes.list(prefix, false, 100)).extracting(PromoCode::code)
                .containsExactlyElementsOf(platformCodes(truth, prefix).stream().sorted().toList());
    }

    @Test
    void tenThousandGeneratedCodesAreUniqueAndAllReachTheDesk() {
        TestPlatform.Client desk = runningDesk(TestPlatform.FAST, WAIT);
        PromoCodeRepository codes = new PromoCodeRepository(desk.db());
        PromoCodeActions actions = new PromoCodeActions(desk.engine().edits(), codes);
        String prefix = "TK" + (System.nanoTime() % 1_000_000);

        assertThat(actions.bulkCreate(batch(prefix, 10_000)).ok()).isTrue();

        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(250)).untilAsserted(() -> {
            assertThat(desk.engine().status().pendingEdits()).isZero();
            assertThat(codes.count(prefix + "-")).isEqualTo(10_000);
        });
        List<String> all = codes.list(prefix + "-", false, 20_000).stream().map(PromoCode::code).toList();
        Set<String> distinct = all.stream().collect(Collectors.toSet());
        assertThat(all).hasSize(10_000);
        assertThat(distinct).hasSize(10_000);
        // <PREFIX>-<8 of the platform's alphabet>: no 0/O, 1/I/L.
        assertThat(all).allMatch(c -> c.matches(prefix + "-[A-HJKMNP-Z2-9]{8}"), "shape PREFIX-XXXXXXXX");
        JsonNode sample = TestPlatform.get(platform.client("ada.admin"), "v1/promo-codes/" + all.getFirst());
        assertThat(sample.get("value").asLong()).isEqualTo(15);
    }
}
