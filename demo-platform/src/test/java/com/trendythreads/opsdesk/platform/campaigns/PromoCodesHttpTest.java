package com.trendythreads.opsdesk.platform.campaigns;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.trendythreads.opsdesk.platform.crm.CrmTestPlatform;
import com.trendythreads.opsdesk.platform.testkit.ApiCaller;
import com.trendythreads.opsdesk.platform.testkit.ApiCaller.Resp;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;

class PromoCodesHttpTest {

    private final CrmTestPlatform p = CrmTestPlatform.get();
    private final ApiCaller mark = p.as("mark.marketing");

    private static Map<String, Object> code(String code, String type, long value) {
        Map<String, Object> m = new HashMap<>();
        m.put("code", code);
        m.put("type", type);
        m.put("value", value);
        m.put("validFrom", "2026-12-01T00:00:00Z");
        return m;
    }

    @Test
    void createsACodeOnceAndRefusesADuplicate() {
        String since = p.token();
        Map<String, Object> body = code("XMAS25", "PERCENT", 25);
        body.put("scope", Map.of("categoryIds", List.of("cat-fixture"), "productIds", List.of("prd_900001")));
        body.put("campaignId", "cmp_900001");
        String key = UUID.randomUUID().toString();
        Resp r = mark.post("/v1/promo-codes", body, "Idempotency-Key", key);

        assertThat(r.status()).isEqualTo(201);
        assertThat(r.etag()).isEqualTo("\"1\"");
        assertThat(r.header("Location")).contains("/v1/promo-codes/XMAS25");
        assertThat(r.json().path("active").asBoolean()).isTrue();
        assertThat(r.json().path("redemptions").asInt()).isZero();
        assertThat(r.json().path("scope").path("categoryIds").get(0).asText()).isEqualTo("cat-fixture");

        Resp replay = mark.post("/v1/promo-codes", body, "Idempotency-Key", key);
        assertThat(replay.status()).isEqualTo(201);
        assertThat(replay.header("Idempotent-Replayed")).contains("true");
        assertThat(replay.body()).isEqualTo(r.body());
        body.put("value", 30);
        assertThat(mark.post("/v1/promo-codes", body, "Idempotency-Key", key).status()).isEqualTo(422);

        Resp duplicate = mark.post("/v1/promo-codes", body);
        assertThat(duplicate.status()).isEqualTo(409);
        assertThat(duplicate.problemFields()).containsExactly("code");

        assertThat(p.changesSince(since)).filteredOn(c -> c.path("id").asText().equals("XMAS25"))
                .singleElement().satisfies(c -> {
                    assertThat(c.path("resource").asText()).isEqualTo("promo_code");
                    assertThat(c.path("version").asLong()).isEqualTo(1);
                });
        assertThat(p.as("mia.merch").get("/v1/promo-codes/XMAS25").json().path("value").asLong()).isEqualTo(25);
        assertThat(mark.get("/v1/promo-codes/NOPE99").status()).isEqualTo(404);
    }

    @Test
    void valueRulesDependOnTheType() {
        assertThat(mark.post("/v1/promo-codes", code("PCT101", "PERCENT", 101)).problemFields())
                .containsExactly("value");
        assertThat(mark.post("/v1/promo-codes", code("FIX000", "FIXED_AMOUNT", 0)).problemFields())
                .containsExactly("value");
        assertThat(mark.post("/v1/promo-codes", code("SHIP01", "FREE_SHIPPING", 5)).problemFields())
                .containsExactly("value");
        Resp negative = mark.post("/v1/promo-codes", code("NEG001", "FIXED_AMOUNT", -5));
        assertThat(negative.status()).isEqualTo(422);
        assertThat(negative.problemFields()).containsExactly("value");
        assertThat(mark.post("/v1/promo-codes", code("lower", "PERCENT", 5)).problemFields()).containsExactly("code");
        assertThat(mark.post("/v1/promo-codes", code("C".repeat(10_000), "PERCENT", 5)).problemFields())
                .containsExactly("code");

        Map<String, Object> until = code("UNTIL1", "PERCENT", 5);
        until.put("validUntil", "2026-11-01T00:00:00Z");
        assertThat(mark.post("/v1/promo-codes", until).problemFields()).containsExactly("validUntil");

        Map<String, Object> scope = code("SCOPE1", "PERCENT", 5);
        scope.put("scope", Map.of("categoryIds", List.of("cat-nope"), "productIds", List.of("prd_900001", "prd_x")));
        assertThat(mark.post("/v1/promo-codes", scope).problemFields())
                .containsExactlyInAnyOrder("scope.categoryIds[0]", "scope.productIds[1]");
        assertThat(mark.post("/v1/promo-codes", "{\"code\":\"ABC\",\"type\":\"PERCENT\",\"value\":\"five\"}").status())
                .isEqualTo(400);
    }

    @Test
    void deactivatesWithIfMatch() {
        mark.post("/v1/promo-codes", code("ZQOFF10", "PERCENT", 10));
        assertThat(mark.patch("/v1/promo-codes/ZQOFF10", Map.of("active", false)).status()).isEqualTo(428);
        Resp stale = mark.patch("/v1/promo-codes/ZQOFF10", Map.of("active", false), "If-Match", "\"5\"");
        assertThat(stale.status()).isEqualTo(412);
        assertThat(stale.json().path("currentVersion").asLong()).isEqualTo(1);
        assertThat(stale.json().path("current").path("code").asText()).isEqualTo("ZQOFF10");

        String since = p.token();
        Resp off = mark.patch("/v1/promo-codes/ZQOFF10", Map.of("active", false), "If-Match", "\"1\"");
        assertThat(off.status()).isEqualTo(200);
        assertThat(off.etag()).isEqualTo("\"2\"");
        assertThat(off.json().path("active").asBoolean()).isFalse();
        assertThat(off.json().path("value").asLong()).isEqualTo(10);
        assertThat(p.changesSince(since)).singleElement()
                .satisfies(c -> assertThat(c.path("version").asLong()).isEqualTo(2));
        assertThat(mark.patch("/v1/promo-codes/ZQOFF10", Map.of("usageLimitTotal", 0), "If-Match", "\"2\"")
                .problemFields()).containsExactly("usageLimitTotal");
        assertThat(mark.patch("/v1/promo-codes/NOPE99", Map.of("active", false), "If-Match", "\"1\"").status())
                .isEqualTo(404);

        JsonNode inactive = mark.get("/v1/promo-codes?active=false&q=zqoff").json();
        assertThat(inactive.path("items")).extracting(n -> n.path("code").asText()).containsExactly("ZQOFF10");
        assertThat(mark.get("/v1/promo-codes?active=maybe").problemFields()).containsExactly("active");
        assertThat(mark.get("/v1/promo-codes?campaignId=cmp_900001").json().path("items"))
                .extracting(n -> n.path("code").asText()).contains("FXAUTUMN10").doesNotContain("FXWELCOME5");
    }

    @Test
    void bulkCreatesUniqueUnambiguousCodesAllOrNothing() {
        String since = p.token();
        Map<String, Object> body = new HashMap<>(Map.of("prefix", "BF26", "count", 50, "randomLength", 6,
                "type", "FIXED_AMOUNT", "value", 1000, "validFrom", "2026-11-27T00:00:00Z"));
        Resp r = mark.post("/v1/promo-codes/bulk", body);

        assertThat(r.status()).isEqualTo(201);
        assertThat(r.json().path("count").asInt()).isEqualTo(50);
        List<String> codes = StreamSupport.stream(r.json().path("codes").spliterator(), false)
                .map(JsonNode::asText).toList();
        assertThat(new HashSet<>(codes)).hasSize(50);
        assertThat(codes).allSatisfy(c -> assertThat(c).matches("BF26-[A-HJ-NP-Z2-9]{6}").doesNotContain("L"));
        List<JsonNode> changes = p.changesSince(since);
        assertThat(changes).hasSize(50).allSatisfy(c -> assertThat(c.path("resource").asText()).isEqualTo("promo_code"));
        Set<String> changed = new HashSet<>(changes.stream().map(c -> c.path("id").asText()).toList());
        assertThat(changed).isEqualTo(new HashSet<>(codes));

        String before = p.token();
        body.put("campaignId", "cmp_nope");
        Resp refused = mark.post("/v1/promo-codes/bulk", body);
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.problemFields()).containsExactly("campaignId");
        assertThat(p.token()).isEqualTo(before);
        body.remove("campaignId");
        body.put("count", 10_001);
        assertThat(mark.post("/v1/promo-codes/bulk", body).problemFields()).containsExactly("count");
    }

    @Test
    void generatedCodesNeverCollideWithExistingOnes() {
        // The codes handed back were checked against the table before anything was inserted.
        p.platform.database().jdbi().useTransaction(h -> {
            List<String> codes = PromoCodeHandlers.generate(h, "ZZ", 200, 6);
            assertThat(new HashSet<>(codes)).hasSize(200);
            assertThat(h.createQuery("SELECT COUNT(*) FROM promo_codes WHERE code IN (<c>)").bindList("c", codes)
                    .mapTo(Integer.class).one()).isZero();
        });
    }

    @Test
    void listsSegments() {
        Resp r = p.as("mona.manager").get("/v1/segments");
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.json().path("items")).extracting(n -> n.path("id").asText()).contains("seg_fx_gold", "seg_fx_lapsed");
        assertThat(p.as("mona.manager").get("/v1/segments?limit=0").status()).isEqualTo(400);
    }
}
