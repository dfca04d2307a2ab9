package com.trendythreads.opsdesk.platform.crm;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.trendythreads.opsdesk.platform.testkit.ApiCaller;
import com.trendythreads.opsdesk.platform.testkit.ApiCaller.Resp;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/// `adjustLoyaltyPoints` and the holds on `eraseCustomer`, over HTTP against the CRM fixture
/// (cus_000002 holds 120 points and the PAID, unshipped order ord_000002).
class LoyaltyAndErasureHoldsTest {

    private final CrmTestPlatform p = CrmTestPlatform.get();
    private final ApiCaller sam = p.as("sam.support");

    @Test
    void anAdjustmentMovesTheBalanceAndKeepsItsReasonOnTheCustomer() {
        int before = sam.get("/v1/customers/cus_000002").json().path("loyaltyPoints").asInt();
        long version = sam.get("/v1/customers/cus_000002").json().path("version").asLong();
        String since = p.token();
        String key = UUID.randomUUID().toString();
        Resp r = sam.post("/v1/customers/cus_000002/loyalty-adjustments",
                Map.of("points", 250, "reason", "Parcel arrived late"), "Idempotency-Key", key);
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        JsonNode c = r.json();
        assertThat(c.path("loyaltyPoints").asInt()).isEqualTo(before + 250);
        assertThat(c.path("version").asLong()).isEqualTo(version + 1);
        assertThat(r.etag()).isEqualTo("\"" + (version + 1) + "\"");
        JsonNode last = c.path("loyaltyAdjustments").get(c.path("loyaltyAdjustments").size() - 1);
        assertThat(last.path("points").asInt()).isEqualTo(250);
        assertThat(last.path("reason").asText()).isEqualTo("Parcel arrived late");
        assertThat(last.path("by").asText()).isEqualTo("sam.support");
        assertThat(last.path("id").asText()).startsWith("loy_");
        assertThat(p.changesSince(since)).singleElement()
                .satisfies(ch -> assertThat(ch.path("resource").asText() + "/" + ch.path("id").asText())
                        .isEqualTo("customer/cus_000002"));

        Resp replay = sam.post("/v1/customers/cus_000002/loyalty-adjustments",
                Map.of("points", 250, "reason", "Parcel arrived late"), "Idempotency-Key", key);
        assertThat(replay.header("Idempotent-Replayed")).contains("true");
        assertThat(sam.get("/v1/customers/cus_000002").json().path("loyaltyPoints").asInt())
                .as("a retried adjustment counts once").isEqualTo(before + 250);

        Resp back = sam.post("/v1/customers/cus_000002/loyalty-adjustments",
                Map.of("points", -250, "reason", "Goodwill booked twice"));
        assertThat(back.json().path("loyaltyPoints").asInt()).isEqualTo(before);
    }

    @Test
    void theBalanceNeverGoesBelowZeroAndBadInputNamesTheField() {
        int balance = sam.get("/v1/customers/cus_000001").json().path("loyaltyPoints").asInt();
        Resp below = sam.post("/v1/customers/cus_000001/loyalty-adjustments",
                Map.of("points", -(balance + 1), "reason", "Fraud"));
        assertThat(below.status()).isEqualTo(422);
        assertThat(below.problemFields()).containsExactly("points");
        assertThat(below.body()).contains("the balance is " + balance);
        assertThat(sam.post("/v1/customers/cus_000001/loyalty-adjustments", Map.of("points", 0, "reason", "x"))
                .problemFields()).containsExactly("points");
        assertThat(sam.post("/v1/customers/cus_000001/loyalty-adjustments", Map.of("points", 5, "reason", ""))
                .problemFields()).containsExactly("reason");
        assertThat(sam.post("/v1/customers/cus_000001/loyalty-adjustments", Map.of("points", 100_001, "reason", "x"))
                .status()).isIn(400, 422);
        assertThat(sam.post("/v1/customers/cus_nope/loyalty-adjustments", Map.of("points", 5, "reason", "x"))
                .status()).isEqualTo(404);
        assertThat(p.as("mark.marketing").post("/v1/customers/cus_000001/loyalty-adjustments",
                Map.of("points", 5, "reason", "x")).status()).as("MARKETING may not").isEqualTo(403);
        assertThat(sam.get("/v1/customers/cus_000001").json().path("loyaltyPoints").asInt()).isEqualTo(balance);
    }

    @Test
    void anErasureIsHeldWhileTheCustomerHasAnOpenOrderAndNamesIt() {
        String number = p.platform.database().jdbi().withHandle(h -> h.createQuery(
                "SELECT number FROM orders WHERE id = 'ord_000002'").mapTo(String.class).one());
        String since = p.token();
        Resp held = sam.post("/v1/customers/cus_000002/gdpr-erasure", Map.of("reason", "Customer asked"), sam.stepUp());
        assertThat(held.status()).as(held.body()).isEqualTo(409);
        assertThat(held.json().path("type").asText()).endsWith("/problems/erasure-held");
        assertThat(held.json().path("detail").asText()).contains(number).contains("1 open order");
        assertThat(p.changesSince(since)).as("a held erasure changes nothing").isEmpty();
        assertThat(sam.get("/v1/customers/cus_000002").json().path("firstName").asText()).isEqualTo("Luca");
    }
}
