package com.trendythreads.opsdesk.platform.orders;

import static com.trendythreads.opsdesk.platform.orders.OrdersPlatform.EAN;
import static com.trendythreads.opsdesk.platform.orders.OrdersPlatform.JACKET;
import static com.trendythreads.opsdesk.platform.orders.OrdersPlatform.TEE_L;
import static com.trendythreads.opsdesk.platform.orders.OrdersPlatform.TEE_M;
import static com.trendythreads.opsdesk.platform.orders.OrdersPlatform.WAREHOUSE;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.trendythreads.opsdesk.api.dto.fulfilment.PickList;
import com.trendythreads.opsdesk.api.dto.orders.Order;
import com.trendythreads.opsdesk.api.dto.orders.OrderStatus;
import com.trendythreads.opsdesk.platform.testkit.ApiCaller;
import com.trendythreads.opsdesk.platform.testkit.ApiCaller.Resp;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/// The WMS operations and listUsers over HTTP, every response checked against the contract.
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FulfilmentApiTest {

    OrdersPlatform p;
    ApiCaller walt;

    @BeforeAll
    void start() {
        p = new OrdersPlatform();
        walt = p.warehouse();
    }

    @AfterAll
    void stop() {
        p.close();
    }

    private static String path(PickList l, String verb) {
        return "/v1/pick-lists/" + l.id() + (verb.isEmpty() ? "" : "/" + verb);
    }

    private static String line(PickList l, int i, String verb) {
        return path(l, "lines/" + l.lines().get(i).id() + "/" + verb);
    }

    @Test
    void theWholeFlowFromAssignToShipMovesOrdersAndStock() {
        Order a = p.order(OrderStatus.PAID, TEE_M, 2, 0);
        Order b = p.order(OrderStatus.PAID, JACKET, 1, 0);
        PickList list = p.pickList(a, b);
        int[] teeBefore = p.stock(WAREHOUSE, TEE_M);
        int[] jacketBefore = p.stock(WAREHOUSE, JACKET);

        Resp got = walt.get(path(list, ""));
        assertThat(got.status()).isEqualTo(200);
        assertThat(got.etag()).isEqualTo("\"1\"");
        assertThat(got.json().path("status").asText()).isEqualTo("OPEN");
        assertThat(got.json().path("lines")).hasSize(2);
        assertThat(got.json().path("lines").get(0).path("ean").asText()).isEqualTo(EAN.get(TEE_M));
        assertThat(got.json().path("lines").get(0).path("bin").asText()).isEqualTo("A-01-1");

        Resp assigned = walt.post(path(list, "assign"), Map.of("assigneeId", "usr_walt"), "If-Match", got.etag());
        assertThat(assigned.status()).isEqualTo(200);
        assertThat(assigned.json().path("status").asText()).isEqualTo("IN_PROGRESS");
        assertThat(assigned.json().path("assigneeId").asText()).isEqualTo("usr_walt");
        assertThat(assigned.etag()).isEqualTo("\"2\"");
        assertThat(p.loadOrder(a.id()).status()).isEqualTo(OrderStatus.PICKING);
        assertThat(p.loadOrder(a.id()).fulfilmentStatus().name()).isEqualTo("PICKING");

        Resp first = walt.post(line(list, 0, "confirm"), Map.of("quantity", 2, "scannedBarcode", EAN.get(TEE_M)));
        assertThat(first.status()).isEqualTo(200);
        JsonNode l0 = first.json().path("lines").get(0);
        assertThat(l0.path("status").asText()).isEqualTo("PICKED");
        assertThat(l0.path("pickedQuantity").asInt()).isEqualTo(2);
        assertThat(l0.path("confirmedBy").asText()).isEqualTo("walt.warehouse");
        assertThat(first.json().path("status").asText()).isEqualTo("IN_PROGRESS");

        Resp early = walt.post(path(list, "pack"), Map.of("packageCount", 1));
        assertThat(early.status()).isEqualTo(409);

        Resp second = walt.post(line(list, 1, "confirm"), Map.of("quantity", 1, "scannedBarcode", JACKET));
        assertThat(second.json().path("status").asText()).isEqualTo("PICKED");

        Resp packed = walt.post(path(list, "pack"), Map.of("packageCount", 2, "weightGrams", 1200));
        assertThat(packed.status()).isEqualTo(200);
        assertThat(packed.json().path("status").asText()).isEqualTo("PACKED");
        assertThat(packed.json().path("packageCount").asInt()).isEqualTo(2);
        assertThat(p.loadOrder(b.id()).status()).isEqualTo(OrderStatus.PACKED);

        Resp badTracking = walt.post(path(list, "ship"), Map.of("carrier", "DHL", "trackingNumber", "abc"));
        assertThat(badTracking.status()).isEqualTo(422);
        assertThat(badTracking.problemFields()).containsExactly("trackingNumber");
        Resp badCarrier = walt.post(path(list, "ship"), Map.of("carrier", "PIGEON", "trackingNumber", "JD0123456789"));
        assertThat(badCarrier.status()).isEqualTo(400);
        Resp stale = walt.post(path(list, "ship"), Map.of("carrier", "DHL", "trackingNumber", "JD0123456789"),
                "If-Match", "\"1\"");
        assertThat(stale.status()).isEqualTo(412);
        assertThat(stale.json().path("currentVersion").asLong()).isEqualTo(packed.json().path("version").asLong());

        Resp shipped = walt.post(path(list, "ship"), Map.of("carrier", "DHL", "trackingNumber", "JD0123456789"),
                "If-Match", packed.etag());
        assertThat(shipped.status()).isEqualTo(200);
        assertThat(shipped.json().path("status").asText()).isEqualTo("SHIPPED");
        assertThat(shipped.json().path("carrier").asText()).isEqualTo("DHL");
        Order shippedA = p.loadOrder(a.id());
        assertThat(shippedA.status()).isEqualTo(OrderStatus.SHIPPED);
        assertThat(shippedA.shipment().trackingNumber()).isEqualTo("JD0123456789");
        assertThat(shippedA.timeline().getLast().type().name()).isEqualTo("SHIPPED");
        JsonNode seen = p.support().get("/v1/orders/" + a.id()).json();
        assertThat(seen.path("shipment").path("carrier").asText()).isEqualTo("DHL");
        assertThat(p.stock(WAREHOUSE, TEE_M)).containsExactly(teeBefore[0] - 2, teeBefore[1] - 2);
        assertThat(p.stock(WAREHOUSE, JACKET)).containsExactly(jacketBefore[0] - 1, jacketBefore[1] - 1);

        assertThat(walt.post(path(list, "ship"), Map.of("carrier", "DHL", "trackingNumber", "JD0123456789")).status())
                .isEqualTo(409);
        assertThat(walt.post(path(list, "pack"), Map.of("packageCount", 1)).status()).isEqualTo(409);
    }

    @Test
    void aWrongScanIs422SayingWhatWasExpected() {
        PickList list = p.pickList(p.order(OrderStatus.PAID, TEE_L, 1, 0));
        Resp r = walt.post(line(list, 0, "confirm"), Map.of("quantity", 1, "scannedBarcode", EAN.get(TEE_M)));
        assertThat(r.status()).isEqualTo(422);
        assertThat(r.problemFields()).containsExactly("scannedBarcode");
        assertThat(r.json().path("errors").get(0).path("message").asText())
                .contains(EAN.get(TEE_L)).contains(TEE_L);
        Resp tooMany = walt.post(line(list, 0, "confirm"), Map.of("quantity", 2, "scannedBarcode", TEE_L));
        assertThat(tooMany.problemFields()).containsExactly("quantity");
        Resp zero = walt.post(line(list, 0, "confirm"), Map.of("quantity", 0, "scannedBarcode", TEE_L));
        assertThat(zero.problemFields()).containsExactly("quantity");
        Resp longScan = walt.post(line(list, 0, "confirm"), Map.of("quantity", 1, "scannedBarcode", "9".repeat(10_000)));
        assertThat(longScan.status()).isEqualTo(422);
        assertThat(longScan.problemFields()).contains("scannedBarcode");
        assertThat(walt.post(path(list, "lines/nope/confirm"), Map.of("quantity", 1, "scannedBarcode", TEE_L)).status())
                .isEqualTo(404);
    }

    @Test
    void aSecondConfirmIs409NamingWhoConfirmedItAndWhen() {
        PickList list = p.pickList(p.order(OrderStatus.PAID, TEE_L, 1, 0));
        Resp first = walt.post(line(list, 0, "confirm"), Map.of("quantity", 1, "scannedBarcode", EAN.get(TEE_L)));
        assertThat(first.status()).isEqualTo(200);
        Resp again = p.as("mona.manager").post(line(list, 0, "confirm"),
                Map.of("quantity", 1, "scannedBarcode", EAN.get(TEE_L)));
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().path("confirmedBy").asText()).isEqualTo("walt.warehouse");
        assertThat(again.json().path("confirmedAt").asText())
                .isEqualTo(first.json().path("lines").get(0).path("confirmedAt").asText());
        assertThat(again.json().path("status").asInt()).isEqualTo(409);
        assertThat(p.as("mona.manager").post(line(list, 0, "short"), Map.of("pickedQuantity", 0, "reason", "DAMAGED"))
                .status()).isEqualTo(409);
    }

    @Test
    void aRetriedConfirmIsReplayedNotA409() {
        PickList list = p.pickList(p.order(OrderStatus.PAID, TEE_L, 1, 0));
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = Map.of("quantity", 1, "scannedBarcode", TEE_L);
        Resp first = walt.post(line(list, 0, "confirm"), body, "Idempotency-Key", key);
        Resp again = walt.post(line(list, 0, "confirm"), body, "Idempotency-Key", key);
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.header("Idempotent-Replayed")).contains("true");
        assertThat(again.body()).isEqualTo(first.body());
        assertThat(walt.get(path(list, "")).json().path("version").asLong()).isEqualTo(2);
    }

    @Test
    void shortPickRecordsTheReasonAndValidates() {
        PickList list = p.pickList(p.order(OrderStatus.PAID, TEE_M, 3, 0));
        Resp notShort = walt.post(line(list, 0, "short"), Map.of("pickedQuantity", 3, "reason", "NOT_FOUND"));
        assertThat(notShort.status()).isEqualTo(422);
        assertThat(notShort.problemFields()).containsExactly("pickedQuantity");
        Resp negative = walt.post(line(list, 0, "short"), Map.of("pickedQuantity", -1, "reason", "NOT_FOUND"));
        assertThat(negative.problemFields()).containsExactly("pickedQuantity");
        Resp noReason = walt.post(line(list, 0, "short"), Map.of("pickedQuantity", 1));
        assertThat(noReason.status()).isEqualTo(422);
        assertThat(noReason.problemFields()).containsExactly("reason");
        Resp typed = walt.post(line(list, 0, "short"), "{\"pickedQuantity\":\"one\",\"reason\":\"DAMAGED\"}");
        assertThat(typed.status()).isEqualTo(400);

        Resp ok = walt.post(line(list, 0, "short"), Map.of("pickedQuantity", 1, "reason", "DAMAGED"));
        assertThat(ok.status()).isEqualTo(200);
        JsonNode l = ok.json().path("lines").get(0);
        assertThat(l.path("status").asText()).isEqualTo("SHORT");
        assertThat(l.path("pickedQuantity").asInt()).isEqualTo(1);
        assertThat(l.path("shortReason").asText()).isEqualTo("DAMAGED");
        assertThat(ok.json().path("status").asText()).isEqualTo("PICKED");
    }

    @Test
    void assignNeedsAnActiveWarehouseUser() {
        PickList list = p.pickList(p.order(OrderStatus.PAID, TEE_M, 1, 0));
        for (String who : List.of("usr_sam", "usr_nobody")) {
            Resp r = walt.post(path(list, "assign"), Map.of("assigneeId", who));
            assertThat(r.status()).as(who).isEqualTo(422);
            assertThat(r.problemFields()).as(who).containsExactly("assigneeId");
        }
        assertThat(walt.post(path(list, "assign"), Map.of()).problemFields()).containsExactly("assigneeId");
        assertThat(walt.post(path(list, "assign"), Map.of("assigneeId", "usr_walt"), "If-Match", "\"9\"").status())
                .isEqualTo(412);
        assertThat(walt.post("/v1/pick-lists/pl_nope/assign", Map.of("assigneeId", "usr_walt")).status()).isEqualTo(404);
    }

    @Test
    void listPickListsFiltersByLocationAssigneeAndStatus() {
        PickList open = p.pickList(p.order(OrderStatus.PAID, TEE_M, 1, 0));
        PickList mine = p.pickList(p.order(OrderStatus.PAID, TEE_M, 1, 0));
        walt.post(path(mine, "assign"), Map.of("assigneeId", "usr_walt"));
        Resp all = walt.get("/v1/pick-lists?locationId=" + WAREHOUSE + "&limit=500");
        assertThat(all.status()).isEqualTo(200);
        assertThat(ids(all.json())).contains(open.id(), mine.id());
        assertThat(all.json().path("changeToken").asText()).isNotBlank();
        assertThat(ids(walt.get("/v1/pick-lists?assigneeId=usr_walt&status=IN_PROGRESS&limit=500").json()))
                .contains(mine.id()).doesNotContain(open.id());
        assertThat(ids(walt.get("/v1/pick-lists?status=OPEN&limit=500").json()))
                .contains(open.id()).doesNotContain(mine.id());
        JsonNode page = walt.get("/v1/pick-lists?limit=1").json();
        assertThat(page.path("items")).hasSize(1);
        JsonNode next = walt.get("/v1/pick-lists?limit=1&cursor=" + page.path("nextCursor").asText()).json();
        assertThat(next.path("items").get(0).path("id").asText())
                .isGreaterThan(page.path("items").get(0).path("id").asText());
        assertThat(walt.get("/v1/pick-lists?status=DONE").problemFields()).contains("status");
        assertThat(walt.get("/v1/pick-lists?cursor=zzz").problemFields()).contains("cursor");
        assertThat(walt.get("/v1/pick-lists/pl_nope").status()).isEqualTo(404);
    }

    @Test
    void listUsersShowsStaffFilteredByRole() {
        Resp all = p.as("mia.merch").get("/v1/users");
        assertThat(all.status()).isEqualTo(200);
        assertThat(all.json().path("items")).hasSize(6);
        Resp pickers = p.as("mia.merch").get("/v1/users?role=WAREHOUSE");
        JsonNode walts = pickers.json().path("items");
        assertThat(walts).hasSize(1);
        assertThat(walts.get(0).path("username").asText()).isEqualTo("walt.warehouse");
        assertThat(walts.get(0).path("homeLocationId").asText()).isEqualTo("WH-BER");
        assertThat(walts.get(0).path("roles").get(0).asText()).isEqualTo("WAREHOUSE");
        JsonNode page = p.as("mia.merch").get("/v1/users?limit=4").json();
        assertThat(page.path("items")).hasSize(4);
        JsonNode rest = p.as("mia.merch").get("/v1/users?limit=4&cursor=" + page.path("nextCursor").asText()).json();
        assertThat(rest.path("items")).hasSize(2);
        assertThat(rest.path("nextCursor").isNull() || rest.path("nextCursor").isMissingNode()).isTrue();
        assertThat(p.as("mia.merch").get("/v1/users?role=PILOT").problemFields()).contains("role");
        assertThat(p.as("mia.merch").get("/v1/users?cursor=bm9wZQ").status()).isEqualTo(400);
    }

    private static List<String> ids(JsonNode page) {
        return java.util.stream.StreamSupport.stream(page.path("items").spliterator(), false)
                .map(i -> i.path("id").asText()).toList();
    }
}
