package com.trendythreads.opsdesk.platform;

import static com.trendythreads.opsdesk.platform.catalog.CatalogTestPlatform.DRESS;
import static com.trendythreads.opsdesk.platform.catalog.CatalogTestPlatform.WH_BER;
import static com.trendythreads.opsdesk.platform.catalog.CatalogTestPlatform.productBody;
import static com.trendythreads.opsdesk.platform.catalog.CatalogTestPlatform.uniqueSku;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.trendythreads.opsdesk.platform.catalog.CatalogTestPlatform;
import com.trendythreads.opsdesk.platform.testkit.ApiCaller;
import com.trendythreads.opsdesk.platform.testkit.ApiCaller.Resp;
import java.util.List;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;

/// `POST /v1/batch`: each item answered and remembered as if sent alone, in order, not atomic; the batch's own
/// mistakes apply nothing. Every exchange is checked against the contract by the caller.
class BatchTest {

    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private final CatalogTestPlatform p = CatalogTestPlatform.get();
    private final ApiCaller walt = p.warehouse();

    private String stockedSku() {
        String sku = uniqueSku("TST-BATCH");
        p.createProduct(productBody("Batch " + sku, sku));
        return sku;
    }

    private int onHand(String sku) {
        Resp r = walt.get("/v1/stock?locationId=" + WH_BER + "&sku=" + sku);
        JsonNode items = r.json().path("items");
        return items.isEmpty() ? 0 : items.get(0).path("onHand").asInt();
    }

    private static ObjectNode adjust(String sku, int delta, String key) {
        ObjectNode body = F.objectNode().put("locationId", WH_BER).put("sku", sku).put("delta", delta)
                .put("reason", "FOUND");
        return item("POST", "/v1/stock/adjustments", key, body);
    }

    private static ObjectNode item(String method, String path, String key, ObjectNode body) {
        ObjectNode item = F.objectNode().put("method", method).put("path", path).put("idempotencyKey", key);
        if (body != null) item.set("body", body);
        return item;
    }

    private static ObjectNode batch(JsonNode... items) {
        ObjectNode b = F.objectNode();
        ArrayNode requests = b.putArray("requests");
        for (JsonNode i : items) requests.add(i);
        return b;
    }

    private static String key() {
        return UUID.randomUUID().toString();
    }

    private static List<Integer> statuses(Resp r) {
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return StreamSupport.stream(r.json().path("responses").spliterator(), false)
                .map(n -> n.path("status").asInt()).toList();
    }

    @Test
    void itemsApplyInOrderAndAFailedOneNeitherStopsNorUndoesItsNeighbours() {
        String sku = stockedSku();
        Resp r = walt.post("/v1/batch", batch(adjust(sku, 5, key()), adjust(sku, 0, key()), adjust(sku, 2, key())));

        assertThat(statuses(r)).containsExactly(201, 422, 201);
        JsonNode slots = r.json().path("responses");
        assertThat(slots.get(0).path("body").path("onHand").asInt()).isEqualTo(5);
        // The third saw the first (in order), not the second.
        assertThat(slots.get(2).path("body").path("onHand").asInt()).isEqualTo(7);
        assertThat(slots.get(2).path("etag").asText()).matches("\"\\d+\"");
        JsonNode problem = slots.get(1).path("body");
        assertThat(problem.path("type").asText()).endsWith("/validation-failed");
        assertThat(problem.path("status").asInt()).isEqualTo(422);
        assertThat(problem.path("instance").asText()).isEqualTo("/v1/stock/adjustments");
        assertThat(problem.path("errors").get(0).path("field").asText()).isEqualTo("delta");
        assertThat(onHand(sku)).isEqualTo(7);
    }

    @Test
    void aReplayedBatchAnswersTheSameAndAppliesNothingTwice() {
        String sku = stockedSku();
        ObjectNode sent = batch(adjust(sku, 4, key()), adjust(sku, 3, key()));
        Resp first = walt.post("/v1/batch", sent);
        Resp again = walt.post("/v1/batch", sent);

        assertThat(statuses(first)).containsExactly(201, 201);
        assertThat(statuses(again)).containsExactly(201, 201);
        for (int i = 0; i < 2; i++) {
            JsonNode a = first.json().path("responses").get(i);
            JsonNode b = again.json().path("responses").get(i);
            assertThat(b.path("body")).isEqualTo(a.path("body"));
            assertThat(b.path("etag")).isEqualTo(a.path("etag"));
            assertThat(b.path("replayed").asBoolean()).isTrue();
            assertThat(a.path("replayed").asBoolean()).isFalse();
        }
        assertThat(onHand(sku)).isEqualTo(7);

        // A key reused for another item is refused in its slot, like a single request.
        String reusedKey = sent.path("requests").get(0).path("idempotencyKey").asText();
        Resp reused = walt.post("/v1/batch", batch(adjust(sku, 9, reusedKey), adjust(sku, 1, key())));
        assertThat(statuses(reused)).containsExactly(422, 201);
        assertThat(reused.json().at("/responses/0/body/type").asText()).endsWith("/idempotency-key-reused");
        assertThat(onHand(sku)).isEqualTo(8);
    }

    /// The desk's retry of an entry whose single send lost its answer may travel in a batch: same key, same
    /// body, so the same stored answer.
    @Test
    void aKeyFirstSentAloneIsAnsweredFromTheStoreInABatch() {
        String sku = stockedSku();
        String key = key();
        ObjectNode single = adjust(sku, 6, key);
        Resp alone = walt.post("/v1/stock/adjustments", single.path("body"), "Idempotency-Key", key);
        assertThat(alone.status()).as(alone.body()).isEqualTo(201);

        Resp r = walt.post("/v1/batch", batch(single, adjust(sku, 1, key())));
        assertThat(statuses(r)).containsExactly(201, 201);
        assertThat(r.json().at("/responses/0/replayed").asBoolean()).isTrue();
        assertThat(r.json().at("/responses/0/body")).isEqualTo(alone.json());
        assertThat(onHand(sku)).isEqualTo(7);
    }

    @Test
    void anItemTheRoleMayNotCallIs403InItsSlot() {
        String sku = stockedSku();
        ObjectNode retitle = F.objectNode().put("title", "Not yours");
        Resp r = walt.post("/v1/batch", batch(item("PATCH", "/v1/products/" + DRESS, key(), retitle)
                .put("ifMatch", "\"1\""), adjust(sku, 1, key())));

        assertThat(statuses(r)).containsExactly(403, 201);
        assertThat(r.json().at("/responses/0/body/detail").asText()).contains("updateProduct");
        assertThat(p.merch().get("/v1/products/" + DRESS).json().path("title").asText()).isNotEqualTo("Not yours");
    }

    @Test
    void aStaleIfMatchIs412InItsSlotWithTheCurrentVersionAndAFreshOneApplies() {
        String sku = stockedSku();
        walt.post("/v1/stock/adjustments", adjust(sku, 1, key()).path("body"));
        String path = "/v1/stock/" + WH_BER + "/" + sku;
        long version = walt.get("/v1/stock?locationId=" + WH_BER + "&sku=" + sku).json()
                .at("/items/0/version").asLong();
        Resp r = walt.post("/v1/batch", batch(
                item("PATCH", path, key(), F.objectNode().put("bin", "Z-99")).put("ifMatch", "\"" + (version + 5) + "\""),
                item("PATCH", path, key(), F.objectNode().put("bin", "A-01")).put("ifMatch", "\"" + version + "\"")));

        assertThat(statuses(r)).containsExactly(412, 200);
        assertThat(r.json().at("/responses/0/body/currentVersion").asLong()).isEqualTo(version);
        assertThat(r.json().at("/responses/1/etag").asText()).isEqualTo("\"" + (version + 1) + "\"");
        assertThat(walt.get("/v1/stock?locationId=" + WH_BER + "&sku=" + sku).json().at("/items/0/bin").asText())
                .isEqualTo("A-01");
    }

    @Test
    void moreThanAHundredItemsAre400NamingRequestsAndApplyNothing() {
        String sku = stockedSku();
        JsonNode[] items = new JsonNode[101];
        for (int i = 0; i < items.length; i++) items[i] = adjust(sku, 1, key());
        Resp r = walt.post("/v1/batch", batch(items));

        assertThat(r.status()).as(r.body()).isEqualTo(400);
        assertThat(r.problemFields()).contains("requests");
        assertThat(onHand(sku)).isZero();
    }

    @Test
    void aNestedBatchAReadAnUploadOrAStepUpOperationIsRefused() {
        String sku = stockedSku();
        Resp nested = walt.post("/v1/batch", batch(adjust(sku, 1, key()),
                item("POST", "/v1/batch", key(), batch(adjust(sku, 1, key())))));
        assertThat(nested.status()).as(nested.body()).isEqualTo(400);
        assertThat(nested.problemFields()).containsExactly("requests[1].path");

        Resp read = walt.post("/v1/batch", batch(adjust(sku, 1, key()), item("GET", "/v1/stock", key(), null)));
        assertThat(read.status()).as(read.body()).isEqualTo(400);
        assertThat(read.problemFields()).containsExactly("requests[1].method");

        Resp upload = walt.post("/v1/batch", batch(adjust(sku, 1, key()),
                item("POST", "/v1/products/" + DRESS + "/media", key(), F.objectNode())));
        assertThat(upload.status()).as(upload.body()).isEqualTo(400);
        assertThat(upload.problemFields()).containsExactly("requests[1].path");
        assertThat(onHand(sku)).isZero();

        // A step-up operation needs its own single-use token: refused in its slot, the others go on.
        Resp stepUp = p.admin().post("/v1/batch", batch(adjust(sku, 1, key()),
                item("POST", "/v1/orders/ord_000001/cancel", key(), F.objectNode().put("reason", "Asked"))));
        assertThat(statuses(stepUp)).containsExactly(201, 422);
        assertThat(stepUp.json().at("/responses/1/body/type").asText()).endsWith("/step-up-not-batchable");
        assertThat(onHand(sku)).isEqualTo(1);
    }
}
