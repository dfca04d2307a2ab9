package com.trendythreads.opsdesk.cache.sync;

import static com.trendythreads.opsdesk.cache.sync.SyncFixtures.comparable;
import static com.trendythreads.opsdesk.cache.sync.SyncFixtures.local;
import static com.trendythreads.opsdesk.cache.sync.SyncFixtures.obj;
import static com.trendythreads.opsdesk.cache.sync.SyncFixtures.patchOnPlatform;
import static com.trendythreads.opsdesk.cache.sync.SyncFixtures.platformProduct;
import static com.trendythreads.opsdesk.cache.sync.SyncFixtures.platformStock;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.trendythreads.opsdesk.api.PlatformClient;
import com.trendythreads.opsdesk.cache.outbox.EntryStatus;
import com.trendythreads.opsdesk.cache.outbox.Outbox;
import com.trendythreads.opsdesk.cache.outbox.OutboxEntry;
import com.trendythreads.opsdesk.cache.outbox.Pusher;
import com.trendythreads.opsdesk.cache.store.ResourceType;
import com.trendythreads.opsdesk.platform.faults.FaultConfig;
import com.trendythreads.opsdesk.platform.faults.FaultInjector;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/// The outbox sends the heads of different entities in batches (`POST v1/batch`) and settles each entry as if
/// it had gone alone. The faults are aimed at `/v1/batch`, so each test fails unless batches were really sent.
class BatchPushTest extends PlatformTest {

    private static final Duration PATIENCE = Duration.ofSeconds(60);

    private static FaultConfig only(FaultConfig.FailNext failNext, FaultConfig.DropNext loseResponseNext) {
        return new FaultConfig(0, 0, 503, 0, 0, 0, failNext, null, loseResponseNext, 1L);
    }

    @Test
    void twoHundredFiftyAdjustmentsOverFiftySkusArriveOnceThroughA503AndALostAnswer() {
        TestPlatform.Client desk = platform.desk(tmp.resolve("cache"), "ada.admin", TestPlatform.FAST);
        assertThat(desk.engine().initialSync()).isTrue();
        PlatformClient truth = platform.client("ada.admin");
        List<JsonNode> stock = TestPlatform.all(truth, "v1/stock", Map.of()).subList(0, 50);

        // Queued offline first, so the pusher finds 50 heads at once, five times over.
        Map<String, Integer> deltas = new LinkedHashMap<>();
        for (int round = 0; round < 5; round++) {
            for (JsonNode s : stock) {
                int delta = round % 2 == 0 ? 2 : 1;
                desk.engine().edits().adjustStock(s.get("locationId").asText(), s.get("sku").asText(), delta,
                        "RECOUNT", "batch " + round);
                deltas.merge(s.get("id").asText(), delta, Integer::sum);
            }
        }
        FaultInjector faults = platform.platform().faults();
        // The first batch is applied but its answer is lost; the next is refused whole with a 503.
        faults.set(only(new FaultConfig.FailNext(1, 503, "/v1/batch"), new FaultConfig.DropNext(1, "/v1/batch")));

        desk.engine().start();
        await().atMost(PATIENCE).pollInterval(Duration.ofMillis(200)).untilAsserted(() ->
                assertThat(desk.engine().status().pendingEdits()).as("%s", desk.engine().status().problem()).isZero());
        FaultConfig left = faults.current();
        faults.reset();
        assertThat(left.failNext().count()).as("the 503 hit a batch").isZero();
        assertThat(left.loseResponseNext().count()).as("a batch's answer was lost").isZero();
        assertThat(desk.engine().status().failedEdits()).isZero();
        assertThat(desk.engine().status().openConflicts()).isZero();

        for (JsonNode s : stock) {
            String id = s.get("id").asText();
            JsonNode now = platformStock(truth, s.get("locationId").asText(), s.get("sku").asText());
            assertThat(now.get("onHand").asInt()).as(id).isEqualTo(s.get("onHand").asInt() + deltas.get(id));
        }
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> {
            for (JsonNode s : stock) {
                JsonNode now = platformStock(truth, s.get("locationId").asText(), s.get("sku").asText());
                assertThat(comparable(local(desk, ResourceType.STOCK, s.get("id").asText())))
                        .isEqualTo(comparable(now));
            }
        });
    }

    /// A round's acceptances are acknowledged together (one statement per resource for all of them). An entity
    /// that still has an edit queued keeps a base: its row is the platform's answer with that edit laid on top,
    /// until the edit goes or is discarded.
    @Test
    void acceptedHeadsWithAnotherEditQueuedShowThePlatformsAnswerWithThatEditOnTop() {
        TestPlatform.Client desk = platform.desk(tmp.resolve("cache"), "ada.admin", TestPlatform.FAST);
        assertThat(desk.engine().initialSync()).isTrue();
        PlatformClient truth = platform.client("ada.admin");
        List<JsonNode> stock = TestPlatform.all(truth, "v1/stock", Map.of()).subList(0, 30);
        for (JsonNode s : stock) {
            desk.engine().edits().adjustStock(s.get("locationId").asText(), s.get("sku").asText(), 2, "RECOUNT",
                    "found two");
            // more than there is: the platform refuses it (422), so it stays queued, failed
            desk.engine().edits().adjustStock(s.get("locationId").asText(), s.get("sku").asText(),
                    -(s.get("onHand").asInt() + 1_000), "DAMAGE", "too many");
        }

        Pusher.Report report = desk.engine().pushDue();

        assertThat(report.sent()).isEqualTo(30);
        assertThat(report.failed()).isEqualTo(30);
        for (JsonNode s : stock) {
            String id = s.get("id").asText();
            JsonNode there = platformStock(truth, s.get("locationId").asText(), s.get("sku").asText());
            JsonNode here = local(desk, ResourceType.STOCK, id);
            assertThat(there.get("onHand").asInt()).as(id).isEqualTo(s.get("onHand").asInt() + 2);
            assertThat(here.get("onHand").asInt()).as("the refused edit on top of the answer: %s", id)
                    .isEqualTo(-998);
            assertThat(here.get("version").asLong()).as("the base moved to the answer: %s", id)
                    .isEqualTo(there.get("version").asLong());
            assertThat(desk.engine().outbox().historyOf(ResourceType.STOCK.resource(), id, 10))
                    .extracting(Outbox.HistoryLine::kind).contains("PUSH", "FAILED");
        }

        desk.engine().outbox().entries().stream().filter(e -> e.status() == EntryStatus.FAILED)
                .forEach(e -> desk.engine().outbox().discard(e.seq()));
        for (JsonNode s : stock) {
            assertThat(comparable(local(desk, ResourceType.STOCK, s.get("id").asText())))
                    .isEqualTo(comparable(platformStock(truth, s.get("locationId").asText(), s.get("sku").asText())));
        }
        assertThat(desk.engine().status().pendingEdits()).isZero();
    }

    /// A create goes alone: what was queued before it is settled first, and nothing queued after it is sent
    /// before the platform has it. Here 99 adjustments and the create would fill one batch, and an adjustment
    /// of the new product's SKU (refused for an unknown SKU) would start the next, which runs beside the first.
    @Test
    void anAdjustmentOfASkuCreatedOfflineGoesOnlyOnceItsProductExists() {
        TestPlatform.Client desk = platform.desk(tmp.resolve("cache"), "ada.admin", TestPlatform.FAST);
        assertThat(desk.engine().initialSync()).isTrue();
        PlatformClient truth = platform.client("ada.admin");
        List<JsonNode> stock = TestPlatform.all(truth, "v1/stock", Map.of()).subList(0, 99);
        JsonNode model = TestPlatform.all(truth, "v1/products", Map.of()).getFirst();
        String location = stock.getFirst().get("locationId").asText();
        String sku = "OFF-" + System.nanoTime() % 1_000_000;

        for (JsonNode s : stock) {
            desk.engine().edits().adjustStock(s.get("locationId").asText(), s.get("sku").asText(), 1, "FOUND", "a");
        }
        var product = obj().put("title", "Made offline").put("brand", model.get("brand").asText())
                .put("categoryId", model.get("categoryId").asText()).put("season", model.get("season").asText())
                .put("status", "DRAFT");
        product.putArray("variants").addObject().put("sku", sku)
                .put("ean", ean13("400" + System.nanoTime() % 1_000_000_000L)).put("size", "M").put("colour", "Black").put("priceCents", 2_999);
        desk.engine().edits().create(ResourceType.PRODUCT, product, null, "new product");
        desk.engine().edits().adjustStock(location, sku, 5, "FOUND", "counted the new SKU");
        for (JsonNode s : stock) {
            desk.engine().edits().adjustStock(s.get("locationId").asText(), s.get("sku").asText(), 1, "FOUND", "b");
        }

        Pusher.Report report = desk.engine().pushDue();

        assertThat(report.failed()).as("%s", desk.engine().outbox().entries()).isZero();
        assertThat(report.sent()).isEqualTo(2 * stock.size() + 2);
        assertThat(platformStock(truth, location, sku).get("onHand").asInt()).isEqualTo(5);
        for (JsonNode s : stock) {
            assertThat(platformStock(truth, s.get("locationId").asText(), s.get("sku").asText()).get("onHand").asInt())
                    .as(s.get("id").asText()).isEqualTo(s.get("onHand").asInt() + 2);
        }
    }

    /// `twelve` digits and their EAN-13 check digit.
    private static String ean13(String twelve) {
        String digits = (twelve + "000000000000").substring(0, 12);
        int sum = 0;
        for (int i = 0; i < 12; i++) {
            sum += (digits.charAt(i) - '0') * (i % 2 == 0 ? 1 : 3);
        }
        return digits + (10 - sum % 10) % 10;
    }

    @Test
    void aBatchOfAnAcceptedEditAStaleOneAndARefusedOneSettlesEachAsAlone() {
        // A retry 50 ms after the 503 (FAST) could come within the same push on a loaded machine and take the
        // entries out before the test looks at them (verify ran it beside another class).
        TestPlatform.Client desk = platform.desk(tmp.resolve("cache"), "ada.admin",
                TestPlatform.FAST.withPushBackoff(Duration.ofSeconds(3), Duration.ofSeconds(3)));
        assertThat(desk.engine().initialSync()).isTrue();
        PlatformClient truth = platform.client("ada.admin");
        List<JsonNode> products = TestPlatform.all(truth, "v1/products", Map.of());
        String accepted = products.get(3).get("id").asText();
        String stale = products.get(4).get("id").asText();
        JsonNode row = TestPlatform.all(truth, "v1/stock", Map.of()).get(5);

        long a = desk.engine().edits().update(ResourceType.PRODUCT, accepted, obj().put("title", "Batched title"), "a");
        long b = desk.engine().edits().update(ResourceType.PRODUCT, stale, obj().put("brand", "Batched brand"), "b");
        long c = desk.engine().edits().adjustStock(row.get("locationId").asText(), row.get("sku").asText(),
                -(row.get("onHand").asInt() + 1_000), "DAMAGE", "too many");
        // Someone else changes another field of the second product: its edit is now based on a stale version.
        patchOnPlatform(truth, "v1/products/" + stale, obj().put("title", "Their title"));

        // First the batch as a whole is refused: every entry in it takes that answer (and waits).
        platform.platform().faults().set(only(new FaultConfig.FailNext(1, 503, "/v1/batch"), null));
        Pusher.Report refused = desk.engine().pushDue();
        assertThat(refused.retrying()).isEqualTo(3);
        assertThat(List.of(entry(desk, a), entry(desk, b), entry(desk, c)))
                .allSatisfy(e -> assertThat(e.orElseThrow().lastStatus()).isEqualTo(503));
        platform.platform().faults().reset();

        await().atMost(PATIENCE).pollInterval(Duration.ofMillis(100)).untilAsserted(() -> {
            desk.engine().pushDue();
            assertThat(entry(desk, a)).as("accepted").isEmpty();
            assertThat(entry(desk, b)).as("merged, then accepted").isEmpty();
            // each entry's retry has its own jitter: the refused one may come due a push later
            assertThat(entry(desk, c).orElseThrow().status()).as("refused").isEqualTo(EntryStatus.FAILED);
        });
        OutboxEntry failed = entry(desk, c).orElseThrow();
        assertThat(failed.status()).as("%s", failed).isEqualTo(EntryStatus.FAILED);
        assertThat(failed.lastStatus()).isEqualTo(422);
        assertThat(failed.lastError()).contains("delta");
        assertThat(desk.engine().status().openConflicts()).isZero();

        assertThat(platformProduct(truth, accepted).get("title").asText()).isEqualTo("Batched title");
        JsonNode merged = platformProduct(truth, stale);
        assertThat(merged.get("title").asText()).isEqualTo("Their title");
        assertThat(merged.get("brand").asText()).isEqualTo("Batched brand");
        assertThat(platformStock(truth, row.get("locationId").asText(), row.get("sku").asText()).get("onHand").asInt())
                .isEqualTo(row.get("onHand").asInt());
    }

    @Test
    void aPlatformWithoutBatchesGetsSingleSendsForTheRestOfTheSession() {
        TestPlatform.Client desk = platform.desk(tmp.resolve("cache"), "ada.admin", TestPlatform.FAST);
        assertThat(desk.engine().initialSync()).isTrue();
        PlatformClient truth = platform.client("ada.admin");
        List<JsonNode> products = TestPlatform.all(truth, "v1/products", Map.of());
        // An older platform answers POST /v1/batch with 404, every time.
        platform.platform().faults().set(only(new FaultConfig.FailNext(10, 404, "/v1/batch"), null));

        for (int round = 0; round < 2; round++) {
            for (int i = 0; i < 3; i++) {
                desk.engine().edits().update(ResourceType.PRODUCT, products.get(i).get("id").asText(),
                        obj().put("title", "Alone " + round + "-" + i), "t");
            }
            Pusher.Report report = desk.engine().pushDue();
            assertThat(report.sent()).isEqualTo(3);
        }
        assertThat(platform.platform().faults().current().failNext().count())
                .as("one batch tried, then none").isEqualTo(9);
        for (int i = 0; i < 3; i++) {
            assertThat(platformProduct(truth, products.get(i).get("id").asText()).get("title").asText())
                    .isEqualTo("Alone 1-" + i);
        }
    }

    private static Optional<OutboxEntry> entry(TestPlatform.Client desk, long seq) {
        return desk.engine().outbox().entries().stream().filter(e -> e.seq() == seq).findFirst();
    }
}
