package com.trendythreads.opsdesk.platform.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.trendythreads.opsdesk.platform.DemoPlatform;
import com.trendythreads.opsdesk.platform.DomainModule;
import com.trendythreads.opsdesk.platform.PlatformConfig;
import com.trendythreads.opsdesk.platform.Scale;
import com.trendythreads.opsdesk.platform.testkit.ApiCaller;
import com.trendythreads.opsdesk.platform.testkit.ApiCaller.Resp;
import com.trendythreads.opsdesk.platform.testkit.ContractValidator;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/// Scripted bursts raise the security alerts, once per burst, with their evidence; a manager acknowledges
/// one; alerts reach managers (not others) through the change feed.
class AlertMonitorTest {

    /// The default thresholds, except a refund floor of €10 so one seeded refund can cross it.
    private static final AlertPolicy POLICY = new AlertPolicy(Duration.ofHours(1), 500, 3, Duration.ofMinutes(15),
            5, 20, 3, 30, 1_000);

    private static DemoPlatform platform;
    private static ApiCaller anon;
    private static ApiCaller mona;
    private static ApiCaller mia;
    private static ApiCaller mark;
    private static ApiCaller sam;

    @BeforeAll
    static void start() {
        List<DomainModule> modules = new ArrayList<>(DemoPlatform.domainModules().stream()
                .filter(m -> !(m instanceof AuditModule)).toList());
        modules.add(new AuditModule(POLICY));
        platform = DemoPlatform.start(PlatformConfig.builder().inMemoryDatabase().passwordIterations(1_000)
                .scale(Scale.TINY).rateLimit(100_000, 100_000).modules(modules).build());
        anon = new ApiCaller(URI.create(platform.baseUrl()), ContractValidator.fromClasspath());
        mona = anon.signIn("mona.manager", "demo");
        mia = anon.signIn("mia.merch", "demo");
        mark = anon.signIn("mark.marketing", "demo");
        sam = anon.signIn("sam.support", "demo");
    }

    @AfterAll
    static void stop() {
        platform.close();
    }

    private static List<JsonNode> alerts(String kind) {
        Resp r = mona.get("/v1/alerts?limit=500");
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return StreamSupport.stream(r.json().path("items").spliterator(), false)
                .filter(a -> a.path("kind").asText().equals(kind)).toList();
    }

    private static Resp export(ApiCaller who, int count) {
        Resp r = who.post("/v1/audit-events/exports", Map.of("kind", "CSV", "entityType", "customer", "count", count,
                "containsPii", true, "fileName", "customers.csv"));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r;
    }

    /// A wrong password (400), or from the fifth on a locked-out attempt (423): both count as failed.
    private static void failSignIn(String username) {
        assertThat(anon.form("/oauth/token", Map.of("grant_type", "password", "username", username,
                "password", "not-the-password")).status()).isIn(400, 423);
    }

    @Test
    void aBurstOfCustomerExportsRaisesOneAlertWithItsEvidence() {
        List<String> ids = new ArrayList<>();
        ids.add(export(mark, 150).json().path("id").asText());
        ids.add(export(mark, 150).json().path("id").asText());
        assertThat(alerts("BULK_CUSTOMER_EXPORT")).isEmpty();
        ids.add(export(mark, 150).json().path("id").asText());

        List<JsonNode> raised = alerts("BULK_CUSTOMER_EXPORT");
        assertThat(raised).hasSize(1);
        JsonNode alert = raised.getFirst();
        assertThat(alert.path("subjectUsername").asText()).isEqualTo("mark.marketing");
        assertThat(alert.path("severity").asText()).isEqualTo("HIGH");
        assertThat(alert.path("evidence").path("auditEventIds")).extracting(JsonNode::asText)
                .containsExactlyElementsOf(ids);
        assertThat(alert.path("evidence").path("figures").path("customerRecords").asLong()).isEqualTo(450);
        assertThat(alert.path("evidence").path("figures").path("piiExports").asLong()).isEqualTo(3);

        export(mark, 10);
        assertThat(alerts("BULK_CUSTOMER_EXPORT")).as("one burst, one open alert").hasSize(1);
    }

    @Test
    void aBurstOfFailedSignInsRaisesAnAlertForTheUserAndOneOverall() {
        for (int i = 0; i < 4; i++) failSignIn("walt.warehouse");
        assertThat(alerts("FAILED_SIGN_INS")).noneMatch(a -> a.path("subjectUsername").asText().equals("walt.warehouse"));
        failSignIn("walt.warehouse");
        List<JsonNode> forWalt = alerts("FAILED_SIGN_INS").stream()
                .filter(a -> a.path("subjectUsername").asText().equals("walt.warehouse")).toList();
        assertThat(forWalt).hasSize(1);
        assertThat(forWalt.getFirst().path("subjectUserId").asText()).isEqualTo("usr_walt");
        assertThat(forWalt.getFirst().path("evidence").path("auditEventIds")).hasSize(5);

        for (int i = 0; i < 20; i++) failSignIn("guess" + i + "@nowhere");
        List<JsonNode> overall = alerts("FAILED_SIGN_INS_OVERALL");
        assertThat(overall).hasSize(1);
        assertThat(overall.getFirst().path("evidence").path("figures").path("failedSignIns").asLong())
                .isGreaterThanOrEqualTo(20);
    }

    @Test
    void aRefundAboveTheUsersNormalRateRaisesAnAlert() {
        assertThat(alerts("REFUND_RATE")).isEmpty();
        JsonNode order = sam.get("/v1/orders?status=DELIVERED&limit=1").json().path("items").get(0);
        Resp r = sam.post("/v1/orders/" + order.path("id").asText() + "/refunds",
                Map.of("lines", List.of(Map.of("lineId", order.path("lines").get(0).path("id").asText(), "quantity", 1)),
                        "includeShipping", true, "reason", "Damaged"));
        assertThat(r.status()).as(r.body()).isIn(200, 201);
        List<JsonNode> raised = alerts("REFUND_RATE");
        assertThat(raised).hasSize(1);
        assertThat(raised.getFirst().path("subjectUsername").asText()).isEqualTo("sam.support");
        assertThat(raised.getFirst().path("evidence").path("figures").path("refundedLast24hCents").asLong())
                .isEqualTo(r.json().path("refundedCents").asLong() - order.path("refundedCents").asLong());
    }

    @Test
    void aPriceSetBelowCostRaisesAnAlert() {
        JsonNode product = mia.get("/v1/products?limit=5&status=ACTIVE").json().path("items").get(3);
        JsonNode variants = product.path("variants").deepCopy();
        ObjectNode first = (ObjectNode) variants.get(0);
        long cost = first.path("costCents").asLong();
        assertThat(cost).isPositive();
        first.put("priceCents", cost - 1);
        Resp r = mia.patch("/v1/products/" + product.path("id").asText(), Map.of("variants", variants),
                "If-Match", mia.get("/v1/products/" + product.path("id").asText()).etag());
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        List<JsonNode> raised = alerts("PRICE_BELOW_COST");
        assertThat(raised).anySatisfy(a -> {
            assertThat(a.path("subjectUsername").asText()).isEqualTo("mia.merch");
            assertThat(a.path("summary").asText()).contains(first.path("sku").asText());
            assertThat(a.path("evidence").path("figures").path("costCents").asLong()).isEqualTo(cost);
        });
    }

    @Test
    void aManagerAcknowledgesAnAlertOnceAndAlertsReachOnlyManagersThroughTheFeed() {
        for (int i = 0; i < 5; i++) failSignIn("ack.target");
        JsonNode alert = alerts("FAILED_SIGN_INS").stream()
                .filter(a -> a.path("subjectUsername").asText().equals("ack.target")).findFirst().orElseThrow();
        String id = alert.path("id").asText();

        assertThat(mia.get("/v1/alerts").status()).isEqualTo(403);
        assertThat(mia.post("/v1/alerts/" + id + "/acknowledge", Map.of("note", "x")).status()).isEqualTo(403);
        Resp ack = mona.post("/v1/alerts/" + id + "/acknowledge", Map.of("note", "Known pen test"),
                "If-Match", "\"" + alert.path("version").asLong() + "\"");
        assertThat(ack.status()).as(ack.body()).isEqualTo(200);
        assertThat(ack.json().path("acknowledgedBy").asText()).isEqualTo("mona.manager");
        assertThat(ack.json().path("note").asText()).isEqualTo("Known pen test");
        assertThat(mona.post("/v1/alerts/" + id + "/acknowledge", Map.of("note", "again")).status()).isEqualTo(409);
        assertThat(mona.post("/v1/alerts/alr_999999/acknowledge", Map.of("note", "x")).status()).isEqualTo(404);

        JsonNode acks = mona.get("/v1/audit-events?action=acknowledge&entityType=alert&entityId=" + id).json().path("items");
        assertThat(acks).hasSize(1);
        assertThat(acks.get(0).path("after").path("note").asText()).isEqualTo("Known pen test");

        assertThat(feedResources(mona)).contains("alert");
        assertThat(feedResources(mia)).doesNotContain("alert");
    }

    private static List<String> feedResources(ApiCaller who) {
        List<String> resources = new ArrayList<>();
        String since = null;
        for (int i = 0; i < 200; i++) {
            Resp r = who.get("/v1/changes?limit=1000" + (since == null ? "" : "&since=" + since));
            assertThat(r.status()).as(r.body()).isEqualTo(200);
            r.json().path("changes").forEach(c -> resources.add(c.path("resource").asText()));
            since = r.json().path("nextToken").asText();
            if (!r.json().path("hasMore").asBoolean()) break;
        }
        return resources;
    }
}
