package com.trendythreads.opsdesk.platform.campaigns;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.trendythreads.opsdesk.platform.crm.CrmTestPlatform;
import com.trendythreads.opsdesk.platform.testkit.ApiCaller;
import com.trendythreads.opsdesk.platform.testkit.ApiCaller.Resp;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/// `createSegment`: a desk pushes an audience it computed; the platform keeps the members.
class SegmentsHttpTest {

    private final CrmTestPlatform p = CrmTestPlatform.get();
    private final ApiCaller mark = p.as("mark.marketing");

    @Test
    void aPushedSegmentKeepsItsMembersOnceAndArrivesOnTheFeed() {
        String since = p.token();
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = Map.of("name", "Champions (RFM 555)", "description", "Bought recently, often, much",
                "rule", "R=5 AND F=5 AND M=5; consented to e-mail",
                "customerIds", List.of("cus_000001", "cus_000002", "cus_000001"));
        Resp r = mark.post("/v1/segments", body, "Idempotency-Key", key);
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        JsonNode s = r.json();
        String id = s.path("id").asText();
        assertThat(id).startsWith("seg_d");
        assertThat(s.path("customerCount").asInt()).as("a duplicate counts once").isEqualTo(2);
        assertThat(s.path("rule").asText()).isEqualTo("R=5 AND F=5 AND M=5; consented to e-mail");
        assertThat(r.header("Location")).contains("/v1/segments/" + id);
        assertThat(r.etag()).isEqualTo("\"1\"");
        List<String> members = p.platform.database().jdbi().withHandle(h -> h.createQuery(
                        "SELECT customer_id FROM segment_members WHERE segment_id = :s ORDER BY customer_id")
                .bind("s", id).mapTo(String.class).list());
        assertThat(members).containsExactly("cus_000001", "cus_000002");
        assertThat(p.changesSince(since)).singleElement().satisfies(c ->
                assertThat(c.path("resource").asText() + "/" + c.path("id").asText()).isEqualTo("segment/" + id));

        Resp replay = mark.post("/v1/segments", body, "Idempotency-Key", key);
        assertThat(replay.header("Idempotent-Replayed")).contains("true");
        assertThat(replay.json().path("id").asText()).isEqualTo(id);
        assertThat(mark.get("/v1/segments?limit=200").json().path("items").findValuesAsText("id"))
                .containsOnlyOnce(id);
    }

    @Test
    void badAudiencesAreRefusedNamingTheFieldAndNothingIsStored() {
        String since = p.token();
        Resp unknown = mark.post("/v1/segments", Map.of("name", "Typo", "rule", "hand-picked",
                "customerIds", List.of("cus_000001", "cus_nope")));
        assertThat(unknown.status()).isEqualTo(422);
        assertThat(unknown.problemFields()).containsExactly("customerIds[1]");
        assertThat(mark.post("/v1/segments", Map.of("name", "", "rule", "x", "customerIds", List.of("cus_000001")))
                .problemFields()).containsExactly("name");
        assertThat(mark.post("/v1/segments", Map.of("name", "Empty", "rule", "x", "customerIds", List.of()))
                .problemFields()).containsExactly("customerIds");
        assertThat(p.as("mia.merch").post("/v1/segments", Map.of("name", "x", "rule", "x",
                "customerIds", List.of("cus_000001"))).status()).as("MERCHANDISER may not").isEqualTo(403);
        assertThat(p.changesSince(since)).isEmpty();
    }
}
