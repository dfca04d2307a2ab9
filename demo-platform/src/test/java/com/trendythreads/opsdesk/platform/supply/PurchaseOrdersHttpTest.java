package com.trendythreads.opsdesk.platform.supply;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.trendythreads.opsdesk.platform.DemoPlatform;
import com.trendythreads.opsdesk.platform.PlatformConfig;
import com.trendythreads.opsdesk.platform.Scale;
import com.trendythreads.opsdesk.platform.testkit.ApiCaller;
import com.trendythreads.opsdesk.platform.testkit.ApiCaller.Resp;
import com.trendythreads.opsdesk.platform.testkit.ContractValidator;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/// Suppliers and purchase orders against the seeded TINY platform: the seed, the PO life cycle with two
/// partial receipts (stock moves from incoming to on hand), idempotent create, and payout masking.
class PurchaseOrdersHttpTest {

    private static DemoPlatform platform;
    private static ApiCaller mia;
    private static ApiCaller walt;
    private static ApiCaller mona;

    @BeforeAll
    static void start() {
        platform = DemoPlatform.start(PlatformConfig.builder().inMemoryDatabase().passwordIterations(1_000)
                .scale(Scale.TINY).build());
        ApiCaller anonymous = new ApiCaller(URI.create(platform.baseUrl()), ContractValidator.fromClasspath());
        mia = anonymous.signIn("mia.merch", "demo");
        walt = anonymous.signIn("walt.warehouse", "demo");
        mona = anonymous.signIn("mona.manager", "demo");
    }

    @AfterAll
    static void stop() {
        platform.close();
    }

    private static JsonNode stock(String location, String sku) {
        return mia.get("/v1/stock?locationId=" + location + "&sku=" + sku).json().path("items").get(0);
    }

    private static Map<String, Object> line(String sku, int qty) {
        return Map.of("sku", sku, "receivedQuantity", qty);
    }

    @Test
    void theSeedHasSuppliersEverySkuLinkedAndAReceivedHistory() {
        JsonNode suppliers = mia.get("/v1/suppliers?limit=100").json();
        assertThat(suppliers.path("total").asLong()).isEqualTo(12);
        JsonNode first = suppliers.path("items").get(0);
        assertThat(first.path("id").asText()).isEqualTo("sup_001");
        assertThat(first.path("leadTimeDays").asInt()).isPositive();
        // payout details are sensitive: a merchandiser sees the IBAN's last four characters, a manager all of it
        assertThat(first.path("payout").path("iban").asText()).isEqualTo("••••0154");
        assertThat(mona.get("/v1/suppliers?limit=1").json().path("items").get(0).path("payout").path("iban").asText())
                .isEqualTo("PT50000201231234567890154");

        long skus = mia.get("/v1/stock?locationId=WH-BER&limit=1").json().path("total").asLong();
        assertThat(skus).isPositive();
        JsonNode items = mia.get("/v1/supplier-items?limit=5").json();
        assertThat(items.path("total").asLong()).isGreaterThanOrEqualTo(skus);
        assertThat(items.path("items").get(0).path("packSize").asInt()).isPositive();

        JsonNode history = mia.get("/v1/purchase-orders?status=RECEIVED&supplierId=sup_001&limit=100").json();
        assertThat(history.path("total").asLong()).isEqualTo(6);
        for (JsonNode po : history.path("items")) {
            assertThat(po.path("receipts").size()).isBetween(1, 2);
            assertThat(po.path("sentAt").asText()).isNotEmpty();
        }
    }

    @Test
    void aPoReceivedInTwoPartialReceiptsEndsWithTheRightOnHandAndNoIncoming() {
        JsonNode item = mia.get("/v1/supplier-items?supplierId=sup_002&limit=2").json().path("items");
        String a = item.get(0).path("sku").asText();
        String b = item.get(1).path("sku").asText();
        String loc = "WH-HAM";
        int onHandA = stock(loc, a).path("onHand").asInt();
        int incomingA = stock(loc, a).path("incoming").asInt();
        int onHandB = stock(loc, b).path("onHand").asInt();
        int incomingB = stock(loc, b).path("incoming").asInt();

        Resp created = mia.post("/v1/purchase-orders", Map.of("supplierId", "sup_002", "locationId", loc,
                "lines", List.of(Map.of("sku", a, "quantity", 20), Map.of("sku", b, "quantity", 10,
                        "unitCostCents", 999))));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        JsonNode po = created.json();
        String id = po.path("id").asText();
        assertThat(id).startsWith("po_");
        assertThat(po.path("status").asText()).isEqualTo("DRAFT");
        assertThat(po.path("lines").get(0).path("unitCostCents").asLong())
                .isEqualTo(item.get(0).path("unitCostCents").asLong());
        assertThat(po.path("totalCents").asLong())
                .isEqualTo(20 * item.get(0).path("unitCostCents").asLong() + 10 * 999);

        Resp edited = mia.patch("/v1/purchase-orders/" + id, Map.of("lines", List.of(Map.of("sku", a, "quantity", 24),
                Map.of("sku", b, "quantity", 10, "unitCostCents", 999))), "If-Match", created.etag());
        assertThat(edited.status()).as(edited.body()).isEqualTo(200);

        Resp sent = mia.post("/v1/purchase-orders/" + id + "/send", null, "If-Match", edited.etag());
        assertThat(sent.status()).as(sent.body()).isEqualTo(200);
        assertThat(sent.json().path("status").asText()).isEqualTo("SENT");
        assertThat(sent.json().path("expectedAt").asText()).isNotEmpty();
        assertThat(stock(loc, a).path("incoming").asInt()).isEqualTo(incomingA + 24);
        assertThat(stock(loc, b).path("incoming").asInt()).isEqualTo(incomingB + 10);
        // a sent PO's lines no longer change
        assertThat(mia.patch("/v1/purchase-orders/" + id, Map.of("note", "x"), "If-Match", sent.etag()).status())
                .isEqualTo(409);

        Resp first = walt.post("/v1/purchase-orders/" + id + "/receive", Map.of("lines", List.of(line(a, 14),
                line(b, 10)), "note", "first pallet"));
        assertThat(first.status()).as(first.body()).isEqualTo(200);
        assertThat(first.json().path("status").asText()).isEqualTo("PARTIALLY_RECEIVED");
        assertThat(stock(loc, a).path("onHand").asInt()).isEqualTo(onHandA + 14);
        assertThat(stock(loc, a).path("incoming").asInt()).isEqualTo(incomingA + 10);
        assertThat(stock(loc, b).path("incoming").asInt()).isEqualTo(incomingB);

        // the second delivery brings one unit more than was still outstanding: it goes on hand as well
        Resp second = walt.post("/v1/purchase-orders/" + id + "/receive", Map.of("lines", List.of(line(a, 11))));
        assertThat(second.status()).as(second.body()).isEqualTo(200);
        JsonNode done = second.json();
        assertThat(done.path("status").asText()).isEqualTo("RECEIVED");
        assertThat(done.path("closedAt").asText()).isNotEmpty();
        assertThat(done.path("receipts").size()).isEqualTo(2);
        assertThat(done.path("lines").get(0).path("receivedQuantity").asInt()).isEqualTo(25);
        assertThat(stock(loc, a).path("onHand").asInt()).isEqualTo(onHandA + 25);
        assertThat(stock(loc, a).path("incoming").asInt()).isEqualTo(incomingA);
        assertThat(stock(loc, b).path("onHand").asInt()).isEqualTo(onHandB + 10);
        assertThat(stock(loc, b).path("incoming").asInt()).isEqualTo(incomingB);

        JsonNode movements = mia.get("/v1/stock/movements?locationId=" + loc + "&sku=" + a + "&limit=5").json();
        List<Integer> receipts = new ArrayList<>();
        movements.path("items").forEach(m -> {
            if (m.path("reference").asText().equals(id)) {
                assertThat(m.path("type").asText()).isEqualTo("RECEIPT");
                receipts.add(m.path("delta").asInt());
            }
        });
        assertThat(receipts).containsExactlyInAnyOrder(14, 11);
        assertThat(walt.post("/v1/purchase-orders/" + id + "/receive", Map.of("lines", List.of(line(a, 1))))
                .status()).isEqualTo(409);
    }

    @Test
    void closingShortAndCancellingReleaseWhatIsStillIncoming() {
        String a = mia.get("/v1/supplier-items?supplierId=sup_003&limit=1").json().path("items").get(0)
                .path("sku").asText();
        String loc = "WH-BER";
        int incoming = stock(loc, a).path("incoming").asInt();
        String shortId = sentPo("sup_003", loc, a, 30);
        Resp closed = walt.post("/v1/purchase-orders/" + shortId + "/receive", Map.of("lines",
                List.of(line(a, 12)), "closeShort", true));
        assertThat(closed.json().path("status").asText()).isEqualTo("RECEIVED");
        assertThat(stock(loc, a).path("incoming").asInt()).isEqualTo(incoming);

        String cancelId = sentPo("sup_003", loc, a, 8);
        assertThat(stock(loc, a).path("incoming").asInt()).isEqualTo(incoming + 8);
        Resp cancelled = mia.post("/v1/purchase-orders/" + cancelId + "/cancel", null);
        assertThat(cancelled.json().path("status").asText()).isEqualTo("CANCELLED");
        assertThat(stock(loc, a).path("incoming").asInt()).isEqualTo(incoming);
        // a warehouse user receives but does not buy
        assertThat(walt.post("/v1/purchase-orders", Map.of("supplierId", "sup_003", "locationId", loc,
                "lines", List.of(Map.of("sku", a, "quantity", 1)))).status()).isEqualTo(403);
    }

    @Test
    void refusesSkusOfAnotherSupplierAndReplaysARetriedCreate() {
        String other = mia.get("/v1/supplier-items?supplierId=sup_004&limit=1").json().path("items").get(0)
                .path("sku").asText();
        Resp wrong = mia.post("/v1/purchase-orders", Map.of("supplierId", "sup_005", "locationId", "WH-BER",
                "lines", List.of(Map.of("sku", other, "quantity", 1))));
        assertThat(wrong.status()).isEqualTo(422);
        assertThat(wrong.problemFields()).containsExactly("lines[0].sku");

        Map<String, Object> body = Map.of("supplierId", "sup_004", "locationId", "WH-BER",
                "lines", List.of(Map.of("sku", other, "quantity", 3)));
        Resp once = mia.post("/v1/purchase-orders", body, "Idempotency-Key", "po-retry-1");
        Resp again = mia.post("/v1/purchase-orders", body, "Idempotency-Key", "po-retry-1");
        assertThat(again.status()).isEqualTo(201);
        assertThat(again.header("Idempotent-Replayed")).contains("true");
        assertThat(again.json().path("id").asText()).isEqualTo(once.json().path("id").asText());
    }

    private static String sentPo(String supplier, String loc, String sku, int qty) {
        Resp c = mia.post("/v1/purchase-orders", Map.of("supplierId", supplier, "locationId", loc,
                "lines", List.of(Map.of("sku", sku, "quantity", qty))));
        assertThat(c.status()).as(c.body()).isEqualTo(201);
        String id = c.json().path("id").asText();
        assertThat(mia.post("/v1/purchase-orders/" + id + "/send", null).status()).isEqualTo(200);
        return id;
    }
}
