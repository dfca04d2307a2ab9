package com.trendythreads.opsdesk.cache.sync;

import static com.trendythreads.opsdesk.cache.sync.SyncFixtures.local;
import static com.trendythreads.opsdesk.cache.sync.SyncFixtures.localAll;
import static com.trendythreads.opsdesk.cache.sync.SyncFixtures.obj;
import static com.trendythreads.opsdesk.cache.sync.SyncFixtures.patchOnPlatform;
import static com.trendythreads.opsdesk.cache.sync.SyncFixtures.postOnPlatform;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.trendythreads.opsdesk.api.IdempotencyKeys;
import com.trendythreads.opsdesk.api.PlatformClient;
import com.trendythreads.opsdesk.api.service.ResourcesApi;
import com.trendythreads.opsdesk.cache.status.Connectivity;
import com.trendythreads.opsdesk.cache.store.ResourceType;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/// What others do on the platform reaches this desk while its loop runs: through the live stream,
/// through catch-up after an outage, deletes and GDPR erasures included, and only for the working set.
///
/// The desk's idle re-check is far longer than any wait here, so what arrives came by the stream
/// (or by the catch-up that the stream's reconnection triggers), not by polling.
class LiveAndDeltaTest extends PlatformTest {

    private static final Duration WAIT = Duration.ofSeconds(15);
    private static final SyncSettings SETTINGS = TestPlatform.FAST.withWorkingSetDays(7)
            .withIdleRecheck(Duration.ofMinutes(5));

    private TestPlatform.Client desk;

    @BeforeEach
    void startDesk() {
        desk = runningDesk(SETTINGS, WAIT);
    }

    @Test
    void othersChangesArriveLiveAndAfterAnOutage() {
        PlatformClient mia = platform.client("mia.merch");
        List<JsonNode> products = TestPlatform.all(mia, "v1/products", Map.of());
        String p1 = products.get(0).get("id").asText();
        String p2 = products.get(1).get("id").asText();
        String p3 = products.get(2).get("id").asText();

        patchOnPlatform(mia, "v1/products/" + p1, obj().put("title", "Live from Mia"));
        await().atMost(WAIT).untilAsserted(() ->
                assertThat(local(desk, ResourceType.PRODUCT, p1).get("title").asText()).isEqualTo("Live from Mia"));

        platform.stop();
        await().atMost(WAIT).until(() -> desk.engine().status().connectivity() != Connectivity.ONLINE);
        platform.restart();
        // Right after the restart, before the desk has necessarily reconnected.
        PlatformClient mia2 = platform.client("mia.merch");
        patchOnPlatform(mia2, "v1/products/" + p2, obj().put("title", "Just after restart"));
        await().atMost(WAIT).untilAsserted(() -> {
            assertThat(local(desk, ResourceType.PRODUCT, p2).get("title").asText()).isEqualTo("Just after restart");
            assertThat(desk.engine().status().connectivity()).isEqualTo(Connectivity.ONLINE);
        });
        // And the reconnected stream carries what comes next.
        patchOnPlatform(mia2, "v1/products/" + p3, obj().put("title", "Live again"));
        await().atMost(WAIT).untilAsserted(() ->
                assertThat(local(desk, ResourceType.PRODUCT, p3).get("title").asText()).isEqualTo("Live again"));
        assertThat(desk.engine().token()).isNotNull();

        // A product deleted on the platform disappears locally, with its stock rows. The platform refuses to
        // delete a product that still holds stock, so its units are written off first.
        PlatformClient ada = platform.client("ada.admin");
        List<JsonNode> stock = TestPlatform.all(ada, "v1/stock", Map.of());
        JsonNode goneProduct = products.stream().skip(3)
                .filter(p -> stockOf(stock, p).stream().allMatch(st -> st.get("committed").asInt() == 0
                        && st.get("incoming").asInt() == 0))
                .findFirst().orElseThrow();
        List<JsonNode> goneStock = stockOf(stock, goneProduct);
        for (JsonNode st : goneStock) {
            if (st.get("onHand").asInt() != 0) {
                postOnPlatform(ada, "v1/stock/adjustments", obj().put("locationId", st.get("locationId").asText())
                        .put("sku", st.get("sku").asText()).put("delta", -st.get("onHand").asInt())
                        .put("reason", "DAMAGE"));
            }
        }
        String gone = goneProduct.get("id").asText();
        JsonNode archived = patchOnPlatform(mia2, "v1/products/" + gone, obj().put("status", "ARCHIVED"));
        mia2.create(ResourcesApi.class).delete("v1/products/" + gone, SyncFixtures.ifMatch(archived),
                IdempotencyKeys.newKey());
        await().atMost(WAIT).untilAsserted(() -> assertThat(local(desk, ResourceType.PRODUCT, gone)).isNull());
        long variants = desk.db().read(h -> h.createQuery("SELECT COUNT(*) FROM "
                + ResourceType.PRODUCT_VARIANT_TABLE + " WHERE product_id = :id").bind("id", gone)
                .mapTo(Long.class).one());
        assertThat(variants).isZero();
        assertThat(goneStock).isNotEmpty();
        await().atMost(WAIT).untilAsserted(() -> assertThat(goneStock).allSatisfy(st -> assertThat(local(desk,
                ResourceType.STOCK, ResourceType.stockId(st.get("locationId").asText(), st.get("sku").asText())))
                .isNull()));
    }

    private static List<JsonNode> stockOf(List<JsonNode> stock, JsonNode product) {
        Set<String> skus = new HashSet<>();
        product.get("variants").forEach(v -> skus.add(v.get("sku").asText()));
        return stock.stream().filter(st -> skus.contains(st.get("sku").asText())).toList();
    }

    @Test
    void aBurstOfActivityOnThePlatformArrivesLiveAndTheCacheConverges() {
        PlatformClient truth = platform.client("ada.admin");
        // New orders committing stock, receipts, tickets, redemptions, order progress.
        postOnPlatform(truth, "admin/simulator/tick", obj().put("events", 60));
        Instant cutoff = Instant.now().minus(Duration.ofDays(7));
        await().atMost(WAIT).untilAsserted(() -> {
            for (ResourceType t : List.of(ResourceType.ORDER, ResourceType.STOCK, ResourceType.TICKET,
                    ResourceType.PROMO_CODE, ResourceType.PICK_LIST)) {
                Map<String, Long> onPlatform = new java.util.TreeMap<>();
                for (JsonNode doc : TestPlatform.all(truth, t.listPath(), Map.of())) {
                    java.util.Optional<Instant> date = WorkingSet.date(t, doc);
                    if (date.isEmpty() || !date.get().isBefore(cutoff)) {
                        onPlatform.put(t.idOf(doc), doc.get("version").asLong());
                    }
                }
                Map<String, Long> cached = new java.util.TreeMap<>();
                localAll(desk, t).forEach(doc -> cached.put(t.idOf(doc), doc.get("version").asLong()));
                assertThat(cached).as(t.resource()).isEqualTo(onPlatform);
            }
        });
    }

    @Test
    void aGdprErasurePurgesTheCustomerEverywhereLocally() {
        PlatformClient sam = platform.client("sam.support");
        JsonNode victim = victim(sam);
        String id = victim.get("id").asText();
        String email = victim.get("email").asText();
        String name = victim.get("firstName").asText() + " " + victim.get("lastName").asText();
        assertThat(local(desk, ResourceType.CUSTOMER, id).get("email").asText()).isEqualTo(email);
        assertThat(rowsMentioning(desk, email)).isNotEmpty();

        eraseOnPlatform(sam, id);

        await().atMost(WAIT).untilAsserted(() -> {
            assertThat(local(desk, ResourceType.CUSTOMER, id)).isNull();
            assertThat(rowsMentioning(desk, email)).isEmpty();
        });
        // Orders may come back anonymised (the platform sends them as upserts); none carries the person.
        // Give the anonymised upserts time to land, then look again.
        await().pollDelay(Duration.ofSeconds(1)).atMost(WAIT).untilAsserted(() -> {
            assertThat(rowsMentioning(desk, email)).isEmpty();
            for (ResourceType t : List.of(ResourceType.ORDER, ResourceType.TICKET, ResourceType.REVIEW)) {
                for (String doc : docsOfCustomer(t, id)) {
                    assertThat(doc).as(t.resource()).doesNotContain(email).doesNotContain(name);
                }
            }
            assertThat(docsOfCustomer(ResourceType.REVIEW, id)).isEmpty();
        });
        // The anonymised orders that came back are the working set's only.
        Instant cutoff = Instant.now().minus(Duration.ofDays(7)).minus(Duration.ofMinutes(5));
        assertThat(localAll(desk, ResourceType.ORDER)).allSatisfy(o ->
                assertThat(Instant.parse(o.get("placedAt").asText())).isAfter(cutoff));
    }

    @Test
    void anErasureAlsoForgetsWhatQueuedEditsRememberAboutTheCustomer() {
        PlatformClient sam = platform.client("sam.support");
        JsonNode victim = victim(sam);
        String id = victim.get("id").asText();
        String email = victim.get("email").asText();
        // A second desk (no loop) holds an unsent cancel of one of the customer's orders.
        TestPlatform.Client other = platform.desk(tmp.resolve("other"), "sam.support", SETTINGS);
        other.engine().initialSync();
        String orderId = other.db().read(h -> h.createQuery("SELECT id FROM " + ResourceType.ORDER.table()
                + " WHERE customer_id = :id ORDER BY id").bind("id", id).mapTo(String.class).list()).getFirst();
        other.engine().edits().action(ResourceType.ORDER, orderId, "cancel", obj().put("reason", "Asked by phone"),
                obj().put("status", "CANCELLED"), true, "cancel");
        assertThat(rowsMentioning(other, email)).isNotEmpty();

        eraseOnPlatform(sam, id);
        other.engine().catchUp();

        assertThat(local(other, ResourceType.CUSTOMER, id)).isNull();
        assertThat(rowsMentioning(other, email)).as("cells still holding the erased email").isEmpty();
        // The cancel itself stays queued, shown on top of the anonymised order.
        assertThat(other.engine().outbox().entries()).singleElement()
                .satisfies(e -> assertThat(e.entityId()).isEqualTo(orderId));
        JsonNode shown = local(other, ResourceType.ORDER, orderId);
        assertThat(shown.get("status").asText()).isEqualTo("CANCELLED");
        assertThat(shown.path("customer").path("email").asText()).isNotEqualTo(email);
    }

    @Test
    void ordersOlderThanTheWorkingSetAreNotStored() {
        Instant cutoff = Instant.now().minus(Duration.ofDays(7));
        List<JsonNode> platformOrders = TestPlatform.all(desk.api(), "v1/orders", Map.of());
        long young = platformOrders.stream()
                .filter(o -> !Instant.parse(o.get("placedAt").asText()).isBefore(cutoff)).count();
        long old = platformOrders.size() - young;
        assertThat(old).as("the seed has orders older than a week").isPositive();
        assertThat(young).as("and younger ones").isPositive();

        List<JsonNode> local = localAll(desk, ResourceType.ORDER);
        assertThat(local).allSatisfy(o ->
                assertThat(Instant.parse(o.get("placedAt").asText())).isAfter(cutoff.minus(Duration.ofMinutes(5))));
        assertThat((long) local.size()).isBetween(young - 5, young + 5);

    }

    /// A customer with orders inside and outside the working set, a ticket and a review.
    /// The GDPR erasure as any client sends it: stepped up (lane access), then posted.
    private static void eraseOnPlatform(PlatformClient sam, String id) {
        var outcome = new com.trendythreads.opsdesk.cache.crm.GdprRequests(
                () -> sam.create(com.trendythreads.opsdesk.api.service.CrmApi.class),
                () -> sam.create(com.trendythreads.opsdesk.api.auth.StepUpApi.class)).erase(id, "Customer asked", "demo");
        assertThat(outcome.kind()).as(outcome.detail()).isEqualTo(com.trendythreads.opsdesk.cache.crm.GdprRequests.Kind.DONE);
    }

    private static JsonNode victim(PlatformClient sam) {
        Instant weekAgo = Instant.now().minus(Duration.ofDays(7));
        Map<String, Integer> score = new java.util.HashMap<>(); // 8 old order, 4 young order, 2 ticket, 1 review
        // The platform holds an erasure while the customer has an order not yet shipped (409 erasure-held), and
        // which customers have one depends on the seed's clock: never pick one of them.
        java.util.Set<String> open = new java.util.HashSet<>();
        for (JsonNode o : TestPlatform.all(sam, "v1/orders", Map.of())) {
            boolean old = Instant.parse(o.get("placedAt").asText()).isBefore(weekAgo);
            score.merge(o.path("customer").path("id").asText(), old ? 8 : 4, (a, b) -> a | b);
            if (java.util.Set.of("PLACED", "PAID", "PICKING", "PACKED").contains(o.path("status").asText())) {
                open.add(o.path("customer").path("id").asText());
            }
        }
        for (JsonNode t : TestPlatform.all(sam, "v1/tickets", Map.of())) {
            score.merge(t.path("customerId").asText(), 2, (a, b) -> a | b);
        }
        for (JsonNode r : TestPlatform.all(sam, "v1/reviews", Map.of())) {
            score.merge(r.path("customerId").asText(), 1, (a, b) -> a | b);
        }
        List<JsonNode> customers = TestPlatform.all(sam, "v1/customers", Map.of());
        JsonNode victim = customers.stream()
                .filter(c -> !open.contains(c.get("id").asText()))
                .max(Comparator.comparingInt((JsonNode c) -> {
                    int flags = score.getOrDefault(c.get("id").asText(), 0);
                    return Integer.bitCount(flags) * 16 + flags;
                }))
                .orElseThrow();
        assertThat(score.get(victim.get("id").asText()) & 12).as("orders inside and outside the working set")
                .isEqualTo(12);
        return victim;
    }

    private List<String> docsOfCustomer(ResourceType type, String customerId) {
        return desk.db().read(h -> h.createQuery("SELECT doc FROM " + type.table() + " WHERE customer_id = :id")
                .bind("id", customerId).mapTo(String.class).list());
    }

    /// Every text cell of every local table (cache, outbox, bases, conflicts, history) that holds `s`.
    private static List<String> rowsMentioning(TestPlatform.Client desk, String s) {
        return desk.db().read(h -> {
            List<String[]> columns = h.createQuery("SELECT table_name, column_name FROM information_schema.columns "
                            + "WHERE table_schema = 'PUBLIC' AND data_type IN ('CHARACTER VARYING', "
                            + "'CHARACTER LARGE OBJECT', 'CHARACTER', 'JSON')")
                    .map((rs, ctx) -> new String[] {rs.getString(1), rs.getString(2)}).list();
            List<String> hits = new ArrayList<>();
            for (String[] c : columns) {
                long n = h.createQuery("SELECT COUNT(*) FROM \"" + c[0] + "\" WHERE CAST(\"" + c[1]
                                + "\" AS VARCHAR) LIKE :s")
                        .bind("s", "%" + s + "%").mapTo(Long.class).one();
                if (n > 0) {
                    hits.add(c[0] + "." + c[1] + " (" + n + ")");
                }
            }
            return hits;
        });
    }
}
