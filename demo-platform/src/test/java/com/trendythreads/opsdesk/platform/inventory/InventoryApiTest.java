package com.trendythreads.opsdesk.platform.inventory;

import static com.trendythreads.opsdesk.platform.catalog.CatalogTestPlatform.DRESS_SKU;
import static com.trendythreads.opsdesk.platform.catalog.CatalogTestPlatform.ST_MUC;
import static com.trendythreads.opsdesk.platform.catalog.CatalogTestPlatform.WH_BER;
import static com.trendythreads.opsdesk.platform.catalog.CatalogTestPlatform.WH_HAM;
import static com.trendythreads.opsdesk.platform.catalog.CatalogTestPlatform.productBody;
import static com.trendythreads.opsdesk.platform.catalog.CatalogTestPlatform.uniqueSku;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.trendythreads.opsdesk.platform.auth.Role;
import com.trendythreads.opsdesk.platform.catalog.CatalogTestPlatform;
import com.trendythreads.opsdesk.platform.testkit.ApiCaller;
import com.trendythreads.opsdesk.platform.testkit.ApiCaller.Resp;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;

/// Locations, stock, adjustments, movements and transfers over HTTP.
class InventoryApiTest {

    private final CatalogTestPlatform p = CatalogTestPlatform.get();
    private final ApiCaller walt = p.warehouse();

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    /// A fresh SKU (its own product) with `onHand` units at WH-BER, so tests never share stock.
    private String stockedSku(int onHand) {
        String sku = uniqueSku("TST-INV");
        p.createProduct(productBody("Stocked " + sku, sku));
        if (onHand > 0) {
            Resp r = walt.post("/v1/stock/adjustments", adjustment(WH_BER, sku, onHand, "RECEIPT"));
            assertThat(r.status()).as(r.body()).isEqualTo(201);
        }
        return sku;
    }

    private static Map<String, Object> adjustment(String location, String sku, Object delta, String reason) {
        Map<String, Object> b = new LinkedHashMap<>();
        b.put("locationId", location);
        b.put("sku", sku);
        b.put("delta", delta);
        b.put("reason", reason);
        return b;
    }

    private JsonNode stock(String location, String sku) {
        Resp r = walt.get("/v1/stock?locationId=" + enc(location) + "&sku=" + enc(sku));
        assertThat(r.status()).isEqualTo(200);
        JsonNode items = r.json().path("items");
        return items.isEmpty() ? null : items.get(0);
    }

    private List<JsonNode> movements(String sku) {
        Resp r = walt.get("/v1/stock/movements?sku=" + enc(sku));
        assertThat(r.status()).isEqualTo(200);
        return StreamSupport.stream(r.json().path("items").spliterator(), false).toList();
    }

    @Test
    void locationsAndStockList() {
        Resp locations = p.as(Role.MARKETING).get("/v1/locations");
        assertThat(locations.status()).isEqualTo(200);
        assertThat(locations.json().path("items").findValuesAsText("id")).contains(WH_BER, WH_HAM, ST_MUC);
        assertThat(locations.json().path("changeToken").asText()).isNotBlank();

        JsonNode ber = stock(WH_BER, DRESS_SKU);
        assertThat(ber.path("id").asText()).isEqualTo(WH_BER + "|" + DRESS_SKU);
        assertThat(ber.path("available").asInt()).isEqualTo(ber.path("onHand").asInt() - ber.path("committed").asInt());

        Resp bySku = walt.get("/v1/stock?sku=" + DRESS_SKU + "&limit=1");
        assertThat(bySku.json().path("items")).hasSize(1);
        Resp next = walt.get("/v1/stock?sku=" + DRESS_SKU + "&limit=1&cursor=" + enc(bySku.json().path("nextCursor").asText()));
        assertThat(next.json().path("items").get(0).path("locationId").asText())
                .isNotEqualTo(bySku.json().path("items").get(0).path("locationId").asText());
        assertThat(walt.get("/v1/stock?cursor=zzz").status()).isEqualTo(400);
        assertThat(walt.get("/v1/stock/movements?cursor=zzz").problemFields()).contains("cursor");
    }

    /// Small pages across location boundaries list every level once, in (location, SKU) order: the page after
    /// a cursor is read as the rest of its location plus the locations after it.
    @Test
    void pagingThroughAllStockListsEveryLevelOnceInLocationThenSkuOrder() {
        Resp first = walt.get("/v1/stock?limit=500");
        long total = first.json().path("total").asLong();
        List<String> ids = new ArrayList<>();
        String cursor = null;
        do {
            Resp page = walt.get("/v1/stock?limit=37" + (cursor == null ? "" : "&cursor=" + enc(cursor)));
            assertThat(page.status()).as(page.body()).isEqualTo(200);
            page.json().path("items").forEach(i -> ids.add(i.path("locationId").asText() + "|" + i.path("sku").asText()));
            cursor = page.json().path("nextCursor").asText(null);
        } while (cursor != null && !cursor.isEmpty());
        assertThat(ids).hasSize((int) total).doesNotHaveDuplicates();
        assertThat(ids.stream().map(i -> i.split("\\|")[0]).distinct().count()).as("locations crossed").isGreaterThan(2);
        List<String> sorted = new ArrayList<>(ids);
        sorted.sort(java.util.Comparator.comparing((String i) -> i.split("\\|")[0]).thenComparing(i -> i.split("\\|")[1]));
        assertThat(ids).isEqualTo(sorted);
    }

    @Test
    void adjustmentChangesOnHandWritesAMovementAndTwoChanges() {
        String sku = stockedSku(0);
        String since = p.changeToken();
        Map<String, Object> body = adjustment(WH_BER, sku, 12, "FOUND");
        body.put("note", "behind the shelf");
        Resp r = walt.post("/v1/stock/adjustments", body);

        assertThat(r.status()).as(r.body()).isEqualTo(201);
        assertThat(r.etag()).isEqualTo("\"1\"");
        assertThat(r.json().path("onHand").asInt()).isEqualTo(12);
        assertThat(r.json().path("available").asInt()).isEqualTo(12);
        Resp down = walt.post("/v1/stock/adjustments", adjustment(WH_BER, sku, -5, "DAMAGE"));
        assertThat(down.json().path("onHand").asInt()).isEqualTo(7);
        assertThat(down.etag()).isEqualTo("\"2\"");

        List<JsonNode> moves = movements(sku);
        assertThat(moves).hasSize(2);
        assertThat(moves.get(0).path("delta").asInt()).isEqualTo(-5);
        assertThat(moves.get(0).path("reason").asText()).isEqualTo("DAMAGE");
        assertThat(moves.get(1).path("delta").asInt()).isEqualTo(12);
        assertThat(moves.get(1).path("type").asText()).isEqualTo("ADJUSTMENT");
        assertThat(moves.get(1).path("note").asText()).isEqualTo("behind the shelf");
        assertThat(moves.get(1).path("userId").asText()).isNotBlank();

        String stockId = WH_BER + "|" + sku;
        List<JsonNode> stockChanges = p.changesSince(since, "stock", stockId);
        assertThat(stockChanges).extracting(c -> c.path("version").asLong()).containsExactly(1L, 2L);
        p.assertOneChange(since, "movement", moves.get(1).path("id").asText(), "upsert", 1);
        p.assertOneChange(since, "movement", moves.get(0).path("id").asText(), "upsert", 1);

        Resp page = walt.get("/v1/stock/movements?sku=" + sku + "&limit=1");
        Resp older = walt.get("/v1/stock/movements?sku=" + sku + "&limit=1&cursor="
                + enc(page.json().path("nextCursor").asText()));
        assertThat(older.json().path("items").get(0).path("id").asText()).isEqualTo(moves.get(1).path("id").asText());
        assertThat(older.json().path("nextCursor").isTextual()).isFalse();
    }

    @Test
    void adjustmentIsIdempotent() {
        String sku = stockedSku(3);
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = adjustment(WH_BER, sku, 2, "RECOUNT");
        Resp first = walt.post("/v1/stock/adjustments", body, "Idempotency-Key", key);
        Resp again = walt.post("/v1/stock/adjustments", body, "Idempotency-Key", key);
        assertThat(again.status()).isEqualTo(201);
        assertThat(again.header("Idempotent-Replayed")).hasValue("true");
        assertThat(again.body()).isEqualTo(first.body());
        assertThat(stock(WH_BER, sku).path("onHand").asInt()).isEqualTo(5);
        Resp other = walt.post("/v1/stock/adjustments", adjustment(WH_BER, sku, 3, "RECOUNT"), "Idempotency-Key", key);
        assertThat(other.status()).isEqualTo(422);
        assertThat(stock(WH_BER, sku).path("onHand").asInt()).isEqualTo(5);
    }

    @Test
    void badAdjustmentsAreRefusedNamingTheField() {
        String sku = stockedSku(4);
        Resp below = walt.post("/v1/stock/adjustments", adjustment(WH_BER, sku, -5, "THEFT"));
        assertThat(below.status()).isEqualTo(422);
        assertThat(below.problemFields()).containsExactly("delta");
        Resp overflow = walt.post("/v1/stock/adjustments", adjustment(WH_BER, sku, Integer.MAX_VALUE, "FOUND"));
        assertThat(overflow.status()).isEqualTo(422);
        assertThat(overflow.problemFields()).containsExactly("delta");
        Resp tooBig = walt.post("/v1/stock/adjustments", adjustment(WH_BER, sku, 99_999_999_999L, "FOUND"));
        assertThat(tooBig.status()).isEqualTo(400);
        Resp zero = walt.post("/v1/stock/adjustments", adjustment(WH_BER, sku, 0, "THEFT"));
        assertThat(zero.problemFields()).containsExactly("delta");
        Resp unknown = walt.post("/v1/stock/adjustments", adjustment("WH-NOPE", "NO-SUCH-SKU", 1, "FOUND"));
        assertThat(unknown.status()).isEqualTo(422);
        assertThat(unknown.problemFields()).contains("locationId", "sku");
        Resp missing = walt.post("/v1/stock/adjustments", Map.of("sku", sku));
        assertThat(missing.problemFields()).contains("locationId", "delta", "reason");
        Resp typed = walt.post("/v1/stock/adjustments", adjustment(WH_BER, sku, "2", "FOUND"));
        assertThat(typed.status()).isEqualTo(400);
        assertThat(typed.problemFields()).contains("delta");
        Resp reason = walt.post("/v1/stock/adjustments", adjustment(WH_BER, sku, 2, "LOST"));
        assertThat(reason.status()).isEqualTo(400);
        Resp malformed = walt.send("POST", "/v1/stock/adjustments", "application/json", "{",
                "Idempotency-Key", UUID.randomUUID().toString());
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(stock(WH_BER, sku).path("onHand").asInt()).isEqualTo(4);
    }

    @Test
    void stockSettingsNeedIfMatchAndMerge() {
        String sku = stockedSku(2);
        String path = "/v1/stock/" + WH_BER + "/" + sku;
        assertThat(walt.patch(path, Map.of("bin", "B-07")).status()).isEqualTo(428);
        String since = p.changeToken();
        Resp r = walt.patch(path, Map.of("bin", "B-07", "reorderPoint", 3), "If-Match", "\"1\"");
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        assertThat(r.etag()).isEqualTo("\"2\"");
        assertThat(r.json().path("bin").asText()).isEqualTo("B-07");
        assertThat(r.json().path("reorderPoint").asInt()).isEqualTo(3);
        assertThat(r.json().path("onHand").asInt()).isEqualTo(2);
        p.assertOneChange(since, "stock", WH_BER + "|" + sku, "upsert", 2);

        Map<String, Object> clear = new HashMap<>();
        clear.put("bin", null);
        Resp cleared = walt.patch(path, clear, "If-Match", "\"2\"");
        assertThat(cleared.json().path("bin").isTextual()).as(cleared.body()).isFalse();
        assertThat(cleared.json().path("reorderPoint").asInt()).isEqualTo(3);

        Resp stale = walt.patch(path, Map.of("bin", "C"), "If-Match", "\"1\"");
        assertThat(stale.status()).isEqualTo(412);
        assertThat(stale.json().path("currentVersion").asLong()).isEqualTo(3);
        Resp negative = walt.patch(path, Map.of("reorderQty", -1), "If-Match", "\"3\"");
        assertThat(negative.status()).isEqualTo(422);
        assertThat(negative.problemFields()).containsExactly("reorderQty");
        Resp longBin = walt.patch(path, Map.of("bin", "x".repeat(10_000)), "If-Match", "\"3\"");
        assertThat(longBin.problemFields()).containsExactly("bin");
        assertThat(walt.patch("/v1/stock/" + ST_MUC + "/" + sku, Map.of("bin", "A"), "If-Match", "\"1\"").status())
                .isEqualTo(404);
    }

    private static Map<String, Object> transferBody(String from, String to, String sku, Object quantity) {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("sku", sku);
        line.put("quantity", quantity);
        Map<String, Object> b = new LinkedHashMap<>();
        b.put("fromLocationId", from);
        b.put("toLocationId", to);
        b.put("lines", List.of(line));
        return b;
    }

    @Test
    void transferMovesStockFromShipToReceipt() {
        String sku = stockedSku(20);
        String since = p.changeToken();
        Map<String, Object> body = transferBody(WH_BER, ST_MUC, sku, 8);
        body.put("note", "weekend restock");
        Resp created = walt.post("/v1/transfers", body);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String id = created.json().path("id").asText();
        assertThat(id).startsWith("trf_");
        assertThat(created.header("Location")).hasValue("/v1/transfers/" + id);
        assertThat(created.json().path("status").asText()).isEqualTo("CREATED");
        assertThat(created.json().path("createdBy").asText()).isNotBlank();
        assertThat(walt.get("/v1/transfers/" + id).etag()).isEqualTo("\"1\"");
        assertThat(p.as(Role.MERCHANDISER).get("/v1/transfers?status=CREATED&locationId=" + ST_MUC).json()
                .path("items").findValuesAsText("id")).contains(id);

        Resp shipped = walt.post("/v1/transfers/" + id + "/ship", null, "If-Match", "\"1\"");
        assertThat(shipped.status()).as(shipped.body()).isEqualTo(200);
        assertThat(shipped.json().path("status").asText()).isEqualTo("SHIPPED");
        assertThat(shipped.json().path("shippedAt").asText()).isNotBlank();
        assertThat(shipped.etag()).isEqualTo("\"2\"");
        assertThat(stock(WH_BER, sku).path("onHand").asInt()).isEqualTo(12);
        assertThat(stock(ST_MUC, sku).path("incoming").asInt()).isEqualTo(8);
        assertThat(stock(ST_MUC, sku).path("onHand").asInt()).isZero();
        assertThat(movements(sku).getFirst().path("type").asText()).isEqualTo("TRANSFER_OUT");
        assertThat(movements(sku).getFirst().path("reference").asText()).isEqualTo(id);

        Resp again = walt.post("/v1/transfers/" + id + "/ship", null);
        assertThat(again.status()).isEqualTo(409);

        Resp received = walt.post("/v1/transfers/" + id + "/receive",
                Map.of("lines", List.of(Map.of("sku", sku, "receivedQuantity", 7))));
        assertThat(received.status()).as(received.body()).isEqualTo(200);
        assertThat(received.json().path("status").asText()).isEqualTo("RECEIVED_WITH_DISCREPANCY");
        assertThat(received.json().path("lines").get(0).path("receivedQuantity").asInt()).isEqualTo(7);
        assertThat(received.json().path("receivedAt").asText()).isNotBlank();
        JsonNode muc = stock(ST_MUC, sku);
        assertThat(muc.path("onHand").asInt()).isEqualTo(7);
        assertThat(muc.path("incoming").asInt()).isZero();
        assertThat(movements(sku).getFirst().path("type").asText()).isEqualTo("TRANSFER_IN");
        assertThat(movements(sku).getFirst().path("locationId").asText()).isEqualTo(ST_MUC);
        assertThat(walt.post("/v1/transfers/" + id + "/receive",
                Map.of("lines", List.of(Map.of("sku", sku, "receivedQuantity", 7)))).status()).isEqualTo(409);

        assertThat(p.changesSince(since, "transfer", id)).extracting(c -> c.path("version").asLong())
                .containsExactly(1L, 2L, 3L);
        assertThat(p.changesSince(since, "stock", ST_MUC + "|" + sku)).extracting(c -> c.path("version").asLong())
                .containsExactly(1L, 2L);
        assertThat(p.changesSince(since, "stock", WH_BER + "|" + sku)).hasSize(1);
    }

    @Test
    void fullReceiptIsReceivedAndActionsIdempotent() {
        String sku = stockedSku(5);
        String id = walt.post("/v1/transfers", transferBody(WH_BER, WH_HAM, sku, 5)).json().path("id").asText();
        String key = UUID.randomUUID().toString();
        Resp ship = walt.post("/v1/transfers/" + id + "/ship", null, "Idempotency-Key", key);
        Resp replay = walt.post("/v1/transfers/" + id + "/ship", null, "Idempotency-Key", key);
        assertThat(ship.status()).isEqualTo(200);
        assertThat(replay.status()).isEqualTo(200);
        assertThat(replay.header("Idempotent-Replayed")).hasValue("true");
        assertThat(replay.body()).isEqualTo(ship.body());
        assertThat(stock(WH_BER, sku).path("onHand").asInt()).isZero();

        Resp stale = walt.post("/v1/transfers/" + id + "/receive",
                Map.of("lines", List.of(Map.of("sku", sku, "receivedQuantity", 5))), "If-Match", "\"1\"");
        assertThat(stale.status()).isEqualTo(412);
        assertThat(stale.json().path("currentVersion").asLong()).isEqualTo(2);
        Resp ok = walt.post("/v1/transfers/" + id + "/receive",
                Map.of("lines", List.of(Map.of("sku", sku, "receivedQuantity", 5))), "If-Match", "\"2\"");
        assertThat(ok.json().path("status").asText()).isEqualTo("RECEIVED");
        assertThat(stock(WH_HAM, sku).path("onHand").asInt()).isEqualTo(5);
    }

    @Test
    void badTransfersAreRefused() {
        String sku = stockedSku(3);
        Resp tooMany = walt.post("/v1/transfers", transferBody(WH_BER, ST_MUC, sku, 4));
        assertThat(tooMany.status()).isEqualTo(422);
        assertThat(tooMany.problemFields()).containsExactly("lines[0].quantity");
        Resp zero = walt.post("/v1/transfers", transferBody(WH_BER, ST_MUC, sku, 0));
        assertThat(zero.problemFields()).containsExactly("lines[0].quantity");
        Resp same = walt.post("/v1/transfers", transferBody(WH_BER, WH_BER, sku, 1));
        assertThat(same.problemFields()).containsExactly("toLocationId");
        Resp unknown = walt.post("/v1/transfers", transferBody("WH-NOPE", ST_MUC, "NO-SUCH-SKU", 1));
        assertThat(unknown.problemFields()).contains("fromLocationId", "lines[0].sku");
        Resp typed = walt.post("/v1/transfers", transferBody(WH_BER, ST_MUC, sku, "one"));
        assertThat(typed.status()).isEqualTo(400);
        assertThat(typed.problemFields()).contains("lines[0].quantity");
        Resp empty = walt.post("/v1/transfers", Map.of("fromLocationId", WH_BER, "toLocationId", ST_MUC,
                "lines", List.of()));
        assertThat(empty.problemFields()).contains("lines");
        assertThat(walt.get("/v1/transfers/trf_nope").status()).isEqualTo(404);
        assertThat(walt.post("/v1/transfers/trf_nope/ship", null).status()).isEqualTo(404);
        assertThat(walt.get("/v1/transfers?status=LOST").problemFields()).contains("status");

        String id = walt.post("/v1/transfers", transferBody(WH_BER, ST_MUC, sku, 2)).json().path("id").asText();
        Resp early = walt.post("/v1/transfers/" + id + "/receive",
                Map.of("lines", List.of(Map.of("sku", sku, "receivedQuantity", 2))));
        assertThat(early.status()).isEqualTo(409);
        walt.post("/v1/transfers/" + id + "/ship", null);
        Resp missingLine = walt.post("/v1/transfers/" + id + "/receive",
                Map.of("lines", List.of(Map.of("sku", DRESS_SKU, "receivedQuantity", 2))));
        assertThat(missingLine.status()).isEqualTo(422);
        assertThat(missingLine.problemFields()).contains("lines[0].sku", "lines");
        Resp twice = walt.post("/v1/transfers/" + id + "/receive", Map.of("lines", List.of(
                Map.of("sku", sku, "receivedQuantity", 1), Map.of("sku", sku, "receivedQuantity", 1))));
        assertThat(twice.problemFields()).contains("lines[1].sku");
        Resp negative = walt.post("/v1/transfers/" + id + "/receive",
                Map.of("lines", List.of(Map.of("sku", sku, "receivedQuantity", -1))));
        assertThat(negative.problemFields()).contains("lines[0].receivedQuantity");
        assertThat(walt.get("/v1/transfers/" + id).json().path("status").asText()).isEqualTo("SHIPPED");
    }

    @Test
    void aProductHoldingStockCannotBeDeletedAndTakesItsEmptiedStockRowsWithIt() {
        String sku = uniqueSku("TST-GONE");
        String id = p.createProduct(productBody("Stocked, then deleted " + sku, sku)).path("id").asText();
        assertThat(walt.post("/v1/stock/adjustments", adjustment(WH_BER, sku, 5, "RECEIPT")).status()).isEqualTo(201);
        ApiCaller merch = p.merch();

        Resp refused = merch.delete("/v1/products/" + id, "If-Match", "\"1\"");
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.problemFields()).containsExactly("variants");
        assertThat(refused.body()).contains("5 on hand");
        assertThat(stock(WH_BER, sku).path("onHand").asInt()).isEqualTo(5);

        assertThat(walt.post("/v1/stock/adjustments", adjustment(WH_BER, sku, -5, "DAMAGE")).status()).isEqualTo(201);
        long stockVersion = stock(WH_BER, sku).path("version").asLong();
        String since = p.changeToken();
        assertThat(merch.delete("/v1/products/" + id, "If-Match", "\"1\"").status()).isEqualTo(204);

        assertThat(stock(WH_BER, sku)).isNull();
        p.assertOneChange(since, "stock", WH_BER + "|" + sku, "delete", stockVersion + 1);
    }
}
