package com.trendythreads.opsdesk.cache.sync;

import static com.trendythreads.opsdesk.cache.sync.SyncFixtures.comparable;
import static com.trendythreads.opsdesk.cache.sync.SyncFixtures.local;
import static com.trendythreads.opsdesk.cache.sync.SyncFixtures.localAll;
import static com.trendythreads.opsdesk.cache.sync.SyncFixtures.obj;
import static com.trendythreads.opsdesk.cache.sync.SyncFixtures.platformProduct;
import static com.trendythreads.opsdesk.cache.sync.SyncFixtures.platformStock;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.trendythreads.opsdesk.api.PlatformClient;
import com.trendythreads.opsdesk.cache.outbox.LocalEdits;
import com.trendythreads.opsdesk.cache.status.Connectivity;
import com.trendythreads.opsdesk.cache.store.ResourceType;
import com.trendythreads.opsdesk.platform.faults.FaultConfig;
import com.trendythreads.opsdesk.platform.faults.FaultInjector;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/// The initial sync and ~30 pushes through a platform that answers 500/503, drops connections,
/// garbles bodies, throttles in bursts, adds latency, and carries out some requests without
/// answering them. Everything arrives exactly once and the cache ends equal to the platform.
class FaultySyncTest extends PlatformTest {

    private static final Duration PATIENCE = Duration.ofSeconds(60);

    /// Random faults on every `/v1` call, plus the deterministic ones given.
    private static FaultConfig noisy(FaultConfig.FailNext failNext, FaultConfig.DropNext dropNext,
            FaultConfig.DropNext loseResponseNext, long seed) {
        return new FaultConfig(5, 0.12, 503, 0.05, 0.05, 3, failNext, dropNext, loseResponseNext, seed);
    }

    @Test
    void everythingSyncsOnceThroughAnUnreliablePlatform() {
        TestPlatform.Client desk = platform.desk(tmp.resolve("cache"), "ada.admin");
        PlatformClient truth = platform.client("ada.admin");
        List<Connectivity> seen = new CopyOnWriteArrayList<>();
        desk.engine().onStatus(s -> {
            if (seen.isEmpty() || seen.getLast() != s.connectivity()) {
                seen.add(s.connectivity());
            }
        });

        // The truth before, read while the platform still behaves.
        List<JsonNode> products = TestPlatform.all(truth, "v1/products", Map.of()).subList(0, 5);
        List<JsonNode> stock = TestPlatform.all(truth, "v1/stock", Map.of()).subList(10, 15);
        String customerId = TestPlatform.all(truth, "v1/customers", Map.of("limit", "1")).getFirst()
                .get("id").asText();
        int ticketsBefore = TestPlatform.all(truth, "v1/tickets", Map.of("customerId", customerId)).size();
        FaultInjector faults = platform.platform().faults();

        // 1. The initial sync through 500s, drops, garbage and a 429 burst.
        faults.set(noisy(new FaultConfig.FailNext(2, 500, "/v1/"), new FaultConfig.DropNext(2, "/v1/products"),
                new FaultConfig.DropNext(2, "/v1/changes"), 7L));
        desk.engine().start();
        await().atMost(PATIENCE).until(() -> desk.engine().initialSyncDone());

        // 2. ~30 edits of every kind, pushed by the loop while the faults go on; answers to stock
        // adjustments and ticket creates get lost after the platform committed them.
        faults.set(noisy(new FaultConfig.FailNext(3, 500, "/v1/products/"),
                new FaultConfig.DropNext(2, "/v1/stock/adjustments"),
                new FaultConfig.DropNext(4, "/v1/tickets"), 11L));
        var edits = desk.engine().edits();
        Map<String, Integer> deltas = new LinkedHashMap<>();
        Map<String, Integer> productEdits = new HashMap<>();
        List<String> subjects = new ArrayList<>();
        List<String> codes = new ArrayList<>();
        String run = Long.toString(System.nanoTime() % 1_000_000);
        for (int i = 0; i < 30; i++) {
            switch (i % 4) {
                case 0 -> {
                    JsonNode s = stock.get(i / 4 % stock.size());
                    int delta = i % 8 == 0 ? 3 : -1;
                    edits.adjustStock(s.get("locationId").asText(), s.get("sku").asText(), delta, "RECOUNT",
                            "run " + i);
                    deltas.merge(ResourceType.stockId(s.get("locationId").asText(), s.get("sku").asText()), delta,
                            Integer::sum);
                }
                case 1, 2 -> {
                    String id = products.get(i % products.size()).get("id").asText();
                    ObjectNode patch = i % 3 == 0 ? obj().put("title", "Faulty title " + i)
                            : obj().put("brand", "Brand " + i);
                    edits.update(ResourceType.PRODUCT, id, patch, "edit " + i);
                    productEdits.merge(id, 1, Integer::sum);
                }
                default -> {
                    if (i % 8 == 3) {
                        String subject = "Faulty ticket " + run + "-" + i;
                        ObjectNode body = obj().put("subject", subject).put("customerId", customerId)
                                .put("channel", "CHAT").put("body", "Through the storm");
                        edits.create(ResourceType.TICKET, body, body.deepCopy().put("status", "OPEN"), "ticket " + i);
                        subjects.add(subject);
                    } else {
                        String code = "FLT" + run + "X" + i;
                        ObjectNode body = obj().put("code", code).put("type", "FIXED_AMOUNT").put("value", 500)
                                .put("validFrom", Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
                        edits.create(ResourceType.PROMO_CODE, body, body.deepCopy().put("active", true), "code " + i);
                        codes.add(code);
                    }
                }
            }
        }
        assertThat(desk.engine().status().pendingEdits()).isPositive();

        await().atMost(PATIENCE).pollInterval(Duration.ofMillis(200)).untilAsserted(() -> {
            SyncStatus s = desk.engine().status();
            assertThat(s.pendingEdits()).as("pending (%s)", s.problem()).isZero();
        });
        FaultConfig left = faults.current();
        faults.reset();
        assertThat(left.loseResponseNext().count()).as("every lost answer was used").isZero();
        assertThat(left.dropNext().count()).as("every drop was used").isZero();
        assertThat(desk.engine().status().failedEdits()).isZero();
        assertThat(desk.engine().status().openConflicts()).isZero();
        assertThat(seen).as("status transitions").containsAnyOf(Connectivity.DEGRADED, Connectivity.OFFLINE);
        await().atMost(Duration.ofSeconds(10)).until(() -> desk.engine().status().connectivity() == Connectivity.ONLINE);

        // The initial sync, done through the faults, holds every row.
        for (ResourceType t : List.of(ResourceType.PRODUCT, ResourceType.STOCK, ResourceType.CUSTOMER,
                ResourceType.REVIEW)) {
            long onPlatform = TestPlatform.all(truth, t.listPath(), Map.of()).size();
            long local = desk.db().read(h -> desk.tables().count(h, t));
            assertThat(local).as(t.resource()).isEqualTo(onPlatform);
        }

        // Nothing lost, nothing doubled.
        for (JsonNode s : stock) {
            String key = ResourceType.stockId(s.get("locationId").asText(), s.get("sku").asText());
            JsonNode now = platformStock(truth, s.get("locationId").asText(), s.get("sku").asText());
            assertThat(now.get("onHand").asInt()).as(key)
                    .isEqualTo(s.get("onHand").asInt() + deltas.getOrDefault(key, 0));
        }
        for (JsonNode p : products) {
            String id = p.get("id").asText();
            assertThat(platformProduct(truth, id).get("version").asLong()).as(id)
                    .isEqualTo(p.get("version").asLong() + productEdits.getOrDefault(id, 0));
        }
        List<JsonNode> tickets = TestPlatform.all(truth, "v1/tickets", Map.of("customerId", customerId));
        assertThat(tickets).hasSize(ticketsBefore + subjects.size());
        Map<String, Long> bySubject = tickets.stream().map(t -> t.get("subject").asText())
                .filter(subjects::contains).collect(Collectors.groupingBy(t -> t, Collectors.counting()));
        assertThat(bySubject).hasSize(subjects.size()).allSatisfy((k, n) -> assertThat(n).as(k).isEqualTo(1));
        Set<String> platformCodes = TestPlatform.all(truth, "v1/promo-codes", Map.of()).stream()
                .map(c -> c.get("code").asText()).collect(Collectors.toSet());
        assertThat(platformCodes).containsAll(codes);

        // And the cache, once caught up, equals the platform for everything touched.
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> {
            for (JsonNode p : products) {
                String id = p.get("id").asText();
                assertThat(comparable(local(desk, ResourceType.PRODUCT, id))).as(id)
                        .isEqualTo(comparable(platformProduct(truth, id)));
            }
            for (JsonNode s : stock) {
                JsonNode now = platformStock(truth, s.get("locationId").asText(), s.get("sku").asText());
                assertThat(comparable(local(desk, ResourceType.STOCK, now.get("id").asText())))
                        .isEqualTo(comparable(now));
            }
            List<JsonNode> localTickets = localAll(desk, ResourceType.TICKET).stream()
                    .filter(t -> subjects.contains(t.path("subject").asText())).toList();
            assertThat(localTickets).hasSize(subjects.size())
                    .allSatisfy(t -> assertThat(t.get("id").asText()).doesNotStartWith(LocalEdits.LOCAL_ID_PREFIX));
            for (String code : codes) {
                assertThat(comparable(local(desk, ResourceType.PROMO_CODE, code))).as(code)
                        .isEqualTo(comparable(TestPlatform.get(truth, "v1/promo-codes/" + code)));
            }
        });
    }

    /// Each kind of write, once with its answer lost after the platform committed it and once with the
    /// connection dropped before it ran: the outbox retries with the same key and the platform holds it once.
    @Test
    void lostAnswersAndDroppedRequestsOfEveryKindApplyOnce() {
        TestPlatform.Client desk = platform.desk(tmp.resolve("cache"), "ada.admin");
        desk.engine().initialSync();
        PlatformClient truth = platform.client("ada.admin");
        FaultInjector faults = platform.platform().faults();
        JsonNode product = TestPlatform.all(truth, "v1/products", Map.of()).get(7);
        String productId = product.get("id").asText();
        JsonNode stockRow = TestPlatform.all(truth, "v1/stock", Map.of()).get(20);
        String loc = stockRow.get("locationId").asText();
        String sku = stockRow.get("sku").asText();
        JsonNode ticket = SyncFixtures.replyableTickets(truth).get(1);
        String ticketId = ticket.get("id").asText();
        String customerId = ticket.get("customerId").asText();
        int ticketsBefore = TestPlatform.all(truth, "v1/tickets", Map.of("customerId", customerId)).size();
        String run = Long.toString(System.nanoTime() % 1_000_000);
        var edits = desk.engine().edits();

        for (boolean lose : List.of(true, false)) {
            // One fault for each kind of write in turn, aimed at its path.
            Map<String, Runnable> writes = new LinkedHashMap<>();
            writes.put("/v1/products/" + productId, () ->
                    edits.update(ResourceType.PRODUCT, productId, obj().put("title", "Lost " + lose), "title"));
            writes.put("/v1/stock/adjustments", () -> edits.adjustStock(loc, sku, 2, "FOUND", null));
            writes.put("/v1/tickets/" + ticketId + "/messages", () -> edits.action(ResourceType.TICKET, ticketId,
                    "messages", obj().put("body", "Reply " + lose), null, true, "reply"));
            writes.put("/v1/tickets", () -> {
                ObjectNode create = obj().put("subject", "Lost answer " + run + " " + lose)
                        .put("customerId", customerId).put("channel", "PHONE").put("body", "Hello?");
                edits.create(ResourceType.TICKET, create, create.deepCopy().put("status", "OPEN"), "ticket");
            });
            writes.put("/v1/promo-codes", () -> edits.create(ResourceType.PROMO_CODE,
                    obj().put("code", "LOST" + run + (lose ? "A" : "B")).put("type", "FREE_SHIPPING").put("value", 0)
                            .put("validFrom", Instant.now().truncatedTo(ChronoUnit.SECONDS).toString()),
                    null, "code"));
            writes.forEach((path, write) -> {
                FaultConfig.DropNext once = new FaultConfig.DropNext(1, path);
                faults.set(new FaultConfig(0, 0, 500, 0, 0, 0, null, lose ? null : once, lose ? once : null, null));
                write.run();
                await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
                    desk.engine().pushDue();
                    assertThat(desk.engine().outbox().entries()).as(path).isEmpty();
                });
                FaultConfig left = faults.current();
                assertThat(lose ? left.loseResponseNext().count() : left.dropNext().count()).as(path).isZero();
            });
        }
        faults.reset();

        JsonNode productNow = platformProduct(truth, productId);
        assertThat(productNow.get("title").asText()).isEqualTo("Lost false");
        assertThat(productNow.get("version").asLong()).isEqualTo(product.get("version").asLong() + 2);
        assertThat(platformStock(truth, loc, sku).get("onHand").asInt()).isEqualTo(stockRow.get("onHand").asInt() + 4);
        assertThat(TestPlatform.all(truth, "v1/tickets", Map.of("customerId", customerId))).hasSize(ticketsBefore + 2);
        JsonNode ticketNow = TestPlatform.get(truth, "v1/tickets/" + ticketId);
        assertThat(ticketNow.get("messages")).hasSize(ticket.get("messages").size() + 2);
        Set<String> codes = TestPlatform.all(truth, "v1/promo-codes", Map.of()).stream()
                .map(c -> c.get("code").asText()).collect(Collectors.toSet());
        assertThat(codes).contains("LOST" + run + "A", "LOST" + run + "B");
        assertThat(desk.engine().status().failedEdits() + desk.engine().status().openConflicts()).isZero();
    }
}
