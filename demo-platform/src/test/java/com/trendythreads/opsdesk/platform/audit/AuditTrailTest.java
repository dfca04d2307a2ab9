package com.trendythreads.opsdesk.platform.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.trendythreads.opsdesk.platform.DemoPlatform;
import com.trendythreads.opsdesk.platform.PlatformConfig;
import com.trendythreads.opsdesk.platform.Scale;
import com.trendythreads.opsdesk.platform.testkit.ApiCaller;
import com.trendythreads.opsdesk.platform.testkit.ApiCaller.Resp;
import com.trendythreads.opsdesk.platform.testkit.ContractValidator;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/// An edit, a refund and an export each leave exactly one audit event with the right before → after, in the
/// transaction of the change; an idempotent replay leaves none; history is masked and role-checked.
class AuditTrailTest {

    private static DemoPlatform platform;
    private static ApiCaller anon;
    private static ApiCaller ada;
    private static ApiCaller mona;
    private static ApiCaller sam;
    private static ApiCaller mark;
    private static ApiCaller mia;

    @BeforeAll
    static void start() {
        platform = DemoPlatform.start(PlatformConfig.builder().inMemoryDatabase().passwordIterations(1_000)
                .scale(Scale.TINY).rateLimit(100_000, 100_000).build());
        anon = new ApiCaller(URI.create(platform.baseUrl()), ContractValidator.fromClasspath());
        ada = anon.signIn("ada.admin", "demo");
        mona = anon.signIn("mona.manager", "demo");
        sam = anon.signIn("sam.support", "demo");
        mark = anon.signIn("mark.marketing", "demo");
        mia = anon.signIn("mia.merch", "demo");
    }

    @AfterAll
    static void stop() {
        platform.close();
    }

    private static JsonNode history(ApiCaller who, String type, String id) {
        Resp r = who.get("/v1/history/" + type + "/" + id);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.json().path("items");
    }

    @Test
    void aProductEditIsOneEventWithOnlyTheChangedFieldsAndAReplayAddsNone() {
        JsonNode product = ada.get("/v1/products?limit=1&status=ACTIVE").json().path("items").get(0);
        String id = product.path("id").asText();
        JsonNode variant = product.path("variants").get(0);
        String sku = variant.path("sku").asText();
        long oldPrice = variant.path("priceCents").asLong();
        String etag = mia.get("/v1/products/" + id).etag();
        var variants = product.path("variants").deepCopy();
        ((com.fasterxml.jackson.databind.node.ObjectNode) variants.get(0)).put("priceCents", oldPrice + 500);
        String key = UUID.randomUUID().toString();
        Map<String, Object> patch = Map.of("title", "Audited tee", "variants", variants);
        Resp r = mia.patch("/v1/products/" + id, patch, "Idempotency-Key", key, "If-Match", etag,
                "User-Agent", "OpsDesk/9.9-test");
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        Resp replay = mia.patch("/v1/products/" + id, patch, "Idempotency-Key", key, "If-Match", etag,
                "User-Agent", "OpsDesk/9.9-test");
        assertThat(replay.header("Idempotent-Replayed")).contains("true");

        JsonNode events = history(mona, "product", id);
        assertThat(events).hasSize(1);
        JsonNode e = events.get(0);
        assertThat(e.path("action").asText()).isEqualTo("update");
        assertThat(e.path("userId").asText()).isEqualTo("usr_mia");
        assertThat(e.path("username").asText()).isEqualTo("mia.merch");
        assertThat(e.path("client").asText()).isEqualTo("OpsDesk/9.9-test");
        assertThat(e.path("requestId").asText()).isEqualTo(r.header("X-Request-Id").orElseThrow());
        assertThat(e.path("before").path("title").asText()).isEqualTo(product.path("title").asText());
        assertThat(e.path("after").path("title").asText()).isEqualTo("Audited tee");
        assertThat(e.path("before").path("variants")).hasSize(1);
        assertThat(e.path("before").path("variants").get(0).path("sku").asText()).isEqualTo(sku);
        assertThat(e.path("before").path("variants").get(0).path("priceCents").asLong()).isEqualTo(oldPrice);
        assertThat(e.path("after").path("variants").get(0).path("priceCents").asLong()).isEqualTo(oldPrice + 500);
        // Only what changed: no description, no brand, no version.
        assertThat(e.path("after").has("description")).isFalse();
        assertThat(e.path("after").has("version")).isFalse();
        assertThat(e.path("summary").asText()).contains("title").contains("variants[" + sku + "].priceCents");
    }

    @Test
    void aStockAdjustmentOfASeededLevelShowsOnHandBeforeAndAfter() {
        JsonNode level = ada.get("/v1/stock?limit=1").json().path("items").get(0);
        int onHand = level.path("onHand").asInt();
        Resp r = ada.post("/v1/stock/adjustments", Map.of("locationId", level.path("locationId").asText(),
                "sku", level.path("sku").asText(), "delta", 2, "reason", "FOUND"));
        assertThat(r.status()).as(r.body()).isEqualTo(201);

        JsonNode events = history(mona, "stock",
                java.net.URLEncoder.encode(r.json().path("id").asText(), java.nio.charset.StandardCharsets.UTF_8));
        assertThat(events).hasSize(1);
        assertThat(events.get(0).path("before").path("onHand").asInt()).isEqualTo(onHand);
        assertThat(events.get(0).path("after").path("onHand").asInt()).isEqualTo(onHand + 2);
    }

    @Test
    void aRefundIsOneEventCarryingTheRefundedAmount() {
        JsonNode order = ada.get("/v1/orders?status=DELIVERED&limit=1").json().path("items").get(0);
        String id = order.path("id").asText();
        String line = order.path("lines").get(0).path("id").asText();
        Resp r = sam.post("/v1/orders/" + id + "/refunds",
                Map.of("lines", List.of(Map.of("lineId", line, "quantity", 1)), "includeShipping", false,
                        "reason", "Damaged"));
        assertThat(r.status()).as(r.body()).isIn(200, 201);
        long refunded = r.json().path("refundedCents").asLong();

        Resp page = mona.get("/v1/audit-events?entityType=order&entityId=" + id + "&action=refund");
        assertThat(page.status()).as(page.body()).isEqualTo(200);
        JsonNode events = page.json().path("items");
        assertThat(events).hasSize(1);
        assertThat(page.json().path("total").asLong()).isEqualTo(1);
        JsonNode e = events.get(0);
        assertThat(e.path("username").asText()).isEqualTo("sam.support");
        assertThat(e.path("before").path("refundedCents").asLong()).isEqualTo(order.path("refundedCents").asLong());
        assertThat(e.path("after").path("refundedCents").asLong()).isEqualTo(refunded);
        assertThat(refunded).isGreaterThan(order.path("refundedCents").asLong());
        assertThat(e.path("after").path("refunds")).hasSize(1);
    }

    @Test
    void anExportIsOneEventAndItsReplayAddsNone() {
        String key = UUID.randomUUID().toString();
        Map<String, Object> report = Map.of("kind", "CSV", "entityType", "product", "count", 42,
                "containsPii", false, "fileName", "products-audit-test.csv");
        Resp first = mark.post("/v1/audit-events/exports", report, "Idempotency-Key", key);
        assertThat(first.status()).as(first.body()).isEqualTo(201);
        Resp again = mark.post("/v1/audit-events/exports", report, "Idempotency-Key", key);
        assertThat(again.status()).isEqualTo(201);
        assertThat(again.json().path("id").asText()).isEqualTo(first.json().path("id").asText());

        JsonNode events = ada.get("/v1/audit-events?action=export&user=mark.marketing&entityType=product")
                .json().path("items");
        assertThat(events).hasSize(1);
        JsonNode e = events.get(0);
        assertThat(e.path("after").path("count").asInt()).isEqualTo(42);
        assertThat(e.path("after").path("fileName").asText()).isEqualTo("products-audit-test.csv");
        assertThat(e.path("summary").asText()).contains("42 product records");
    }

    @Test
    void historyIsMaskedForReadersOutsideThePiiRolesAndRefusedToThoseWhoMayNotReadTheType() {
        JsonNode customer = sam.get("/v1/customers?limit=1").json().path("items").get(0);
        String id = customer.path("id").asText();
        Resp r = sam.patch("/v1/customers/" + id, Map.of("email", "audited.person@example.com"),
                "If-Match", sam.get("/v1/customers/" + id).etag());
        assertThat(r.status()).as(r.body()).isEqualTo(200);

        JsonNode forSupport = history(sam, "customer", id).get(0);
        assertThat(forSupport.path("after").path("email").asText()).isEqualTo("audited.person@example.com");
        JsonNode forMarketing = history(mark, "customer", id).get(0);
        assertThat(forMarketing.path("after").path("email").asText()).isNotEqualTo("audited.person@example.com")
                .doesNotContain("audited.person");
        assertThat(forMarketing.path("before").path("email").asText()).doesNotContain(customer.path("email").asText());
        assertThat(mia.get("/v1/history/customer/" + id).status()).isEqualTo(403);
        assertThat(mia.get("/v1/history/no_such_type/x").status()).isEqualTo(404);
        assertThat(mia.get("/v1/audit-events").status()).isEqualTo(403);
    }

    @Test
    void anErasureKeepsNoCopyOfWhatItErased() {
        // One without open orders (they hold an erasure): which customers have one depends on the seed's clock.
        JsonNode customer = null;
        for (JsonNode c : ada.get("/v1/customers?limit=50").json().path("items")) {
            boolean open = false;
            for (JsonNode o : ada.get("/v1/orders?limit=200&customerId=" + c.path("id").asText()).json().path("items")) {
                open |= Set.of("PLACED", "PAID", "PICKING", "PACKED").contains(o.path("status").asText());
            }
            if (!open) {
                customer = c;
                break;
            }
        }
        assertThat(customer).as("a seeded customer without open orders").isNotNull();
        String id = customer.path("id").asText();
        assertThat(ada.patch("/v1/customers/" + id, Map.of("phone", "+49 30 5550101"),
                "If-Match", ada.get("/v1/customers/" + id).etag()).status()).isEqualTo(200);
        Resp erase = ada.post("/v1/customers/" + id + "/gdpr-erasure", Map.of("reason", "Customer asked"),
                ada.stepUp());
        assertThat(erase.status()).as(erase.body()).isIn(200, 201, 202);

        JsonNode events = history(ada, "customer", id);
        assertThat(events).hasSizeGreaterThanOrEqualTo(2);
        assertThat(events.get(0).path("action").asText()).isEqualTo("erase");
        assertThat(events.toString()).doesNotContain("5550101").doesNotContain(customer.path("email").asText());
    }

    @Test
    void aFailedSignInIsAudited() {
        Resp r = anon.form("/oauth/token", Map.of("grant_type", "password", "username", "walt.warehouse",
                "password", "wrong"));
        assertThat(r.status()).isEqualTo(400);
        JsonNode events = ada.get("/v1/audit-events?action=sign-in-failed&user=walt.warehouse").json().path("items");
        assertThat(events).isNotEmpty();
        assertThat(events.get(0).path("entityType").asText()).isEqualTo("user");
        assertThat(events.get(0).path("userId").asText()).isEqualTo("usr_walt");
    }

    @Test
    void aGdprExportIsAuditedAsAnExportOfPersonalData() {
        String id = sam.get("/v1/customers?limit=3").json().path("items").get(2).path("id").asText();
        Resp r = sam.post("/v1/customers/" + id + "/gdpr-export", null, sam.stepUp());
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        JsonNode events = mona.get("/v1/audit-events?action=gdpr-export&entityId=" + id).json().path("items");
        assertThat(events).hasSize(1);
        assertThat(events.get(0).path("username").asText()).isEqualTo("sam.support");
        assertThat(events.get(0).toString()).doesNotContain("@");
    }
}
