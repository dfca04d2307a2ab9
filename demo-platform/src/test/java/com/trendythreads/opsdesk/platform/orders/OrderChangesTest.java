package com.trendythreads.opsdesk.platform.orders;

import static com.trendythreads.opsdesk.platform.orders.OrdersPlatform.EAN;
import static com.trendythreads.opsdesk.platform.orders.OrdersPlatform.TEE_L;
import static com.trendythreads.opsdesk.platform.orders.OrdersPlatform.TEE_M;
import static com.trendythreads.opsdesk.platform.orders.OrdersPlatform.WAREHOUSE;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.trendythreads.opsdesk.api.dto.fulfilment.PickList;
import com.trendythreads.opsdesk.api.dto.orders.Order;
import com.trendythreads.opsdesk.api.dto.orders.OrderStatus;
import com.trendythreads.opsdesk.platform.testkit.ApiCaller.Resp;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/// Every mutation of this domain appears exactly once in `GET /v1/changes`, with its resource, op and the
/// version the response carried; order data there is masked like the API masks it.
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OrderChangesTest {

    OrdersPlatform p;

    @BeforeAll
    void start() {
        p = new OrdersPlatform();
    }

    @AfterAll
    void stop() {
        p.close();
    }

    @Test
    void eachOrderActionIsOneOrderChangeAtTheAnsweredVersion() {
        Order o = p.order(OrderStatus.DELIVERED, TEE_M, 2, 0);
        String since = p.changeToken();
        Resp refund = p.support().post("/v1/orders/" + o.id() + "/refunds", Map.of("lines",
                List.of(Map.of("lineId", o.lines().get(0).id(), "quantity", 1)), "reason", "x"));
        Resp ret = p.support().post("/v1/orders/" + o.id() + "/returns", Map.of("resolution", "RESTOCK",
                "lines", List.of(Map.of("lineId", o.lines().get(0).id(), "quantity", 1, "reason", "DAMAGED"))));
        List<JsonNode> changes = p.changesSince(since);
        List<JsonNode> orderChanges = changes.stream().filter(c -> c.path("resource").asText().equals("order")).toList();
        assertThat(orderChanges).hasSize(2);
        assertThat(orderChanges).allSatisfy(c -> {
            assertThat(c.path("id").asText()).isEqualTo(o.id());
            assertThat(c.path("op").asText()).isEqualTo("upsert");
        });
        assertThat(orderChanges.get(0).path("version").asLong()).isEqualTo(2);
        assertThat("\"" + orderChanges.get(0).path("version").asLong() + "\"").isEqualTo(refund.etag());
        assertThat(orderChanges.get(1).path("version").asLong()).isEqualTo(3);
        assertThat("\"" + orderChanges.get(1).path("version").asLong() + "\"").isEqualTo(ret.etag());
        assertThat(orderChanges.get(1).path("data").path("fulfilmentStatus").asText()).isEqualTo("PARTIALLY_RETURNED");
        // the restock: one stock change and one movement, nothing else
        assertThat(changes).extracting(c -> c.path("resource").asText())
                .containsExactly("order", "stock", "movement", "order");
        JsonNode stock = changes.get(1);
        assertThat(stock.path("id").asText()).isEqualTo(WAREHOUSE + "|" + TEE_M);
        assertThat(stock.path("data").path("onHand").asInt()).isEqualTo(p.stock(WAREHOUSE, TEE_M)[0]);
    }

    @Test
    void cancelRecordsTheOrderItsStockAndItsPickList() {
        Order o = p.order(OrderStatus.PAID, TEE_L, 1, 0);
        PickList list = p.pickList(o, p.order(OrderStatus.PAID, TEE_M, 1, 0));
        String since = p.changeToken();
        p.support().post("/v1/orders/" + o.id() + "/cancel", Map.of("reason", "x"));
        List<JsonNode> changes = p.changesSince(since);
        assertThat(changes).extracting(c -> c.path("resource").asText() + ":" + c.path("id").asText())
                .containsExactly("stock:" + WAREHOUSE + "|" + TEE_L, "pick_list:" + list.id(), "order:" + o.id());
        assertThat(changes.get(1).path("version").asLong()).isEqualTo(2);
        assertThat(changes.get(2).path("data").path("status").asText()).isEqualTo("CANCELLED");
    }

    @Test
    void pickListActionsAreRecordedOnceEach() {
        Order o = p.order(OrderStatus.PAID, TEE_M, 1, 0);
        PickList list = p.pickList(o);
        String since = p.changeToken();
        String base = "/v1/pick-lists/" + list.id();
        p.warehouse().post(base + "/assign", Map.of("assigneeId", "usr_walt"));
        p.warehouse().post(base + "/lines/" + list.lines().get(0).id() + "/confirm",
                Map.of("quantity", 1, "scannedBarcode", EAN.get(TEE_M)));
        p.warehouse().post(base + "/pack", Map.of("packageCount", 1));
        Resp shipped = p.warehouse().post(base + "/ship", Map.of("carrier", "GLS", "trackingNumber", "GLS12345678"));
        List<JsonNode> changes = p.changesSince(since);
        List<Long> pickListVersions = changes.stream().filter(c -> c.path("resource").asText().equals("pick_list"))
                .map(c -> c.path("version").asLong()).toList();
        assertThat(pickListVersions).containsExactly(2L, 3L, 4L, 5L);
        assertThat(shipped.etag()).isEqualTo("\"5\"");
        List<Long> orderVersions = changes.stream().filter(c -> c.path("resource").asText().equals("order"))
                .map(c -> c.path("version").asLong()).toList();
        // assign → PICKING, pack → PACKED, ship → SHIPPED (the wave itself was version 2)
        assertThat(orderVersions).containsExactly(3L, 4L, 5L);
        assertThat(changes).filteredOn(c -> c.path("resource").asText().equals("movement"))
                .singleElement()
                .satisfies(m -> {
                    // the same id the inventory's movement list shows for it
                    assertThat(m.path("id").asText()).matches("mov_\\d+").isEqualTo(m.path("data").path("id").asText());
                    assertThat(m.path("data").path("type").asText()).isEqualTo("PICK");
                    assertThat(m.path("data").path("delta").asInt()).isEqualTo(-1);
                    assertThat(m.path("data").path("reference").asText()).isEqualTo(list.id());
                });
    }

    @Test
    void theChangeFeedMasksOrdersAndHidesPickListsFromRolesThatMayNotReadThem() {
        Order o = p.order(OrderStatus.PAID, TEE_M, 1, 0);
        String since = p.changeToken();
        p.support().post("/v1/orders/" + o.id() + "/cancel", Map.of("reason", "x"));
        JsonNode merch = p.as("mia.merch").get("/v1/changes?since=" + since).json();
        JsonNode orderChange = find(merch, "order");
        assertThat(orderChange.path("data").path("customer").path("email").asText()).isEqualTo("j***@example.com");
        assertThat(orderChange.path("data").path("shippingAddress").path("street").asText()).isEqualTo("***");
        JsonNode sam = p.support().get("/v1/changes?since=" + since).json();
        assertThat(find(sam, "order").path("data").path("customer").path("email").asText())
                .isEqualTo(OrdersPlatform.EMAIL);

        PickList list = p.pickList(p.order(OrderStatus.PAID, TEE_M, 1, 0));
        String before = p.changeToken();
        p.warehouse().post("/v1/pick-lists/" + list.id() + "/assign", Map.of("assigneeId", "usr_walt"));
        assertThat(find(p.warehouse().get("/v1/changes?since=" + before).json(), "pick_list")).isNotNull();
        assertThat(find(p.support().get("/v1/changes?since=" + before).json(), "pick_list")).isNull();
    }

    private static JsonNode find(JsonNode page, String resource) {
        for (JsonNode c : page.path("changes")) {
            if (c.path("resource").asText().equals(resource)) {
                return c;
            }
        }
        return null;
    }
}
