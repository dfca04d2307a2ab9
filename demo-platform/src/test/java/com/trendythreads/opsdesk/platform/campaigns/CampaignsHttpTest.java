package com.trendythreads.opsdesk.platform.campaigns;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.trendythreads.opsdesk.platform.crm.CrmTestPlatform;
import com.trendythreads.opsdesk.platform.testkit.ApiCaller;
import com.trendythreads.opsdesk.platform.testkit.ApiCaller.Resp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class CampaignsHttpTest {

    private final CrmTestPlatform p = CrmTestPlatform.get();
    private final ApiCaller mark = p.as("mark.marketing");

    private static Map<String, Object> draft(String name) {
        return Map.of("name", name, "channel", "EMAIL", "budgetCents", 50_000, "segmentId", "seg_fx_gold",
                "promoCodes", List.of("FXWELCOME5"), "subject", "Hello", "body", "Spring is here",
                "startsAt", "2030-03-01T00:00:00Z", "endsAt", "2030-03-31T00:00:00Z");
    }

    private JsonNode create(String name) {
        Resp r = mark.post("/v1/campaigns", draft(name));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json();
    }

    @Test
    void createsADraftWithAFreshAttributionIdAndRecordsOneChange() {
        String since = p.token();
        Resp r = mark.post("/v1/campaigns", draft("Spring launch"));

        assertThat(r.status()).isEqualTo(201);
        JsonNode c = r.json();
        assertThat(c.path("id").asText()).startsWith("cmp_");
        assertThat(c.path("status").asText()).isEqualTo("DRAFT");
        assertThat(c.path("version").asLong()).isEqualTo(1);
        assertThat(c.path("spendCents").asLong()).isZero();
        assertThat(c.path("budgetCents").asLong()).isEqualTo(50_000);
        assertThat(c.path("attributionId").asText()).startsWith("att_");
        assertThat(r.etag()).isEqualTo("\"1\"");
        assertThat(r.header("Location")).contains("/v1/campaigns/" + c.path("id").asText());
        assertThat(create("Another").path("attributionId").asText()).isNotEqualTo(c.path("attributionId").asText());

        List<JsonNode> changes = p.changesSince(since).stream()
                .filter(ch -> ch.path("id").asText().equals(c.path("id").asText())).toList();
        assertThat(changes).hasSize(1);
        assertThat(changes.getFirst().path("resource").asText()).isEqualTo("campaign");
        assertThat(changes.getFirst().path("op").asText()).isEqualTo("upsert");
        assertThat(changes.getFirst().path("version").asLong()).isEqualTo(1);
        assertThat(changes.getFirst().path("data").path("name").asText()).isEqualTo("Spring launch");
    }

    @Test
    void refusesInvalidCampaignsNamingTheField() {
        Map<String, Object> base = new java.util.HashMap<>(draft("x"));
        base.put("endsAt", "2030-02-01T00:00:00Z");
        assertThat(mark.post("/v1/campaigns", base).problemFields()).containsExactly("endsAt");

        base = new java.util.HashMap<>(draft("x"));
        base.put("budgetCents", -1);
        Resp negative = mark.post("/v1/campaigns", base);
        assertThat(negative.status()).isEqualTo(422);
        assertThat(negative.problemFields()).contains("budgetCents");

        base = new java.util.HashMap<>(draft("x"));
        base.put("name", "n".repeat(10_000));
        assertThat(mark.post("/v1/campaigns", base).problemFields()).containsExactly("name");

        base = new java.util.HashMap<>(draft("x"));
        base.put("segmentId", "seg_nope");
        base.put("promoCodes", List.of("FXWELCOME5", "NOPE"));
        Resp unknown = mark.post("/v1/campaigns", base);
        assertThat(unknown.status()).isEqualTo(422);
        assertThat(unknown.problemFields()).containsExactlyInAnyOrder("segmentId", "promoCodes[1]");

        assertThat(mark.post("/v1/campaigns", "{\"name\": ").status()).isEqualTo(400);
        Resp wrongType = mark.post("/v1/campaigns", "{\"name\":\"x\",\"channel\":\"EMAIL\",\"budgetCents\":\"ten\"}");
        assertThat(wrongType.status()).isEqualTo(400);
        assertThat(wrongType.problemFields()).containsExactly("budgetCents");
        Resp unknownField = mark.post("/v1/campaigns", "{\"name\":\"x\",\"channel\":\"EMAIL\",\"budgetCents\":1,\"color\":1}");
        assertThat(unknownField.status()).isEqualTo(400);
        assertThat(mark.post("/v1/campaigns", "{\"name\":\"x\",\"channel\":\"FAX\",\"budgetCents\":1}").status())
                .isEqualTo(400);
    }

    @Test
    void getsListsAndFiltersCampaigns() {
        JsonNode c = create("Listed");
        Resp got = p.as("mia.merch").get("/v1/campaigns/" + c.path("id").asText());
        assertThat(got.status()).isEqualTo(200);
        assertThat(got.etag()).isEqualTo("\"1\"");
        assertThat(got.json().path("name").asText()).isEqualTo("Listed");
        assertThat(mark.get("/v1/campaigns/cmp_nope").status()).isEqualTo(404);

        JsonNode running = mark.get("/v1/campaigns?status=RUNNING").json();
        assertThat(running.path("items")).extracting(n -> n.path("id").asText()).contains("cmp_900001");
        assertThat(running.path("items")).extracting(n -> n.path("status").asText()).containsOnly("RUNNING");
        assertThat(running.path("changeToken").asText()).isNotBlank();
        assertThat(mark.get("/v1/campaigns?status=LIVE").status()).isEqualTo(400);
        assertThat(mark.get("/v1/campaigns?cursor=garbage").problemFields()).containsExactly("cursor");

        JsonNode first = mark.get("/v1/campaigns?limit=1").json();
        assertThat(first.path("items")).hasSize(1);
        JsonNode second = mark.get("/v1/campaigns?limit=1&cursor=" + first.path("nextCursor").asText()).json();
        assertThat(second.path("items").get(0).path("id").asText())
                .isGreaterThan(first.path("items").get(0).path("id").asText());
    }

    @Test
    void patchMergesOnlyGivenFieldsAndNeedsACurrentIfMatch() {
        JsonNode c = create("Patch me");
        String path = "/v1/campaigns/" + c.path("id").asText();

        assertThat(mark.patch(path, Map.of("name", "Renamed")).status()).isEqualTo(428);
        Resp stale = mark.patch(path, Map.of("name", "Renamed"), "If-Match", "\"7\"");
        assertThat(stale.status()).isEqualTo(412);
        assertThat(stale.json().path("currentVersion").asLong()).isEqualTo(1);

        String since = p.token();
        Resp ok = mark.patch(path, "{\"name\":\"Renamed\",\"segmentId\":null}", "If-Match", "\"1\"");
        assertThat(ok.status()).isEqualTo(200);
        assertThat(ok.etag()).isEqualTo("\"2\"");
        assertThat(ok.json().path("name").asText()).isEqualTo("Renamed");
        JsonNode segmentIdValue = ok.json().path("segmentId");
        assertThat(segmentIdValue.isMissingNode() || segmentIdValue.isNull()).as("segmentId cleared").isTrue();
        assertThat(ok.json().path("budgetCents").asLong()).isEqualTo(50_000);
        assertThat(ok.json().path("subject").asText()).isEqualTo("Hello");
        assertThat(p.changesSince(since)).singleElement().satisfies(ch -> {
            assertThat(ch.path("op").asText()).isEqualTo("upsert");
            assertThat(ch.path("version").asLong()).isEqualTo(2);
        });

        assertThat(mark.patch(path, Map.of("endsAt", "2029-01-01T00:00:00Z"), "If-Match", "\"2\"").problemFields())
                .containsExactly("endsAt");
        assertThat(mark.patch(path, Map.of("status", "SCHEDULED"), "If-Match", "\"2\"").status()).isEqualTo(400);

        Resp cancelled = mark.patch(path, Map.of("status", "CANCELLED"), "If-Match", "\"2\"");
        assertThat(cancelled.json().path("status").asText()).isEqualTo("CANCELLED");
        assertThat(mark.patch(path, Map.of("name", "again"), "If-Match", "\"3\"").status()).isEqualTo(409);
    }

    @Test
    void aRunningCampaignOnlyChangesBudgetAndEnd() {
        String path = "/v1/campaigns/cmp_900001";
        Resp r = mark.get(path);
        String etag = r.etag();
        Resp refused = mark.patch(path, Map.of("name", "Renamed", "budgetCents", 600_000), "If-Match", etag);
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.problemFields()).containsExactly("name");

        Resp ok = mark.patch(path, Map.of("budgetCents", 600_000), "If-Match", etag);
        assertThat(ok.status()).isEqualTo(200);
        assertThat(ok.json().path("budgetCents").asLong()).isEqualTo(600_000);
        assertThat(ok.json().path("status").asText()).isEqualTo("RUNNING");
    }

    @Test
    void schedulesADraftIntoTheFutureIdempotently() {
        JsonNode c = create("Schedule me");
        String path = "/v1/campaigns/" + c.path("id").asText() + "/schedule";
        String sendAt = Instant.now().plus(2, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS).toString();

        assertThat(mark.post(path, Map.of("sendAt", "2001-01-01T00:00:00Z")).problemFields())
                .containsExactly("sendAt");
        assertThat(mark.post(path, Map.of("sendAt", sendAt), "If-Match", "\"9\"").status()).isEqualTo(412);

        String key = UUID.randomUUID().toString();
        String since = p.token();
        Resp first = mark.post(path, Map.of("sendAt", sendAt), "Idempotency-Key", key);
        Resp again = mark.post(path, Map.of("sendAt", sendAt), "Idempotency-Key", key);
        assertThat(first.status()).isEqualTo(200);
        assertThat(first.json().path("status").asText()).isEqualTo("SCHEDULED");
        assertThat(first.json().path("startsAt").asText()).isEqualTo(sendAt);
        assertThat(first.json().path("version").asLong()).isEqualTo(2);
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.header("Idempotent-Replayed")).contains("true");
        assertThat(again.body()).isEqualTo(first.body());
        assertThat(mark.get("/v1/campaigns/" + c.path("id").asText()).json().path("version").asLong()).isEqualTo(2);
        assertThat(p.changesSince(since)).singleElement().satisfies(ch -> {
            assertThat(ch.path("id").asText()).isEqualTo(c.path("id").asText());
            assertThat(ch.path("version").asLong()).isEqualTo(2);
            assertThat(ch.path("data").path("status").asText()).isEqualTo("SCHEDULED");
        });
        Resp otherBody = mark.post(path, Map.of("sendAt", Instant.now().plus(3, ChronoUnit.DAYS).toString()),
                "Idempotency-Key", key);
        assertThat(otherBody.status()).isEqualTo(422);

        assertThat(mark.post(path, Map.of("sendAt", sendAt)).status()).isEqualTo(409);
    }

    @Test
    void schedulingNeedsASegmentAndAMessage() {
        String path = "/v1/campaigns/" + CrmTestPlatformIds.DRAFT + "/schedule";
        Resp r = mark.post(path, Map.of("sendAt", Instant.now().plus(1, ChronoUnit.DAYS).toString()));
        assertThat(r.status()).isEqualTo(422);
        assertThat(r.problemFields()).containsExactlyInAnyOrder("segmentId", "subject", "body");
        assertThat(mark.post("/v1/campaigns/cmp_nope/schedule", Map.of("sendAt", "2030-01-01T00:00:00Z")).status())
                .isEqualTo(404);
    }

    @Test
    void metricsCountAttributedOrdersNetOfRefundsAndRedemptions() {
        Resp r = p.as("mona.manager").get("/v1/campaigns/cmp_900001/metrics");
        assertThat(r.status()).isEqualTo(200);
        JsonNode m = r.json();
        assertThat(m.path("sends").asLong()).isEqualTo(1000);
        assertThat(m.path("opens").asLong()).isEqualTo(400);
        assertThat(m.path("clicks").asLong()).isEqualTo(90);
        // ord_000001 (10,500 − 2,000 refunded) + ord_000002 (5,000); the cancelled ord_000004 does not count.
        assertThat(m.path("orders").asLong()).isEqualTo(2);
        assertThat(m.path("revenueCents").asLong()).isEqualTo(13_500);
        assertThat(m.path("redemptions").asLong()).isEqualTo(2);
        assertThat(m.path("spendCents").asLong()).isEqualTo(120_000);
        assertThat(mark.get("/v1/campaigns/cmp_nope/metrics").status()).isEqualTo(404);
    }

    /// Ids of the fixture rows this class relies on.
    static final class CrmTestPlatformIds {
        static final String DRAFT = "cmp_900002";
    }
}
