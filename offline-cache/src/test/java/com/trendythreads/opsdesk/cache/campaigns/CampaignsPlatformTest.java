package com.trendythreads.opsdesk.cache.campaigns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.trendythreads.opsdesk.api.IdempotencyKeys;
import com.trendythreads.opsdesk.api.PlatformClient;
import com.trendythreads.opsdesk.api.dto.campaigns.Campaign;
import com.trendythreads.opsdesk.api.dto.campaigns.CampaignChannel;
import com.trendythreads.opsdesk.api.dto.campaigns.CampaignCreate;
import com.trendythreads.opsdesk.api.dto.campaigns.CampaignStatus;
import com.trendythreads.opsdesk.api.dto.campaigns.PromoCode;
import com.trendythreads.opsdesk.api.service.CampaignsApi;
import com.trendythreads.opsdesk.api.service.ResourcesApi;
import com.trendythreads.opsdesk.cache.repo.CampaignRepository;
import com.trendythreads.opsdesk.cache.status.Connectivity;
import com.trendythreads.opsdesk.cache.sync.SyncSettings;
import com.trendythreads.opsdesk.cache.sync.TestPlatform;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/// Campaign writes and figures against the real demo platform (TINY): a campaign created offline arrives
/// once and can be scheduled; a code redeemed on the platform shows in the desk's counts without a reload.
class CampaignsPlatformTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @TempDir
    static Path tmp;

    static TestPlatform platform;
    static TestPlatform.Client desk;
    static CampaignRepository campaigns;
    static CampaignActions actions;
    static PlatformClient truth;

    @BeforeAll
    static void start() {
        platform = TestPlatform.start(tmp.resolve("platform"));
        desk = platform.desk(tmp.resolve("cache"), "ada.admin", SyncSettings.defaults()
                .withPushBackoff(Duration.ofMillis(50), Duration.ofMillis(400)).withIdleRecheck(Duration.ofMillis(500)));
        assertThat(desk.engine().initialSync()).isTrue();
        desk.engine().start();
        await().atMost(WAIT).until(() -> desk.engine().status().connectivity() == Connectivity.ONLINE);
        campaigns = new CampaignRepository(desk.db());
        actions = new CampaignActions(desk.engine().edits(), campaigns, Clock.systemUTC());
        truth = platform.client("ada.admin");
    }

    @AfterAll
    static void stop() {
        platform.close();
    }

    private static void awaitPushed() {
        await().atMost(WAIT).until(() -> desk.engine().status().pendingEdits() == 0);
        assertThat(desk.engine().status().failedEdits()).isZero();
        assertThat(desk.engine().status().openConflicts()).isZero();
    }

    private static List<JsonNode> onPlatformNamed(String name) {
        return TestPlatform.all(truth, "v1/campaigns", Map.of()).stream()
                .filter(c -> name.equals(c.path("name").asText())).toList();
    }

    @Test
    void aCampaignCreatedOfflineArrivesOnceAndIsScheduledWithItsSegment() {
        String name = "Offline winter mail " + System.nanoTime();
        Instant start = Instant.now().plus(2, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        platform.stop();
        await().atMost(WAIT).until(() -> desk.engine().status().connectivity() == Connectivity.OFFLINE);

        CampaignActions.Result r = actions.create(new CampaignCreate(name, CampaignChannel.EMAIL, start,
                start.plus(14, ChronoUnit.DAYS), 50_000L, "seg_newsletter", List.of(), "Winter is here",
                "Hello, our winter edit is in."));
        assertThat(r.queued()).isTrue();
        assertThat(r.id()).startsWith("local-");
        Campaign local = campaigns.get(r.id()).orElseThrow();
        assertThat(local.status()).isEqualTo(CampaignStatus.DRAFT);
        assertThat(local.budgetCents()).isEqualTo(50_000);

        platform.restart();
        awaitPushed();
        List<JsonNode> arrived = onPlatformNamed(name);
        assertThat(arrived).hasSize(1);
        String id = arrived.getFirst().get("id").asText();
        await().atMost(WAIT).until(() -> campaigns.get(id).isPresent() && campaigns.get(r.id()).isEmpty());

        CampaignActions.Result s = actions.schedule(id, start);
        assertThat(s.violations()).isEmpty();
        assertThat(campaigns.get(id).orElseThrow().status()).isEqualTo(CampaignStatus.SCHEDULED);
        awaitPushed();
        Campaign onPlatform = truth.create(CampaignsApi.class).getCampaign(id).body();
        assertThat(onPlatform.status()).isEqualTo(CampaignStatus.SCHEDULED);
        assertThat(onPlatform.startsAt()).isEqualTo(start);
        assertThat(onlyOnce(name)).isEqualTo(1);
    }

    private static long onlyOnce(String name) {
        return onPlatformNamed(name).size();
    }

    @Test
    void aCodeRedeemedOnThePlatformUpdatesTheCampaignsCountsInTheCache() {
        CampaignAttribution attribution = new CampaignAttribution(desk.db(), campaigns);
        java.util.Set<String> known = new java.util.HashSet<>();
        TestPlatform.all(truth, "v1/orders", Map.of()).forEach(o -> known.add(o.get("id").asText()));
        // Tick until the simulator has placed an order with a campaign's code (about 16 % of new orders).
        JsonNode order = null;
        String campaignId = null;
        for (int round = 0; round < 30 && order == null; round++) {
            truth.create(ResourcesApi.class).post("admin/simulator/tick", null, IdempotencyKeys.newKey(),
                    com.trendythreads.opsdesk.api.Json.mapper().createObjectNode().put("events", 20));
            for (JsonNode o : TestPlatform.all(truth, "v1/orders", Map.of())) {
                if (known.add(o.get("id").asText()) && o.path("promoCodes").size() > 0 && order == null) {
                    PromoCode code = truth.create(CampaignsApi.class).getPromoCode(o.path("promoCodes").get(0).asText())
                            .body();
                    if (code.campaignId() != null) {
                        order = o;
                        campaignId = code.campaignId();
                    }
                }
            }
        }
        assertThat(order).as("an order with a campaign's code within 600 simulator events").isNotNull();
        String orderId = order.get("id").asText();
        String code = order.path("promoCodes").get(0).asText();
        String cid = campaignId;
        // The live feed brings the order and the code; the desk's figures follow without any reload.
        await().atMost(WAIT).untilAsserted(() -> {
            CampaignAttribution.Attributed a = attribution.of(campaigns.get(cid).orElseThrow());
            assertThat(a.orderIds()).contains(orderId);
            PromoCode real = truth.create(CampaignsApi.class).getPromoCode(code).body();
            assertThat(campaigns.promoCode(code).orElseThrow().redemptions()).isEqualTo(real.redemptions());
        });
        CampaignAttribution.Attributed a = attribution.of(campaigns.get(cid).orElseThrow());
        assertThat(a.redemptions()).isPositive();
    }
}
