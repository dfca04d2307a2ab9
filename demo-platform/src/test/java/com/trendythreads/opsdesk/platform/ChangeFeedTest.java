package com.trendythreads.opsdesk.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ChangeFeedTest {

    static TestPlatform p;
    static String mia, walt, ada;
    static List<String> widgetIds = new ArrayList<>();
    static List<String> gadgetIds = new ArrayList<>();

    @BeforeAll
    static void start() {
        p = new TestPlatform();
        mia = p.token("mia.merch");
        walt = p.token("walt.warehouse");
        ada = p.token("ada.admin");
        // Interleave widgets (merch/manager/admin) and gadgets (warehouse/admin) in one feed.
        for (int i = 0; i < 12; i++) {
            widgetIds.add(p.createWidget(mia, "w" + i).get("id").asText());
            if (i % 3 == 0) {
                HttpResponse<String> r = p.send("POST", "/v1/gadgets", walt, "{\"name\":\"g" + i + "\"}",
                        "Idempotency-Key", UUID.randomUUID().toString());
                assertThat(r.statusCode()).isEqualTo(201);
                gadgetIds.add(TestPlatform.json(r).get("id").asText());
            }
        }
    }

    @AfterAll
    static void stop() {
        p.close();
    }

    /// Follows the feed from `since` with page size `limit` until hasMore is false.
    static List<JsonNode> drain(String token, String since, int limit) {
        List<JsonNode> all = new ArrayList<>();
        String cursor = since;
        for (int guard = 0; guard < 100; guard++) {
            HttpResponse<String> r = p.get("/v1/changes?limit=" + limit + (cursor != null ? "&since=" + cursor : ""), token);
            assertThat(r.statusCode()).isEqualTo(200);
            JsonNode page = TestPlatform.json(r);
            page.get("changes").forEach(all::add);
            cursor = page.get("nextToken").asText();
            if (!page.get("hasMore").asBoolean()) return all;
        }
        throw new AssertionError("feed did not end");
    }

    static List<String> ids(List<JsonNode> changes) {
        return changes.stream().map(c -> c.get("id").asText()).toList();
    }

    @Test
    void feedIsInCommitOrderAndCompleteForEachPageSize() {
        for (int limit : new int[] {1, 2, 5, 100}) {
            List<JsonNode> all = drain(ada, null, limit);
            assertThat(all).hasSize(16);
            List<Long> tokens = all.stream().map(c -> Long.parseLong(c.get("token").asText())).toList();
            assertThat(tokens).isSorted().doesNotHaveDuplicates();
        }
        List<JsonNode> all = drain(ada, null, 100);
        JsonNode first = all.getFirst();
        assertThat(first.get("resource").asText()).isEqualTo("widget");
        assertThat(first.get("op").asText()).isEqualTo("upsert");
        assertThat(first.get("version").asLong()).isEqualTo(1);
        assertThat(first.get("at").asText()).endsWith("Z");
        assertThat(first.at("/data/name").asText()).isEqualTo("w0");
    }

    @Test
    void resumingFromEveryTokenGivesExactlyTheRest() {
        List<JsonNode> all = drain(ada, null, 100);
        for (int i = 0; i < all.size(); i++) {
            List<JsonNode> rest = drain(ada, all.get(i).get("token").asText(), 3);
            assertThat(ids(rest)).isEqualTo(ids(all.subList(i + 1, all.size())));
        }
    }

    @Test
    void rolesSeeOnlyTheirResourcesAndMaskedData() {
        List<JsonNode> merch = drain(mia, null, 4);
        assertThat(ids(merch)).containsExactlyElementsOf(widgetIds);
        assertThat(merch).allSatisfy(c -> assertThat(c.at("/data/secret").asText()).isEqualTo("***"));

        List<JsonNode> warehouse = drain(walt, null, 2);
        assertThat(ids(warehouse)).containsExactlyElementsOf(gadgetIds);

        List<JsonNode> admin = drain(ada, null, 100);
        assertThat(admin.getFirst().at("/data/secret").asText()).isEqualTo("s-w0");

        assertThat(drain(p.token("mark.marketing"), null, 5)).isEmpty();
    }

    @Test
    void nextTokenMovesPastChangesTheCallerCannotRead() {
        HttpResponse<String> r = p.get("/v1/changes?limit=500", p.token("mark.marketing"));
        JsonNode page = TestPlatform.json(r);
        assertThat(page.get("changes")).isEmpty();
        assertThat(page.get("hasMore").asBoolean()).isFalse();
        assertThat(page.get("nextToken").asText()).isEqualTo(p.platform.changes().currentChangeToken());
    }

    @Test
    void caughtUpPageKeepsTheTokenAndListsCarryAChangeToken() {
        String now = p.platform.changes().currentChangeToken();
        JsonNode page = TestPlatform.json(p.get("/v1/changes?since=" + now, mia));
        assertThat(page.get("changes")).isEmpty();
        assertThat(page.get("nextToken").asText()).isEqualTo(now);
        assertThat(TestPlatform.json(p.get("/v1/widgets", mia)).get("changeToken").asText()).isEqualTo(now);
    }

    @Test
    void invalidTokenIs400() {
        for (String bad : new String[] {"abc", "-1", "1.5"}) {
            HttpResponse<String> r = p.get("/v1/changes?since=" + bad, mia);
            ProblemsTest.assertProblem(r, 400, "invalid-parameter");
            assertThat(TestPlatform.json(r).at("/errors/0/field").asText()).isEqualTo("since");
        }
    }
}
