package com.trendythreads.opsdesk.cache.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.trendythreads.opsdesk.api.IdempotencyKeys;
import com.trendythreads.opsdesk.api.PlatformClient;
import com.trendythreads.opsdesk.api.service.ResourcesApi;
import com.trendythreads.opsdesk.cache.outbox.Conflicts;
import com.trendythreads.opsdesk.cache.outbox.EntryStatus;
import com.trendythreads.opsdesk.cache.store.ResourceType;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/// The sync engine against the real demo platform: pull, push, live updates and conflicts.
class SyncEngineTest extends PlatformTest {

    private static ObjectNode obj() {
        return JsonNodeFactory.instance.objectNode();
    }

    private static JsonNode local(TestPlatform.Client c, ResourceType type, String id) {
        return c.db().read(h -> c.tables().get(h, type, id)).orElse(null);
    }

    @Test
    void initialSyncPullsEveryReadableResourceOfTheWorkingSet() {
        TestPlatform.Client desk = platform.desk(tmp.resolve("cache"), "ada.admin");

        assertThat(desk.engine().initialSync()).isTrue();

        PlatformClient truth = desk.api();
        for (ResourceType t : List.of(ResourceType.PRODUCT, ResourceType.STOCK, ResourceType.CUSTOMER,
                ResourceType.CATEGORY, ResourceType.LOCATION, ResourceType.PROMO_CODE)) {
            long expected = TestPlatform.all(truth, t.listPath(), Map.of()).size();
            long local = desk.db().read(h -> desk.tables().count(h, t));
            assertThat(local).as(t.resource()).isEqualTo(expected)
                    .isPositive();
        }
        assertThat(desk.engine().initialSyncDone()).isTrue();
        assertThat(desk.engine().token()).isNotNull();
    }

    @Test
    void anEditShowsLocallyAtOnceAndReachesThePlatformOnce() {
        TestPlatform.Client desk = platform.desk(tmp.resolve("cache"), "ada.admin");
        desk.engine().initialSync();
        JsonNode product = TestPlatform.all(desk.api(), "v1/products", Map.of()).getFirst();
        String id = product.get("id").asText();
        long version = product.get("version").asLong();

        desk.engine().edits().update(ResourceType.PRODUCT, id, obj().put("title", "Offline title"), "Title");

        assertThat(local(desk, ResourceType.PRODUCT, id).get("title").asText()).isEqualTo("Offline title");
        assertThat(desk.engine().status().pendingEdits()).isEqualTo(1);

        desk.engine().pushDue();

        JsonNode now = TestPlatform.get(desk.api(), "v1/products/" + id);
        assertThat(now.get("title").asText()).isEqualTo("Offline title");
        assertThat(now.get("version").asLong()).isEqualTo(version + 1);
        assertThat(desk.engine().status().pendingEdits()).isZero();
        assertThat(local(desk, ResourceType.PRODUCT, id).get("version").asLong()).isEqualTo(version + 1);
        // Pushing again sends nothing more.
        assertThat(desk.engine().pushDue().sent()).isZero();
        assertThat(TestPlatform.get(desk.api(), "v1/products/" + id).get("version").asLong()).isEqualTo(version + 1);
    }

    @Test
    void liveChangesFromOthersArriveWithoutPolling() {
        TestPlatform.Client desk = platform.desk(tmp.resolve("cache"), "ada.admin");
        desk.engine().initialSync();
        desk.engine().start();
        JsonNode product = TestPlatform.all(desk.api(), "v1/products", Map.of()).get(1);
        String id = product.get("id").asText();

        PlatformClient other = platform.client("mia.merch");
        other.create(ResourcesApi.class).patch("v1/products/" + id, "\"" + product.get("version").asLong() + "\"",
                IdempotencyKeys.newKey(), obj().put("title", "Changed by Mia"));

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(local(desk, ResourceType.PRODUCT, id).get("title").asText()).isEqualTo("Changed by Mia"));
    }

    @Test
    void disjointFieldsMergeAndTheSameFieldBecomesAConflictThatResolvesBothWays() {
        TestPlatform.Client a = platform.desk(tmp.resolve("a"), "ada.admin");
        TestPlatform.Client b = platform.desk(tmp.resolve("b"), "mia.merch");
        a.engine().initialSync();
        b.engine().initialSync();
        List<JsonNode> products = TestPlatform.all(a.api(), "v1/products", Map.of());
        String p1 = products.get(2).get("id").asText();
        String p2 = products.get(3).get("id").asText();

        // Disjoint fields on p1: both land.
        a.engine().edits().update(ResourceType.PRODUCT, p1, obj().put("title", "Title by A"), "title");
        b.engine().edits().update(ResourceType.PRODUCT, p1, obj().put("brand", "Brand by B"), "brand");
        a.engine().pushDue();
        b.engine().pushDue();
        JsonNode merged = TestPlatform.get(a.api(), "v1/products/" + p1);
        assertThat(merged.get("title").asText()).isEqualTo("Title by A");
        assertThat(merged.get("brand").asText()).isEqualTo("Brand by B");
        assertThat(b.engine().status().openConflicts()).isZero();
        assertThat(local(b, ResourceType.PRODUCT, p1).get("title").asText()).isEqualTo("Title by A");

        // The same field on p2: B's edit waits for a decision.
        a.engine().edits().update(ResourceType.PRODUCT, p2, obj().put("title", "A's title"), "title");
        b.engine().edits().update(ResourceType.PRODUCT, p2, obj().put("title", "B's title").put("season", "AW27"),
                "title and season");
        a.engine().pushDue();
        b.engine().pushDue();
        assertThat(b.engine().status().openConflicts()).isEqualTo(1);
        Conflicts.OpenConflict c = b.engine().conflicts().open().getFirst();
        assertThat(c.fields()).singleElement().satisfies(f -> {
            assertThat(f.path()).isEqualTo("title");
            assertThat(f.mine().asText()).isEqualTo("B's title");
            assertThat(f.theirs().asText()).isEqualTo("A's title");
        });
        assertThat(b.engine().outbox().entries()).singleElement()
                .satisfies(e -> assertThat(e.status()).isEqualTo(EntryStatus.CONFLICT));

        // Keep mine: B's title wins, and the season that merged cleanly goes along.
        b.engine().conflicts().resolve(c.id(), Set.of("title"));
        b.engine().pushDue();
        JsonNode afterMine = TestPlatform.get(a.api(), "v1/products/" + p2);
        assertThat(afterMine.get("title").asText()).isEqualTo("B's title");
        assertThat(afterMine.get("season").asText()).isEqualTo("AW27");
        assertThat(b.engine().status().openConflicts()).isZero();
        assertThat(b.engine().status().pendingEdits()).isZero();

        // Take theirs: A edits again from a stale base; A's title stays B's.
        a.engine().catchUp();
        a.engine().edits().update(ResourceType.PRODUCT, p2, obj().put("title", "A again"), "title");
        b.engine().catchUp();
        b.engine().edits().update(ResourceType.PRODUCT, p2, obj().put("title", "B again"), "title");
        b.engine().pushDue();
        a.engine().pushDue();
        Conflicts.OpenConflict c2 = a.engine().conflicts().open().getFirst();
        a.engine().conflicts().resolve(c2.id(), Set.of());
        a.engine().pushDue();
        assertThat(TestPlatform.get(a.api(), "v1/products/" + p2).get("title").asText()).isEqualTo("B again");
        assertThat(a.engine().outbox().entries()).isEmpty();
        assertThat(local(a, ResourceType.PRODUCT, p2).get("title").asText()).isEqualTo("B again");
    }

    @Test
    void twoClientsAdjustingOneSkuOfflineBothCount() {
        TestPlatform.Client a = platform.desk(tmp.resolve("a"), "walt.warehouse");
        TestPlatform.Client b = platform.desk(tmp.resolve("b"), "mona.manager");
        a.engine().initialSync();
        b.engine().initialSync();
        JsonNode stock = TestPlatform.all(a.api(), "v1/stock", Map.of()).getFirst();
        String loc = stock.get("locationId").asText();
        String sku = stock.get("sku").asText();
        int before = stock.get("onHand").asInt();

        platform.stop();
        a.engine().edits().adjustStock(loc, sku, 5, "RECEIPT", null);
        b.engine().edits().adjustStock(loc, sku, -2, "DAMAGE", null);
        a.engine().pushDue();
        b.engine().pushDue();
        String stockId = loc + "|" + sku;
        assertThat(local(a, ResourceType.STOCK, stockId).get("onHand").asInt()).isEqualTo(before + 5);
        assertThat(a.engine().status().pendingEdits()).isEqualTo(1);

        platform.restart();
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            a.engine().pushDue();
            b.engine().pushDue();
            assertThat(a.engine().status().pendingEdits() + b.engine().status().pendingEdits()).isZero();
        });
        assertThat(a.engine().status().failedEdits() + b.engine().status().failedEdits()).isZero();
        JsonNode after = TestPlatform.all(a.api(), "v1/stock", Map.of("locationId", loc, "sku", sku)).getFirst();
        assertThat(after.get("onHand").asInt()).isEqualTo(before + 3);
        a.engine().catchUp();
        assertThat(local(a, ResourceType.STOCK, stockId).get("onHand").asInt()).isEqualTo(before + 3);
    }
}
