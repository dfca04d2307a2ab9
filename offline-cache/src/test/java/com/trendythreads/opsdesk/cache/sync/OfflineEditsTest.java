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
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.trendythreads.opsdesk.api.PlatformClient;
import com.trendythreads.opsdesk.cache.outbox.EntryStatus;
import com.trendythreads.opsdesk.cache.outbox.LocalEdits;
import com.trendythreads.opsdesk.cache.outbox.OutboxEntry;
import com.trendythreads.opsdesk.cache.status.Connectivity;
import com.trendythreads.opsdesk.cache.store.ResourceType;
import com.trendythreads.opsdesk.platform.faults.FaultConfig;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/// Working offline with the background loop running: edits of every kind queue locally, show at
/// once, and reach the platform exactly once when it comes back, with no one pressing "sync".
/// Edits the platform refuses become failed entries that can be fixed or discarded.
class OfflineEditsTest extends PlatformTest {

    private static final Duration WAIT = Duration.ofSeconds(20);

    private TestPlatform.Client desk;

    @BeforeEach
    void startDesk() {
        desk = runningDesk(TestPlatform.FAST, WAIT);
    }

    @Test
    void editsMadeOfflineShowAtOnceAndLandExactlyOnceWhenThePlatformReturns() {
        PlatformClient truth = desk.api();
        List<JsonNode> products = TestPlatform.all(truth, "v1/products", Map.of());
        JsonNode p1 = products.get(0);
        JsonNode p2 = products.get(1);
        String p1Id = p1.get("id").asText();
        String p2Id = p2.get("id").asText();
        JsonNode stock = TestPlatform.all(truth, "v1/stock", Map.of()).get(3);
        String loc = stock.get("locationId").asText();
        String sku = stock.get("sku").asText();
        int onHandBefore = stock.get("onHand").asInt();
        String customerId = localAll(desk, ResourceType.CUSTOMER).getFirst().get("id").asText();
        int ticketsBefore = TestPlatform.all(truth, "v1/tickets", Map.of("customerId", customerId)).size();
        JsonNode openTicket = SyncFixtures.replyableTickets(truth).getFirst();
        String openTicketId = openTicket.get("id").asText();
        int messagesBefore = openTicket.get("messages").size();

        platform.stop();
        await().atMost(WAIT).until(() -> desk.engine().status().connectivity() == Connectivity.OFFLINE);

        // Three edits of one product, one of another, a stock delta, a ticket and a promo code.
        var edits = desk.engine().edits();
        edits.update(ResourceType.PRODUCT, p1Id, obj().put("title", "Offline title"), "title");
        edits.update(ResourceType.PRODUCT, p1Id, obj().put("brand", "Offline brand"), "brand");
        edits.update(ResourceType.PRODUCT, p1Id, obj().put("season", "AW29"), "season");
        edits.update(ResourceType.PRODUCT, p2Id, obj().put("title", "Second offline title"), "title");
        edits.adjustStock(loc, sku, 7, "RECEIPT", "offline delivery");
        ObjectNode ticket = obj().put("subject", "Offline ticket " + System.nanoTime())
                .put("customerId", customerId).put("channel", "EMAIL").put("body", "Written on a train");
        ObjectNode localTicket = ticket.deepCopy().put("status", "OPEN").put("priority", "NORMAL")
                .put("createdAt", Instant.now().truncatedTo(ChronoUnit.MILLIS).toString());
        String ticketLocalId = edits.create(ResourceType.TICKET, ticket, localTicket, "new ticket");
        // A later edit of the new ticket queues behind its create and follows the platform's id.
        edits.update(ResourceType.TICKET, ticketLocalId, obj().put("priority", "HIGH"), "priority");
        // A reply shows at once as one more message (the contract's reply answers with the whole ticket).
        ObjectNode reply = obj().put("body", "We are on it, offline");
        ArrayNode shownMessages = ((ArrayNode) local(desk, ResourceType.TICKET, openTicketId).get("messages")).deepCopy();
        shownMessages.addObject().put("id", "local-reply").put("author", "AGENT").put("authorName", "Ada")
                .put("body", reply.get("body").asText()).put("internal", false).put("at", Instant.now().toString());
        ObjectNode replyShown = obj();
        replyShown.set("messages", shownMessages);
        edits.action(ResourceType.TICKET, openTicketId, "messages", reply, replyShown, true, "reply");
        String code = "OFFLINE" + (System.nanoTime() % 100_000);
        ObjectNode promo = obj().put("code", code).put("type", "PERCENT").put("value", 15)
                .put("validFrom", Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
        edits.create(ResourceType.PROMO_CODE, promo, promo.deepCopy().put("active", true).put("redemptions", 0),
                "new promo code");

        // Everything shows locally at once, and the status says what waits.
        JsonNode p1Local = local(desk, ResourceType.PRODUCT, p1Id);
        assertThat(p1Local.get("title").asText()).isEqualTo("Offline title");
        assertThat(p1Local.get("brand").asText()).isEqualTo("Offline brand");
        assertThat(p1Local.get("season").asText()).isEqualTo("AW29");
        assertThat(local(desk, ResourceType.PRODUCT, p2Id).get("title").asText()).isEqualTo("Second offline title");
        assertThat(local(desk, ResourceType.STOCK, ResourceType.stockId(loc, sku)).get("onHand").asInt())
                .isEqualTo(onHandBefore + 7);
        assertThat(ticketLocalId).startsWith(LocalEdits.LOCAL_ID_PREFIX);
        assertThat(local(desk, ResourceType.TICKET, ticketLocalId).get("subject").asText())
                .isEqualTo(ticket.get("subject").asText());
        assertThat(local(desk, ResourceType.PROMO_CODE, code)).isNotNull();
        assertThat(local(desk, ResourceType.TICKET, openTicketId).get("messages")).hasSize(messagesBefore + 1);
        SyncStatus offline = desk.engine().status();
        assertThat(offline.pendingEdits()).isEqualTo(9);
        assertThat(offline.failedEdits()).isZero();
        assertThat(offline.connectivity()).isEqualTo(Connectivity.OFFLINE);

        platform.restart();

        // The loop notices by itself and drains the outbox.
        await().atMost(WAIT).untilAsserted(() -> {
            SyncStatus s = desk.engine().status();
            assertThat(s.pendingEdits()).isZero();
            assertThat(s.connectivity()).isEqualTo(Connectivity.ONLINE);
        });
        SyncStatus after = desk.engine().status();
        assertThat(after.failedEdits()).isZero();
        assertThat(after.openConflicts()).isZero();
        assertThat(desk.engine().outbox().entries()).isEmpty();

        // Exactly once on the platform.
        JsonNode p1Now = platformProduct(truth, p1Id);
        assertThat(p1Now.get("title").asText()).isEqualTo("Offline title");
        assertThat(p1Now.get("brand").asText()).isEqualTo("Offline brand");
        assertThat(p1Now.get("season").asText()).isEqualTo("AW29");
        assertThat(p1Now.get("version").asLong()).isEqualTo(p1.get("version").asLong() + 3);
        JsonNode p2Now = platformProduct(truth, p2Id);
        assertThat(p2Now.get("title").asText()).isEqualTo("Second offline title");
        assertThat(p2Now.get("version").asLong()).isEqualTo(p2.get("version").asLong() + 1);
        assertThat(platformStock(truth, loc, sku).get("onHand").asInt()).isEqualTo(onHandBefore + 7);
        List<JsonNode> tickets = TestPlatform.all(truth, "v1/tickets", Map.of("customerId", customerId));
        assertThat(tickets).hasSize(ticketsBefore + 1);
        List<JsonNode> mine = tickets.stream()
                .filter(t -> t.get("subject").asText().equals(ticket.get("subject").asText())).toList();
        assertThat(mine).hasSize(1);
        String ticketId = mine.getFirst().get("id").asText();
        assertThat(mine.getFirst().get("priority").asText()).isEqualTo("HIGH");
        assertThat(mine.getFirst().get("version").asLong()).as("created, then one update").isEqualTo(2);
        JsonNode replied = TestPlatform.get(truth, "v1/tickets/" + openTicketId);
        assertThat(replied.get("messages")).hasSize(messagesBefore + 1);
        assertThat(replied.get("messages").get(messagesBefore).get("body").asText())
                .isEqualTo(reply.get("body").asText());
        assertThat(replied.get("version").asLong()).isEqualTo(openTicket.get("version").asLong() + 1);
        assertThat(TestPlatform.all(truth, "v1/promo-codes", Map.of()).stream()
                .filter(p -> p.get("code").asText().equals(code))).hasSize(1);

        // And locally the platform's state, under the platform's ids.
        await().atMost(WAIT).untilAsserted(() -> {
            assertThat(comparable(local(desk, ResourceType.PRODUCT, p1Id)))
                    .isEqualTo(comparable(platformProduct(truth, p1Id)));
            assertThat(comparable(local(desk, ResourceType.PRODUCT, p2Id)))
                    .isEqualTo(comparable(platformProduct(truth, p2Id)));
            assertThat(local(desk, ResourceType.STOCK, ResourceType.stockId(loc, sku)).get("onHand").asInt())
                    .isEqualTo(onHandBefore + 7);
        });
        assertThat(local(desk, ResourceType.TICKET, ticketLocalId)).isNull();
        assertThat(comparable(local(desk, ResourceType.TICKET, openTicketId))).isEqualTo(comparable(replied));
        assertThat(local(desk, ResourceType.TICKET, ticketId)).isNotNull();
        assertThat(local(desk, ResourceType.PROMO_CODE, code).get("version").asLong()).isPositive();
    }

    @Test
    void aRefusedEditFailsWithThePlatformsReasonAndCanBeFixedOrDiscarded() {
        PlatformClient truth = desk.api();
        List<JsonNode> products = TestPlatform.all(truth, "v1/products", Map.of());
        JsonNode bad = products.get(4);
        JsonNode other = products.get(5);
        JsonNode third = products.get(6);
        String badId = bad.get("id").asText();

        // A price of -1 on the first variant: the platform refuses it.
        ArrayNode variants = ((ArrayNode) bad.get("variants")).deepCopy();
        ((ObjectNode) variants.get(0)).put("priceCents", -1);
        ObjectNode badPatch = obj();
        badPatch.set("variants", variants);
        long badSeq = desk.engine().edits().update(ResourceType.PRODUCT, badId, badPatch, "price");
        // An invalid season on another product.
        long seasonSeq = desk.engine().edits().update(ResourceType.PRODUCT, third.get("id").asText(),
                obj().put("season", "Summer"), "season");
        // A fine edit of a third product goes through regardless.
        desk.engine().edits().update(ResourceType.PRODUCT, other.get("id").asText(),
                obj().put("title", "Unblocked"), "title");

        await().atMost(WAIT).untilAsserted(() -> {
            SyncStatus s = desk.engine().status();
            assertThat(s.failedEdits()).isEqualTo(2);
            assertThat(s.pendingEdits()).isZero();
        });
        assertThat(platformProduct(truth, other.get("id").asText()).get("title").asText()).isEqualTo("Unblocked");
        OutboxEntry failed = entry(badSeq);
        assertThat(failed.status()).isEqualTo(EntryStatus.FAILED);
        assertThat(failed.lastStatus()).isIn(400, 422);
        assertThat(failed.lastError()).contains("priceCents");
        OutboxEntry seasonFailed = entry(seasonSeq);
        assertThat(seasonFailed.lastError()).contains("season");
        // Until fixed, the local row shows the user's (refused) value.
        assertThat(local(desk, ResourceType.PRODUCT, badId).get("variants").get(0).get("priceCents").asLong())
                .isEqualTo(-1);
        assertThat(platformProduct(truth, badId).get("version").asLong()).isEqualTo(bad.get("version").asLong());

        // Edit it into a valid price: it lands once.
        ((ObjectNode) variants.get(0)).put("priceCents", 4_990);
        ObjectNode fixed = obj();
        fixed.set("variants", variants);
        desk.engine().outbox().edit(badSeq, fixed);
        assertThat(entry(badSeq).status()).isEqualTo(EntryStatus.PENDING);
        await().atMost(WAIT).untilAsserted(() -> {
            SyncStatus s = desk.engine().status();
            assertThat(s.failedEdits()).isEqualTo(1);
            assertThat(s.pendingEdits()).isZero();
        });
        JsonNode landed = platformProduct(truth, badId);
        assertThat(landed.get("variants").get(0).get("priceCents").asLong()).isEqualTo(4_990);
        assertThat(landed.get("version").asLong()).isEqualTo(bad.get("version").asLong() + 1);
        await().atMost(WAIT).untilAsserted(() ->
                assertThat(comparable(local(desk, ResourceType.PRODUCT, badId)))
                        .isEqualTo(comparable(platformProduct(truth, badId))));

        // Discard the season: the platform's value comes back locally.
        assertThat(local(desk, ResourceType.PRODUCT, third.get("id").asText()).get("season").asText())
                .isEqualTo("Summer");
        desk.engine().outbox().discard(seasonSeq);
        assertThat(comparable(local(desk, ResourceType.PRODUCT, third.get("id").asText())))
                .isEqualTo(comparable(platformProduct(truth, third.get("id").asText())));
        assertThat(desk.engine().status().failedEdits()).isZero();
        assertThat(desk.engine().outbox().entries()).isEmpty();

        // A refused create: it shows until discarded, then it is gone.
        String badCode = "lower-case-" + System.nanoTime() % 1000;
        ObjectNode promo = obj().put("code", badCode).put("type", "PERCENT").put("value", 10)
                .put("validFrom", Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
        desk.engine().edits().create(ResourceType.PROMO_CODE, promo, null, "bad code");
        assertThat(local(desk, ResourceType.PROMO_CODE, badCode)).isNotNull();
        await().atMost(WAIT).until(() -> desk.engine().status().failedEdits() == 1);
        OutboxEntry refusedCreate = desk.engine().outbox().entries().getFirst();
        assertThat(refusedCreate.lastError()).contains("code");
        desk.engine().outbox().discard(refusedCreate.seq());
        assertThat(local(desk, ResourceType.PROMO_CODE, badCode)).isNull();
        assertThat(desk.engine().status().failedEdits()).isZero();
    }

    @Test
    void queuedEditsSurviveQuittingTheAppEvenAfterThePlatformCommittedThem() {
        PlatformClient truth = platform.client("ada.admin");
        JsonNode stock = TestPlatform.all(truth, "v1/stock", Map.of()).get(30);
        String loc = stock.get("locationId").asText();
        String sku = stock.get("sku").asText();
        JsonNode product = TestPlatform.all(truth, "v1/products", Map.of()).get(9);
        String productId = product.get("id").asText();

        // The platform carries out the adjustment but every answer is lost; the app quits before it hears.
        platform.platform().faults().set(new FaultConfig(0, 0, 500, 0, 0, 0, null, null,
                new FaultConfig.DropNext(1_000, "/v1/stock/adjustments"), null));
        desk.engine().edits().adjustStock(loc, sku, -3, "DAMAGE", "torn");
        await().atMost(WAIT).until(() -> platformStock(truth, loc, sku).get("onHand").asInt()
                == stock.get("onHand").asInt() - 3);
        platform.stop();
        desk.engine().edits().update(ResourceType.PRODUCT, productId, obj().put("title", "Before quitting"), "title");
        assertThat(desk.engine().status().pendingEdits()).isEqualTo(2);
        desk.close();

        // Next morning: the platform is back (without the fault), the app starts again on the same cache.
        platform.restart();
        TestPlatform.Client again = platform.desk(tmp.resolve("cache"), "ada.admin");
        assertThat(again.engine().initialSyncDone()).isTrue();
        assertThat(again.engine().status().pendingEdits()).isEqualTo(2);
        again.engine().start();
        await().atMost(WAIT).untilAsserted(() -> {
            assertThat(again.engine().status().pendingEdits()).isZero();
            assertThat(again.engine().status().connectivity()).isEqualTo(Connectivity.ONLINE);
        });
        assertThat(platformStock(truth, loc, sku).get("onHand").asInt()).isEqualTo(stock.get("onHand").asInt() - 3);
        JsonNode productNow = platformProduct(truth, productId);
        assertThat(productNow.get("title").asText()).isEqualTo("Before quitting");
        assertThat(productNow.get("version").asLong()).isEqualTo(product.get("version").asLong() + 1);
        await().atMost(WAIT).untilAsserted(() -> assertThat(local(again, ResourceType.STOCK,
                ResourceType.stockId(loc, sku)).get("onHand").asInt()).isEqualTo(stock.get("onHand").asInt() - 3));
    }

    private OutboxEntry entry(long seq) {
        return desk.engine().outbox().entries().stream().filter(e -> e.seq() == seq).findFirst().orElseThrow();
    }

    /// A platform may answer a stale stock-level edit with a bare 412 (no `current`). A stock row has no item
    /// GET, so the pusher reads the row through the list operation, merges and sends again, instead of
    /// retrying a path the contract lacks for ever.
    @Test
    void aStaleStockLevelEditWithoutTheCurrentRowIsMergedAndLands() {
        PlatformClient truth = desk.api();
        JsonNode stock = TestPlatform.all(truth, "v1/stock", Map.of()).get(5);
        String loc = stock.get("locationId").asText();
        String sku = stock.get("sku").asText();
        int reorderPoint = stock.get("reorderPoint").asInt() + 7;
        platform.platform().faults().set(new FaultConfig(0, 0, 500, 0, 0, 0,
                new FaultConfig.FailNext(1, 412, "/v1/stock/" + loc), null, null, null));

        desk.engine().edits().updateStockLevel(loc, sku, obj().put("reorderPoint", reorderPoint), "Reorder point");

        await().atMost(WAIT).until(() -> desk.engine().outbox().entries().isEmpty());
        assertThat(platform.platform().faults().current().failNext().count()).isZero(); // the 412 was given
        assertThat(platformStock(truth, loc, sku).get("reorderPoint").asInt()).isEqualTo(reorderPoint);
        // Read through the list and merged at once, not left to a blind retry of the same request.
        assertThat(desk.engine().outbox().historyOf("stock", ResourceType.stockId(loc, sku), 10))
                .extracting(l -> l.kind()).contains("MERGED");
    }
}
