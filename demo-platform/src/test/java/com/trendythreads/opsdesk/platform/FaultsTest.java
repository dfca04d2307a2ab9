package com.trendythreads.opsdesk.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class FaultsTest {

    static TestPlatform p;
    static String mia;

    @BeforeAll
    static void start() {
        p = new TestPlatform();
        mia = p.token("mia.merch");
    }

    @AfterEach
    void reset() {
        assertThat(p.send("POST", "/admin/reset-faults", null, null).statusCode()).isEqualTo(200);
    }

    @AfterAll
    static void stop() {
        p.close();
    }

    static void setFaults(String json) {
        HttpResponse<String> r = p.send("PUT", "/admin/faults", null, json);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    }

    @Test
    void faultsAreReadableAndValidated() {
        setFaults("{\"latencyMs\": 5, \"errorRate\": 0.25, \"errorStatus\": 503, \"seed\": 42}");
        JsonNode current = TestPlatform.json(p.get("/admin/faults", null));
        assertThat(current.get("latencyMs").asLong()).isEqualTo(5);
        assertThat(current.get("errorRate").asDouble()).isEqualTo(0.25);
        assertThat(current.get("errorStatus").asInt()).isEqualTo(503);

        HttpResponse<String> bad = p.send("PUT", "/admin/faults", null, "{\"errorRate\": 2, \"errorStatus\": 404}");
        ProblemsTest.assertProblem(bad, 422, "validation-failed");
        assertThat(TestPlatform.json(bad).get("errors")).hasSize(2);
    }

    @Test
    void failNextFailsExactlyCountRequestsUnderThePrefix() {
        setFaults("{\"failNext\": {\"count\": 2, \"status\": 503, \"pathPrefix\": \"/v1/widgets\"}}");
        assertThat(p.get("/v1/me", mia).statusCode()).isEqualTo(200);
        HttpResponse<String> first = p.get("/v1/widgets", mia);
        ProblemsTest.assertProblem(first, 503, "service-unavailable");
        assertThat(first.headers().firstValue("Retry-After")).hasValue("1");
        assertThat(p.get("/v1/widgets", mia).statusCode()).isEqualTo(503);
        assertThat(p.get("/v1/widgets", mia).statusCode()).isEqualTo(200);
    }

    @Test
    void dropNextClosesTheConnectionWithoutAResponse() {
        // A POST: java.net.http silently retries an idempotent GET once when its connection closes early.
        setFaults("{\"dropNext\": {\"count\": 1, \"pathPrefix\": \"/v1/widgets\"}}");
        assertThatThrownBy(() -> p.send("POST", "/v1/widgets", mia, "{\"name\":\"dropped\"}", "Idempotency-Key", "drop-1"))
                .isInstanceOf(UncheckedIOException.class);
        assertThat(p.send("POST", "/v1/widgets", mia, "{\"name\":\"dropped\"}", "Idempotency-Key", "drop-1").statusCode())
                .isEqualTo(201);
        int rows = p.platform.database().jdbi().withHandle(h ->
                h.createQuery("SELECT COUNT(*) FROM test_widgets WHERE name = 'dropped'").mapTo(Integer.class).one());
        assertThat(rows).isEqualTo(1);
    }

    @Test
    void errorRateOneFailsEveryV1RequestButNotAdminOrLogin() {
        setFaults("{\"errorRate\": 1.0, \"errorStatus\": 500}");
        HttpResponse<String> r = p.get("/v1/me", mia);
        ProblemsTest.assertProblem(r, 500, "internal-error");
        assertThat(TestPlatform.json(r).get("injected").asBoolean()).isTrue();
        assertThat(p.login("ada.admin").get("access_token").asText()).isNotEmpty();
        assertThat(p.get("/admin/faults", null).statusCode()).isEqualTo(200);
    }

    @Test
    void dropRateOneDropsEveryV1Request() {
        setFaults("{\"dropRate\": 1.0}");
        assertThatThrownBy(() -> p.get("/v1/me", mia)).isInstanceOf(UncheckedIOException.class);
    }

    @Test
    void malformedRateOneGarblesTheJsonBodyOfA200() {
        setFaults("{\"malformedRate\": 1.0}");
        HttpResponse<String> r = p.get("/v1/me", mia);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(ct -> assertThat(ct).startsWith("application/json"));
        assertThatThrownBy(() -> TestPlatform.JSON.readTree(r.body())).isInstanceOf(Exception.class);
    }

    @Test
    void rateLimitBurstGives429ToTheNextNRequests() {
        setFaults("{\"rateLimitBurst\": 2}");
        for (int i = 0; i < 2; i++) {
            HttpResponse<String> r = p.get("/v1/me", mia);
            ProblemsTest.assertProblem(r, 429, "rate-limited");
            assertThat(r.headers().firstValue("Retry-After")).hasValue("1");
        }
        assertThat(p.get("/v1/me", mia).statusCode()).isEqualTo(200);
    }

    @Test
    void latencyDelaysRequests() {
        setFaults("{\"latencyMs\": 300}");
        long start = System.nanoTime();
        assertThat(p.get("/v1/me", mia).statusCode()).isEqualTo(200);
        assertThat((System.nanoTime() - start) / 1_000_000).isGreaterThanOrEqualTo(300);
    }

    @Test
    void seededRandomFaultsAreReproducible() {
        String config = "{\"errorRate\": 0.5, \"seed\": 7}";
        StringBuilder first = new StringBuilder(), second = new StringBuilder();
        setFaults(config);
        for (int i = 0; i < 20; i++) first.append(p.get("/v1/me", mia).statusCode() == 200 ? '.' : 'x');
        setFaults(config);
        for (int i = 0; i < 20; i++) second.append(p.get("/v1/me", mia).statusCode() == 200 ? '.' : 'x');
        assertThat(first.toString()).isEqualTo(second.toString()).contains(".").contains("x");
    }

    @Test
    void failNextCanTargetLoginWhenThePrefixSaysSo() {
        setFaults("{\"failNext\": {\"count\": 1, \"status\": 500, \"pathPrefix\": \"/oauth/token\"}}");
        HttpResponse<String> r = p.form("/oauth/token", java.util.Map.of("grant_type", "password", "username", "mia.merch", "password", "demo"));
        assertThat(r.statusCode()).isEqualTo(500);
        assertThat(p.login("mia.merch").get("access_token").isTextual()).isTrue();
    }
}
