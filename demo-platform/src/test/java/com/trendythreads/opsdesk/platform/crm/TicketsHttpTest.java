package com.trendythreads.opsdesk.platform.crm;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.trendythreads.opsdesk.platform.testkit.ApiCaller;
import com.trendythreads.opsdesk.platform.testkit.ApiCaller.Resp;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class TicketsHttpTest {

    private final CrmTestPlatform p = CrmTestPlatform.get();
    private final ApiCaller sam = p.as("sam.support");

    private static Map<String, Object> ticket(String priority) {
        Map<String, Object> m = new HashMap<>(Map.of("subject", "Wrong size delivered", "customerId", "cus_000001",
                "orderId", "ord_000001", "channel", "EMAIL", "body", "I ordered M and got S."));
        if (priority != null) {
            m.put("priority", priority);
        }
        return m;
    }

    private JsonNode open(String priority) {
        Resp r = sam.post("/v1/tickets", ticket(priority));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
        return r.json();
    }

    @Test
    void createsANewTicketWithTheCustomersFirstMessageAndAnSla() {
        String since = p.token();
        Resp r = sam.post("/v1/tickets", ticket("URGENT"));
        assertThat(r.status()).isEqualTo(201);
        JsonNode t = r.json();
        assertThat(t.path("id").asText()).startsWith("tkt_");
        assertThat(r.header("Location")).contains("/v1/tickets/" + t.path("id").asText());
        assertThat(r.etag()).isEqualTo("\"1\"");
        assertThat(t.path("status").asText()).isEqualTo("NEW");
        assertThat(t.path("messages")).singleElement().satisfies(m -> {
            assertThat(m.path("author").asText()).isEqualTo("CUSTOMER");
            assertThat(m.path("authorName").asText()).isEqualTo("Jana Zwiebelfeld");
            assertThat(m.path("body").asText()).isEqualTo("I ordered M and got S.");
        });
        Instant created = Instant.parse(t.path("createdAt").asText());
        assertThat(Duration.between(created, Instant.parse(t.path("slaDueAt").asText()))).isEqualTo(Duration.ofHours(4));
        assertThat(p.changesSince(since)).singleElement().satisfies(c -> {
            assertThat(c.path("resource").asText()).isEqualTo("ticket");
            assertThat(c.path("id").asText()).isEqualTo(t.path("id").asText());
        });

        JsonNode normal = open(null);
        assertThat(normal.path("priority").asText()).isEqualTo("NORMAL");
        assertThat(Duration.between(Instant.parse(normal.path("createdAt").asText()),
                Instant.parse(normal.path("slaDueAt").asText()))).isEqualTo(Duration.ofHours(24));
        JsonNode low = open("LOW");
        assertThat(Duration.between(Instant.parse(low.path("createdAt").asText()),
                Instant.parse(low.path("slaDueAt").asText()))).isEqualTo(Duration.ofHours(72));
    }

    @Test
    void refusesTicketsForUnknownCustomersOrSomeoneElsesOrder() {
        Map<String, Object> body = ticket(null);
        body.put("orderId", "ord_000002");
        assertThat(sam.post("/v1/tickets", body).problemFields()).containsExactly("orderId");
        body.put("orderId", "ord_nope");
        assertThat(sam.post("/v1/tickets", body).problemFields()).containsExactly("orderId");
        body = ticket(null);
        body.put("customerId", "cus_nope");
        assertThat(sam.post("/v1/tickets", body).problemFields()).containsExactly("customerId");
        body = ticket(null);
        body.put("subject", "s".repeat(10_000));
        body.put("body", "b".repeat(10_001));
        assertThat(sam.post("/v1/tickets", body).problemFields()).containsExactlyInAnyOrder("subject", "body");
        assertThat(sam.post("/v1/tickets", "{\"subject\":\"x\"").status()).isEqualTo(400);
        assertThat(sam.post("/v1/tickets", "{\"subject\":\"x\",\"priority\":\"SOON\"}").status()).isEqualTo(400);
    }

    @Test
    void walksTheStatusesAndNeverReopensAClosedTicket() {
        JsonNode t = open(null);
        String path = "/v1/tickets/" + t.path("id").asText();
        assertThat(sam.patch(path, Map.of("status", "OPEN")).status()).isEqualTo(428);

        String since = p.token();
        long v = 1;
        for (String status : List.of("OPEN", "PENDING", "SOLVED", "OPEN", "SOLVED", "CLOSED")) {
            Resp r = sam.patch(path, Map.of("status", status), "If-Match", "\"" + v + "\"");
            assertThat(r.status()).as(status + ": " + r.body()).isEqualTo(200);
            assertThat(r.json().path("status").asText()).isEqualTo(status);
            assertThat(r.etag()).isEqualTo("\"" + (++v) + "\"");
        }
        assertThat(p.changesSince(since)).extracting(c -> c.path("version").asLong())
                .containsExactly(2L, 3L, 4L, 5L, 6L, 7L);
        Resp closed = sam.patch(path, Map.of("status", "OPEN"), "If-Match", "\"" + v + "\"");
        assertThat(closed.status()).isEqualTo(422);
        assertThat(closed.problemFields()).containsExactly("status");
        assertThat(sam.post(path + "/messages", Map.of("body", "hello?")).problemFields()).containsExactly("status");

        JsonNode fresh = open(null);
        Resp skip = sam.patch("/v1/tickets/" + fresh.path("id").asText(), Map.of("status", "CLOSED"), "If-Match", "\"1\"");
        assertThat(skip.status()).isEqualTo(422);
        Resp stale = sam.patch("/v1/tickets/" + fresh.path("id").asText(), Map.of("status", "OPEN"), "If-Match", "\"4\"");
        assertThat(stale.status()).isEqualTo(412);
        assertThat(stale.json().path("currentVersion").asLong()).isEqualTo(1);
    }

    @Test
    void solvedAtIsStampedOnSolvingKeptOnClosingAndClearedOnReopening() {
        JsonNode t = open(null);
        String path = "/v1/tickets/" + t.path("id").asText();
        assertThat(t.has("solvedAt")).as("a new ticket is not solved").isFalse();
        JsonNode pending = sam.patch(path, Map.of("status", "PENDING"), "If-Match", "\"1\"").json();
        assertThat(pending.has("solvedAt")).isFalse();
        JsonNode solved = sam.patch(path, Map.of("status", "SOLVED"), "If-Match", "\"2\"").json();
        Instant first = Instant.parse(solved.path("solvedAt").asText());
        assertThat(first).isEqualTo(Instant.parse(solved.path("updatedAt").asText()));
        JsonNode reopened = sam.patch(path, Map.of("status", "OPEN"), "If-Match", "\"3\"").json();
        assertThat(reopened.has("solvedAt")).as("reopening clears it").isFalse();
        JsonNode again = sam.patch(path, Map.of("status", "SOLVED"), "If-Match", "\"4\"").json();
        Instant second = Instant.parse(again.path("solvedAt").asText());
        assertThat(second).isAfterOrEqualTo(first);
        JsonNode closed = sam.patch(path, Map.of("status", "CLOSED"), "If-Match", "\"5\"").json();
        assertThat(Instant.parse(closed.path("solvedAt").asText())).as("closing keeps when it was solved")
                .isEqualTo(second);
    }

    @Test
    void assignsOnlyAgentsAndRecomputesTheSlaOnPriority() {
        JsonNode t = open("LOW");
        String path = "/v1/tickets/" + t.path("id").asText();
        assertThat(sam.patch(path, Map.of("assigneeId", "usr_mark"), "If-Match", "\"1\"").problemFields())
                .containsExactly("assigneeId");
        assertThat(sam.patch(path, Map.of("assigneeId", "usr_nobody"), "If-Match", "\"1\"").problemFields())
                .containsExactly("assigneeId");
        Resp r = sam.patch(path, Map.of("assigneeId", "usr_sam", "priority", "HIGH", "tags", List.of("size", "size")),
                "If-Match", "\"1\"");
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.json().path("assigneeId").asText()).isEqualTo("usr_sam");
        assertThat(r.json().path("tags")).extracting(JsonNode::asText).containsExactly("size");
        assertThat(Duration.between(Instant.parse(r.json().path("createdAt").asText()),
                Instant.parse(r.json().path("slaDueAt").asText()))).isEqualTo(Duration.ofHours(8));
        assertThat(ids(sam.get("/v1/tickets?assigneeId=usr_sam"))).contains(t.path("id").asText());
        JsonNode assigneeIdValue = sam.patch(path, "{\"assigneeId\":null}", "If-Match", "\"2\"").json().path("assigneeId");
        assertThat(assigneeIdValue.isMissingNode() || assigneeIdValue.isNull()).as("unassigned").isTrue();
        assertThat(sam.patch(path, "{\"mood\":\"angry\"}", "If-Match", "\"3\"").status()).isEqualTo(400);
    }

    @Test
    void aFirstReplyOpensTheTicketAndAMacroSetsStatusAndTags() {
        JsonNode t = open(null);
        String path = "/v1/tickets/" + t.path("id").asText() + "/messages";

        Resp note = sam.post(path, Map.of("body", "Checking the warehouse", "internal", true));
        assertThat(note.status()).isEqualTo(201);
        assertThat(note.json().path("status").asText()).isEqualTo("NEW");
        assertThat(note.json().path("messages").get(1).path("internal").asBoolean()).isTrue();

        String since = p.token();
        String key = UUID.randomUUID().toString();
        Map<String, Object> reply = Map.of("body", "Could you send a photo?", "macroId", "mac_901");
        Resp r = sam.post(path, reply, "Idempotency-Key", key, "If-Match", "\"2\"");
        assertThat(r.status()).isEqualTo(201);
        assertThat(r.etag()).isEqualTo("\"3\"");
        JsonNode after = r.json();
        assertThat(after.path("status").asText()).isEqualTo("PENDING");
        assertThat(after.path("tags")).extracting(JsonNode::asText).containsExactly("waiting");
        assertThat(after.path("messages")).hasSize(3);
        assertThat(after.path("messages").get(2).path("author").asText()).isEqualTo("AGENT");
        assertThat(after.path("messages").get(2).path("authorName").asText()).isEqualTo("Sam Support");
        assertThat(after.path("messages").get(2).path("internal").asBoolean()).isFalse();

        Resp replay = sam.post(path, reply, "Idempotency-Key", key, "If-Match", "\"2\"");
        assertThat(replay.status()).isEqualTo(201);
        assertThat(replay.header("Idempotent-Replayed")).contains("true");
        assertThat(replay.body()).isEqualTo(r.body());
        assertThat(sam.post(path, Map.of("body", "other"), "Idempotency-Key", key).status()).isEqualTo(422);
        assertThat(p.changesSince(since)).singleElement()
                .satisfies(c -> assertThat(c.path("version").asLong()).isEqualTo(3));

        assertThat(sam.post(path, Map.of("body", "x".repeat(10_001))).problemFields()).containsExactly("body");
        assertThat(sam.post(path, Map.of("body", "")).problemFields()).containsExactly("body");
        assertThat(sam.post(path, Map.of("body", "x", "macroId", "mac_nope")).problemFields()).containsExactly("macroId");
        assertThat(sam.post(path, Map.of("body", "x", "macroId", "mac_903")).problemFields()).containsExactly("macroId");
        assertThat(sam.post(path, Map.of("body", "x"), "If-Match", "\"1\"").status()).isEqualTo(412);
        assertThat(sam.post("/v1/tickets/tkt_nope/messages", Map.of("body", "x")).status()).isEqualTo(404);
    }

    @Test
    void listsNewestFirstWithFiltersAndGetsOne() {
        JsonNode older = open(null);
        JsonNode newer = open(null);
        List<String> listed = ids(sam.get("/v1/tickets?customerId=cus_000001&orderId=ord_000001&status=NEW"));
        assertThat(listed.indexOf(newer.path("id").asText())).isLessThan(listed.indexOf(older.path("id").asText()));
        assertThat(sam.get("/v1/tickets?status=WAITING").problemFields()).containsExactly("status");
        Resp one = p.as("mona.manager").get("/v1/tickets/" + older.path("id").asText());
        assertThat(one.status()).isEqualTo(200);
        assertThat(one.etag()).isEqualTo("\"1\"");
        assertThat(sam.get("/v1/tickets/tkt_nope").status()).isEqualTo(404);

        JsonNode page = sam.get("/v1/tickets?limit=1").json();
        JsonNode next = sam.get("/v1/tickets?limit=1&cursor=" + page.path("nextCursor").asText()).json();
        assertThat(next.path("items").get(0).path("id").asText())
                .isNotEqualTo(page.path("items").get(0).path("id").asText());
    }

    @Test
    void listsMacros() {
        assertThat(ids(sam.get("/v1/macros"))).contains("mac_901", "mac_902", "mac_903");
    }

    private static List<String> ids(Resp r) {
        return CustomersHttpTest.ids(r);
    }
}
