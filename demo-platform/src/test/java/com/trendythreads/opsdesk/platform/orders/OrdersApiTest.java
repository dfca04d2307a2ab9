package com.trendythreads.opsdesk.platform.orders;

import static com.trendythreads.opsdesk.platform.orders.OrdersPlatform.CUSTOMER;
import static com.trendythreads.opsdesk.platform.orders.OrdersPlatform.EMAIL;
import static com.trendythreads.opsdesk.platform.orders.OrdersPlatform.JACKET;
import static com.trendythreads.opsdesk.platform.orders.OrdersPlatform.PHONE;
import static com.trendythreads.opsdesk.platform.orders.OrdersPlatform.STORE;
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
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/// The OMS operations over HTTP, every response checked against the contract by [ApiCaller].
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OrdersApiTest {

    OrdersPlatform p;

    @BeforeAll
    void start() {
        p = new OrdersPlatform();
    }

    @AfterAll
    void stop() {
        p.close();
    }

    private static String path(Order o, String verb) {
        return "/v1/orders/" + o.id() + (verb.isEmpty() ? "" : "/" + verb);
    }

    // ------------------------------------------------------------------ reading

    @Test
    void getOrderAnswersTheOrderWithItsEtag() {
        Order o = p.order(OrderStatus.PAID, TEE_M, 2, 600, JACKET, 1, 0);
        Resp r = p.support().get(path(o, ""));
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.etag()).isEqualTo("\"1\"");
        JsonNode body = r.json();
        assertThat(body.path("number").asText()).isEqualTo(o.number());
        assertThat(body.path("totalCents").asLong()).isEqualTo(2 * 2999 - 600 + 8999 + 495);
        assertThat(body.path("lines")).hasSize(2);
        assertThat(body.path("customer").path("email").asText()).isEqualTo(EMAIL);
        assertThat(body.path("shippingAddress").path("street").asText()).isEqualTo("Torstraße 12");
    }

    @Test
    void getOrderOfAnUnknownIdIs404() {
        Resp r = p.support().get("/v1/orders/ord_nope");
        assertThat(r.status()).isEqualTo(404);
        assertThat(r.json().path("detail").asText()).contains("ord_nope");
    }

    @Test
    void piiIsMaskedForRolesOutsideXPiiRoles() {
        Order o = p.order(OrderStatus.PAID, TEE_M, 1, 0);
        JsonNode merch = p.as("mia.merch").get(path(o, "")).json();
        assertThat(merch.path("customer").path("email").asText()).isEqualTo("j***@example.com");
        assertThat(merch.path("customer").path("phone").asText()).isEqualTo("+49 *** ***12");
        assertThat(merch.path("shippingAddress").path("street").asText()).isEqualTo("***");
        assertThat(merch.path("shippingAddress").path("name").asText()).isEqualTo("J. D.");
        assertThat(merch.path("billingAddress").path("street").asText()).isEqualTo("***");
        assertThat(merch.path("shippingAddress").path("city").asText()).isEqualTo("Berlin");

        // The warehouse ships, so it sees the shipping address, but not the e-mail or the billing street.
        JsonNode walt = p.warehouse().get(path(o, "")).json();
        assertThat(walt.path("customer").path("email").asText()).isEqualTo("j***@example.com");
        assertThat(walt.path("shippingAddress").path("street").asText()).isEqualTo("Torstraße 12");
        assertThat(walt.path("shippingAddress").path("name").asText()).isEqualTo("Jane Doe");
        assertThat(walt.path("billingAddress").path("street").asText()).isEqualTo("***");

        for (String user : List.of("sam.support", "mona.manager", "ada.admin")) {
            JsonNode full = p.as(user).get(path(o, "")).json();
            assertThat(full.path("customer").path("email").asText()).as(user).isEqualTo(EMAIL);
            assertThat(full.path("customer").path("phone").asText()).as(user).isEqualTo(PHONE);
            assertThat(full.path("billingAddress").path("street").asText()).as(user).isEqualTo("Torstraße 12");
        }
        JsonNode listed = p.as("mark.marketing").get("/v1/orders?q=" + o.number()).json().path("items").get(0);
        assertThat(listed.path("customer").path("email").asText()).isEqualTo("j***@example.com");
    }

    @Test
    void listOrdersIsNewestFirstWithFiltersAndPages() {
        Order older = p.order(OrderStatus.PAID, TEE_L, 1, 0);
        Order newer = p.order(OrderStatus.SHIPPED, TEE_L, 1, 0);
        Resp first = p.support().get("/v1/orders?limit=1");
        assertThat(first.status()).isEqualTo(200);
        JsonNode page = first.json();
        assertThat(page.path("items")).hasSize(1);
        assertThat(page.path("changeToken").asText()).isNotBlank();
        String cursor = page.path("nextCursor").asText();
        assertThat(cursor).isNotBlank();
        JsonNode second = p.support().get("/v1/orders?limit=1&cursor=" + cursor).json();
        assertThat(Instant(second.path("items").get(0))).isBeforeOrEqualTo(Instant(page.path("items").get(0)));

        List<String> shipped = ids(p.support().get("/v1/orders?status=SHIPPED&limit=500").json());
        assertThat(shipped).contains(newer.id()).doesNotContain(older.id());
        List<String> mine = ids(p.support().get("/v1/orders?customerId=" + CUSTOMER + "&channel=WEB&locationId="
                + WAREHOUSE + "&limit=500").json());
        assertThat(mine).contains(older.id(), newer.id());
        assertThat(ids(p.support().get("/v1/orders?locationId=" + STORE).json())).isEmpty();
        List<String> window = ids(p.support().get("/v1/orders?from=" + older.placedAt() + "&to=" + newer.placedAt()
                + "&limit=500").json());
        assertThat(window).contains(older.id()).doesNotContain(newer.id());
    }

    @Test
    void qMatchesNumberCustomerNameEmailAndSku() {
        Order o = p.order(OrderStatus.PAID, JACKET, 1, 0);
        assertThat(ids(p.support().get("/v1/orders?q=" + o.number()).json())).containsExactly(o.id());
        assertThat(ids(p.support().get("/v1/orders?q=JANE%20doe&limit=500").json())).contains(o.id());
        assertThat(ids(p.support().get("/v1/orders?q=Jane.Doe%40Example&limit=500").json())).contains(o.id());
        assertThat(ids(p.support().get("/v1/orders?q=tt-jkt&limit=500").json())).contains(o.id());
        assertThat(ids(p.support().get("/v1/orders?q=nobody-here").json())).isEmpty();
    }

    @Test
    void badListParametersAre400NamingTheParameter() {
        assertThat(p.support().get("/v1/orders?status=LOST").problemFields()).contains("status");
        assertThat(p.support().get("/v1/orders?status=LOST").status()).isEqualTo(400);
        Resp cursor = p.support().get("/v1/orders?cursor=garbage!");
        assertThat(cursor.status()).isEqualTo(400);
        assertThat(cursor.problemFields()).contains("cursor");
        Resp from = p.support().get("/v1/orders?from=yesterday");
        assertThat(from.status()).isEqualTo(400);
        assertThat(from.problemFields()).contains("from");
        assertThat(p.support().get("/v1/orders?limit=0").status()).isEqualTo(400);
        assertThat(p.support().get("/v1/orders?limit=501").status()).isEqualTo(400);
    }

    // ------------------------------------------------------------------ cancel

    @Test
    void cancelReleasesStockRefundsWhatWasCapturedAndLeavesThePickList() {
        Order o = p.order(OrderStatus.PAID, TEE_M, 2, 0, TEE_L, 1, 0);
        Order other = p.order(OrderStatus.PAID, TEE_L, 1, 0);
        PickList list = p.pickList(o, other);
        o = p.loadOrder(o.id());
        int[] before = p.stock(WAREHOUSE, TEE_M);

        Resp r = p.support().post(path(o, "cancel"), Map.of("reason", "Customer changed their mind"),
                "If-Match", "\"" + o.version() + "\"");
        assertThat(r.status()).isEqualTo(200);
        JsonNode body = r.json();
        assertThat(body.path("status").asText()).isEqualTo("CANCELLED");
        assertThat(body.path("paymentStatus").asText()).isEqualTo("REFUNDED");
        assertThat(body.path("refundedCents").asLong()).isEqualTo(o.totalCents());
        JsonNode refund = body.path("payments").get(1);
        assertThat(refund.path("kind").asText()).isEqualTo("REFUND");
        assertThat(refund.path("amountCents").asLong()).isEqualTo(o.totalCents());
        assertThat(refund.path("account").asText()).as("refunded to the card paid with")
                .isEqualTo(OrdersPlatform.CARD_ACCOUNT);
        JsonNode last = body.path("timeline").get(body.path("timeline").size() - 1);
        assertThat(last.path("type").asText()).isEqualTo("CANCELLED");
        assertThat(last.path("by").asText()).isEqualTo("sam.support");
        assertThat(r.etag()).isEqualTo("\"" + (o.version() + 1) + "\"");

        assertThat(p.stock(WAREHOUSE, TEE_M)[1]).isEqualTo(before[1] - 2);
        JsonNode pl = p.warehouse().get("/v1/pick-lists/" + list.id()).json();
        assertThat(pl.path("orderIds").toString()).doesNotContain(o.id()).contains(other.id());
        assertThat(pl.path("lines")).hasSize(1);
        String id = o.id();
        int cancelledFacts = p.jdbi().withHandle(h -> h.createQuery(
                "SELECT COUNT(*) FROM order_line_facts WHERE order_id = :o AND cancelled").bind("o", id)
                .mapTo(Integer.class).one());
        assertThat(cancelledFacts).isEqualTo(2);
    }

    @Test
    void cancelOfAShippedOrderIs409AndOfACancelledOneToo() {
        Order shipped = p.order(OrderStatus.SHIPPED, TEE_M, 1, 0);
        Resp r = p.support().post(path(shipped, "cancel"), Map.of("reason", "late"));
        assertThat(r.status()).isEqualTo(409);
        Order o = p.order(OrderStatus.PAID, TEE_M, 1, 0);
        assertThat(p.support().post(path(o, "cancel"), Map.of("reason", "x")).status()).isEqualTo(200);
        assertThat(p.support().post(path(o, "cancel"), Map.of("reason", "x")).status()).isEqualTo(409);
    }

    @Test
    void cancelValidatesItsBody() {
        Order o = p.order(OrderStatus.PAID, TEE_M, 1, 0);
        ApiCaller sam = p.support();
        Resp missing = sam.post(path(o, "cancel"), Map.of());
        assertThat(missing.status()).isEqualTo(422);
        assertThat(missing.problemFields()).containsExactly("reason");
        Resp huge = sam.post(path(o, "cancel"), Map.of("reason", "x".repeat(10_000)));
        assertThat(huge.status()).isEqualTo(422);
        assertThat(huge.problemFields()).containsExactly("reason");
        Resp malformed = sam.post(path(o, "cancel"), "{\"reason\": ");
        assertThat(malformed.status()).isEqualTo(400);
        Resp unknown = sam.post(path(o, "cancel"), Map.of("reason", "x", "refundAll", true));
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.problemFields()).contains("refundAll");
        assertThat(sam.post("/v1/orders/ord_nope/cancel", Map.of("reason", "x")).status()).isEqualTo(404);
        assertThat(p.loadOrder(o.id()).status()).isEqualTo(OrderStatus.PAID);
    }

    @Test
    void aStaleIfMatchIs412WithTheCurrentVersion() {
        Order o = p.order(OrderStatus.PAID, TEE_M, 1, 0);
        Resp r = p.support().post(path(o, "cancel"), Map.of("reason", "x"), "If-Match", "\"7\"");
        assertThat(r.status()).isEqualTo(412);
        assertThat(r.json().path("currentVersion").asLong()).isEqualTo(1);
        assertThat(r.json().path("current").path("id").asText()).isEqualTo(o.id());
        assertThat(p.loadOrder(o.id()).status()).isEqualTo(OrderStatus.PAID);
    }

    @Test
    void aRetriedCancelIsReplayedNotRepeated() {
        Order o = p.order(OrderStatus.PAID, TEE_M, 1, 0);
        String key = UUID.randomUUID().toString();
        Resp first = p.support().post(path(o, "cancel"), Map.of("reason", "dup"), "Idempotency-Key", key);
        Resp again = p.support().post(path(o, "cancel"), Map.of("reason", "dup"), "Idempotency-Key", key);
        assertThat(first.status()).isEqualTo(200);
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.header("Idempotent-Replayed")).contains("true");
        assertThat(again.body()).isEqualTo(first.body());
        assertThat(p.loadOrder(o.id()).version()).isEqualTo(2);
    }

    // ------------------------------------------------------------------ refunds

    @Test
    void refundComputesTheAmountWithTheLineDiscountProRata() {
        Order o = p.order(OrderStatus.DELIVERED, TEE_L, 3, 301, TEE_M, 1, 0);
        String teeL = o.lines().get(0).id();
        Resp r = p.support().post(path(o, "refunds"), Map.of("lines", List.of(Map.of("lineId", teeL, "quantity", 1)),
                "reason", "Damaged"));
        assertThat(r.status()).isEqualTo(201);
        JsonNode body = r.json();
        // 1999 − 301/3 rounded down: the remaining units carry the rest of the discount.
        assertThat(body.path("refunds").get(0).path("amountCents").asLong()).isEqualTo(1999 - 100);
        assertThat(body.path("refundedCents").asLong()).isEqualTo(1899);
        assertThat(body.path("paymentStatus").asText()).isEqualTo("PARTIALLY_REFUNDED");
        assertThat(body.path("lines").get(0).path("refundedQuantity").asInt()).isEqualTo(1);
        assertThat(body.path("refunds").get(0).path("by").asText()).isEqualTo("sam.support");
        assertThat(body.path("timeline").get(body.path("timeline").size() - 1).path("type").asText())
                .isEqualTo("REFUNDED");

        Resp rest = p.support().post(path(o, "refunds"), Map.of("lines", List.of(
                Map.of("lineId", teeL, "quantity", 2), Map.of("lineId", o.lines().get(1).id(), "quantity", 1)),
                "includeShipping", true, "reason", "All of it"), "If-Match", r.etag());
        assertThat(rest.status()).isEqualTo(201);
        JsonNode after = rest.json();
        assertThat(after.path("refundedCents").asLong()).isEqualTo(o.totalCents());
        assertThat(after.path("paymentStatus").asText()).isEqualTo("REFUNDED");
        assertThat(after.path("refunds").get(1).path("shippingCents").asLong()).isEqualTo(495);
        long facts = p.jdbi().withHandle(h -> h.createQuery(
                "SELECT SUM(refunded_cents) FROM order_line_facts WHERE order_id = :o").bind("o", o.id())
                .mapTo(Long.class).one());
        assertThat(facts).isEqualTo(o.totalCents() - 495);
    }

    @Test
    void refundRejectsTooManyUnitsUnknownLinesAndBadQuantities() {
        Order o = p.order(OrderStatus.DELIVERED, TEE_L, 2, 0);
        String line = o.lines().get(0).id();
        Resp tooMany = p.support().post(path(o, "refunds"), Map.of("lines",
                List.of(Map.of("lineId", line, "quantity", 3)), "reason", "x"));
        assertThat(tooMany.status()).isEqualTo(422);
        assertThat(tooMany.problemFields()).containsExactly("lines[0].quantity");
        Resp unknown = p.support().post(path(o, "refunds"), Map.of("lines",
                List.of(Map.of("lineId", line, "quantity", 1), Map.of("lineId", "ln_nope", "quantity", 1)), "reason", "x"));
        assertThat(unknown.status()).isEqualTo(422);
        assertThat(unknown.problemFields()).containsExactly("lines[1].lineId");
        for (int q : new int[] {0, -1}) {
            Resp bad = p.support().post(path(o, "refunds"), Map.of("lines",
                    List.of(Map.of("lineId", line, "quantity", q)), "reason", "x"));
            assertThat(bad.status()).isEqualTo(422);
            assertThat(bad.problemFields()).containsExactly("lines[0].quantity");
        }
        Resp type = p.support().post(path(o, "refunds"), "{\"lines\":[{\"lineId\":\"" + line
                + "\",\"quantity\":\"two\"}],\"reason\":\"x\"}");
        assertThat(type.status()).isEqualTo(400);
        assertThat(type.problemFields()).containsExactly("lines[0].quantity");
        Resp empty = p.support().post(path(o, "refunds"), Map.of("lines", List.of(), "reason", "x"));
        assertThat(empty.status()).isEqualTo(422);
        assertThat(empty.problemFields()).containsExactly("lines");
        assertThat(p.loadOrder(o.id()).refundedCents()).isZero();
    }

    @Test
    void refundOfAnUnpaidOrderIs409() {
        Order o = p.order(OrderStatus.PLACED, TEE_L, 1, 0);
        Resp r = p.support().post(path(o, "refunds"), Map.of("lines",
                List.of(Map.of("lineId", o.lines().get(0).id(), "quantity", 1)), "reason", "x"));
        assertThat(r.status()).isEqualTo(409);
    }

    @Test
    void aRetriedRefundRefundsOnceAndTheKeyCannotBeReusedForAnotherBody() {
        Order o = p.order(OrderStatus.DELIVERED, TEE_L, 2, 0);
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = Map.of("lines", List.of(Map.of("lineId", o.lines().get(0).id(), "quantity", 1)),
                "reason", "retry");
        Resp first = p.support().post(path(o, "refunds"), body, "Idempotency-Key", key);
        Resp again = p.support().post(path(o, "refunds"), body, "Idempotency-Key", key);
        assertThat(first.status()).isEqualTo(201);
        assertThat(again.status()).isEqualTo(201);
        assertThat(again.header("Idempotent-Replayed")).contains("true");
        assertThat(again.json()).isEqualTo(first.json());
        Order now = p.loadOrder(o.id());
        assertThat(now.refunds()).hasSize(1);
        assertThat(now.refundedCents()).isEqualTo(1999);

        Resp other = p.support().post(path(o, "refunds"), Map.of("lines",
                List.of(Map.of("lineId", o.lines().get(0).id(), "quantity", 1)), "reason", "other"),
                "Idempotency-Key", key);
        assertThat(other.status()).isEqualTo(422);
        assertThat(p.loadOrder(o.id()).refunds()).hasSize(1);
    }

    // ------------------------------------------------------------------ returns

    @Test
    void aRestockReturnPutsUnitsBackOnHandWithReturnMovements() {
        Order o = p.order(OrderStatus.DELIVERED, TEE_M, 2, 0, TEE_L, 1, 0);
        int[] before = p.stock(WAREHOUSE, TEE_M);
        String since = p.changeToken();
        Resp r = p.support().post(path(o, "returns"), Map.of("resolution", "RESTOCK", "lines",
                List.of(Map.of("lineId", o.lines().get(0).id(), "quantity", 1, "reason", "SIZE_TOO_SMALL"))));
        assertThat(r.status()).isEqualTo(201);
        JsonNode body = r.json();
        assertThat(body.path("fulfilmentStatus").asText()).isEqualTo("PARTIALLY_RETURNED");
        assertThat(body.path("lines").get(0).path("returnedQuantity").asInt()).isEqualTo(1);
        JsonNode rma = body.path("returns").get(0);
        assertThat(rma.path("id").asText()).startsWith("RMA-");
        assertThat(rma.path("restockLocationId").asText()).isEqualTo(WAREHOUSE);
        assertThat(rma.path("createdBy").asText()).isEqualTo("sam.support");
        assertThat(p.stock(WAREHOUSE, TEE_M)[0]).isEqualTo(before[0] + 1);
        List<JsonNode> changes = p.changesSince(since);
        assertThat(changes).anySatisfy(c -> {
            assertThat(c.path("resource").asText()).isEqualTo("movement");
            assertThat(c.path("data").path("type").asText()).isEqualTo("RETURN");
            assertThat(c.path("data").path("delta").asInt()).isEqualTo(1);
            assertThat(c.path("data").path("reference").asText()).isEqualTo(o.id());
        });

        Resp rest = p.support().post(path(o, "returns"), Map.of("resolution", "RESTOCK", "lines", List.of(
                Map.of("lineId", o.lines().get(0).id(), "quantity", 1, "reason", "DAMAGED"),
                Map.of("lineId", o.lines().get(1).id(), "quantity", 1, "reason", "CHANGED_MIND"))));
        assertThat(rest.json().path("fulfilmentStatus").asText()).isEqualTo("RETURNED");
        Resp tooMany = p.support().post(path(o, "returns"), Map.of("resolution", "RESTOCK", "lines",
                List.of(Map.of("lineId", o.lines().get(0).id(), "quantity", 1, "reason", "DAMAGED"))));
        assertThat(tooMany.status()).isEqualTo(422);
        assertThat(tooMany.problemFields()).containsExactly("lines[0].quantity");
    }

    @Test
    void anExchangeCreatesAReplacementOrderAtPriceZero() {
        Order o = p.order(OrderStatus.SHIPPED, TEE_M, 1, 0);
        int[] before = p.stock(WAREHOUSE, TEE_L);
        Resp r = p.support().post(path(o, "returns"), Map.of("resolution", "EXCHANGE", "lines",
                List.of(Map.of("lineId", o.lines().get(0).id(), "quantity", 1, "reason", "SIZE_TOO_SMALL",
                        "exchangeSku", TEE_L))));
        assertThat(r.status()).isEqualTo(201);
        JsonNode rma = r.json().path("returns").get(0);
        assertThat(rma.path("resolution").asText()).isEqualTo("EXCHANGE");
        String replacementId = rma.path("exchangeOrderId").asText();
        JsonNode replacement = p.support().get("/v1/orders/" + replacementId).json();
        assertThat(replacement.path("exchangeForOrderId").asText()).isEqualTo(o.id());
        assertThat(replacement.path("status").asText()).isEqualTo("PAID");
        assertThat(replacement.path("number").asText()).isNotEqualTo(o.number());
        assertThat(replacement.path("lines").get(0).path("sku").asText()).isEqualTo(TEE_L);
        assertThat(replacement.path("lines").get(0).path("unitPriceCents").asLong()).isZero();
        assertThat(replacement.path("totalCents").asLong()).isZero();
        assertThat(p.stock(WAREHOUSE, TEE_L)[1]).isEqualTo(before[1] + 1);
        JsonNode timeline = r.json().path("timeline");
        assertThat(timeline.get(timeline.size() - 1).path("type").asText()).isEqualTo("EXCHANGED");
    }

    @Test
    void returnsAreValidated() {
        Order o = p.order(OrderStatus.DELIVERED, TEE_M, 1, 0);
        String line = o.lines().get(0).id();
        Resp noSku = p.support().post(path(o, "returns"), Map.of("resolution", "EXCHANGE", "lines",
                List.of(Map.of("lineId", line, "quantity", 1, "reason", "OTHER"))));
        assertThat(noSku.status()).isEqualTo(422);
        assertThat(noSku.problemFields()).containsExactly("lines[0].exchangeSku");
        Resp unknownSku = p.support().post(path(o, "returns"), Map.of("resolution", "EXCHANGE", "lines",
                List.of(Map.of("lineId", line, "quantity", 1, "reason", "OTHER", "exchangeSku", "TT-NOPE"))));
        assertThat(unknownSku.problemFields()).containsExactly("lines[0].exchangeSku");
        Resp badLocation = p.support().post(path(o, "returns"), Map.of("resolution", "RESTOCK",
                "restockLocationId", "WH-NOWHERE", "lines", List.of(Map.of("lineId", line, "quantity", 1, "reason", "OTHER"))));
        assertThat(badLocation.problemFields()).containsExactly("restockLocationId");
        Resp badReason = p.support().post(path(o, "returns"), Map.of("resolution", "RESTOCK", "lines",
                List.of(Map.of("lineId", line, "quantity", 1, "reason", "BORED"))));
        assertThat(badReason.status()).isEqualTo(400);
        Resp zero = p.support().post(path(o, "returns"), Map.of("resolution", "RESTOCK", "lines",
                List.of(Map.of("lineId", line, "quantity", 0, "reason", "OTHER"))));
        assertThat(zero.problemFields()).containsExactly("lines[0].quantity");
        Order paid = p.order(OrderStatus.PAID, TEE_M, 1, 0);
        Resp notShipped = p.support().post(path(paid, "returns"), Map.of("resolution", "RESTOCK", "lines",
                List.of(Map.of("lineId", paid.lines().get(0).id(), "quantity", 1, "reason", "OTHER"))));
        assertThat(notShipped.status()).isEqualTo(409);
        assertThat(p.loadOrder(o.id()).version()).isEqualTo(1);
    }

    private static List<String> ids(JsonNode page) {
        return java.util.stream.StreamSupport.stream(page.path("items").spliterator(), false)
                .map(i -> i.path("id").asText()).toList();
    }

    private static java.time.Instant Instant(JsonNode order) {
        return java.time.Instant.parse(order.path("placedAt").asText());
    }
}
