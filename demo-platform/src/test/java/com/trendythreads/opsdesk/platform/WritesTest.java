package com.trendythreads.opsdesk.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class WritesTest {

    static TestPlatform p;
    static String mia;

    @BeforeAll
    static void start() {
        p = new TestPlatform();
        mia = p.token("mia.merch");
    }

    @AfterAll
    static void stop() {
        p.close();
    }

    static int widgetRows(String name) {
        return p.platform.database().jdbi().withHandle(h ->
                h.createQuery("SELECT COUNT(*) FROM test_widgets WHERE name = :n").bind("n", name).mapTo(Integer.class).one());
    }

    @Test
    void sameKeyTwiceHasOneEffectAndReplaysTheFirstAnswer() {
        String key = UUID.randomUUID().toString();
        String body = "{\"name\":\"idem-1\"}";
        HttpResponse<String> first = p.send("POST", "/v1/widgets", mia, body, "Idempotency-Key", key);
        HttpResponse<String> again = p.send("POST", "/v1/widgets", mia, body, "Idempotency-Key", key);
        assertThat(first.statusCode()).isEqualTo(201);
        assertThat(first.headers().firstValue("Idempotent-Replayed")).isEmpty();
        assertThat(again.statusCode()).isEqualTo(201);
        assertThat(again.headers().firstValue("Idempotent-Replayed")).hasValue("true");
        assertThat(again.body()).isEqualTo(first.body());
        assertThat(again.headers().firstValue("ETag")).isEqualTo(first.headers().firstValue("ETag")).hasValue("\"1\"");
        assertThat(again.headers().firstValue("Location")).isEqualTo(first.headers().firstValue("Location"));
        assertThat(widgetRows("idem-1")).isEqualTo(1);
    }

    @Test
    void sameKeyWithAnotherBodyIs422() {
        String key = UUID.randomUUID().toString();
        assertThat(p.send("POST", "/v1/widgets", mia, "{\"name\":\"idem-2\"}", "Idempotency-Key", key).statusCode()).isEqualTo(201);
        HttpResponse<String> other = p.send("POST", "/v1/widgets", mia, "{\"name\":\"idem-2b\"}", "Idempotency-Key", key);
        ProblemsTest.assertProblem(other, 422, "idempotency-key-reused");
        assertThat(widgetRows("idem-2b")).isZero();
    }

    @Test
    void keysAreScopedPerUser() {
        String key = UUID.randomUUID().toString();
        String body = "{\"name\":\"idem-3\"}";
        assertThat(p.send("POST", "/v1/widgets", mia, body, "Idempotency-Key", key).statusCode()).isEqualTo(201);
        HttpResponse<String> ada = p.send("POST", "/v1/widgets", p.token("ada.admin"), body, "Idempotency-Key", key);
        assertThat(ada.statusCode()).isEqualTo(201);
        assertThat(ada.headers().firstValue("Idempotent-Replayed")).isEmpty();
        assertThat(widgetRows("idem-3")).isEqualTo(2);
    }

    @Test
    void concurrentRequestsWithOneKeyHaveOneEffect() throws Exception {
        String key = UUID.randomUUID().toString();
        String body = "{\"name\":\"idem-4\"}";
        List<Callable<HttpResponse<String>>> calls = new ArrayList<>();
        for (int i = 0; i < 8; i++) calls.add(() -> p.send("POST", "/v1/widgets", mia, body, "Idempotency-Key", key));
        List<HttpResponse<String>> responses = new ArrayList<>();
        try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
            for (Future<HttpResponse<String>> f : pool.invokeAll(calls)) responses.add(f.get());
        }
        assertThat(responses).allSatisfy(r -> assertThat(r.statusCode()).isEqualTo(201));
        assertThat(responses).extracting(HttpResponse::body).containsOnly(responses.getFirst().body());
        assertThat(responses.stream().filter(r -> r.headers().firstValue("Idempotent-Replayed").isPresent())).hasSize(7);
        assertThat(widgetRows("idem-4")).isEqualTo(1);
    }

    @Test
    void failedWriteStoresNothingSoTheKeyCanBeRetried() {
        String key = UUID.randomUUID().toString();
        JsonNode w = p.createWidget(mia, "retry-me");
        String path = "/v1/widgets/" + w.get("id").asText();
        HttpResponse<String> stale = p.send("PATCH", path, mia, "{\"name\":\"retried\"}", "Idempotency-Key", key, "If-Match", "\"7\"");
        assertThat(stale.statusCode()).isEqualTo(412);
        HttpResponse<String> fixed = p.send("PATCH", path, mia, "{\"name\":\"retried\"}", "Idempotency-Key", key, "If-Match", "\"1\"");
        assertThat(fixed.statusCode()).isEqualTo(200);
    }

    @Test
    void patchWithoutIfMatchIs428() {
        JsonNode w = p.createWidget(mia, "etag-1");
        HttpResponse<String> r = p.send("PATCH", "/v1/widgets/" + w.get("id").asText(), mia, "{\"name\":\"x\"}",
                "Idempotency-Key", UUID.randomUUID().toString());
        ProblemsTest.assertProblem(r, 428, "precondition-required");
    }

    @Test
    void staleIfMatchIs412WithCurrentVersionAndResource() {
        JsonNode w = p.createWidget(mia, "etag-2");
        String path = "/v1/widgets/" + w.get("id").asText();
        HttpResponse<String> ok = p.send("PATCH", path, mia, "{\"color\":\"blue\"}", "Idempotency-Key", UUID.randomUUID().toString(), "If-Match", "\"1\"");
        assertThat(ok.statusCode()).isEqualTo(200);
        assertThat(ok.headers().firstValue("ETag")).hasValue("\"2\"");

        HttpResponse<String> stale = p.send("PATCH", path, mia, "{\"color\":\"red\"}", "Idempotency-Key", UUID.randomUUID().toString(), "If-Match", "\"1\"");
        ProblemsTest.assertProblem(stale, 412, "precondition-failed");
        JsonNode problem = TestPlatform.json(stale);
        assertThat(problem.get("currentVersion").asLong()).isEqualTo(2);
        assertThat(problem.at("/current/color").asText()).isEqualTo("blue");
        assertThat(problem.at("/current/version").asLong()).isEqualTo(2);

        HttpResponse<String> get = p.get(path, mia);
        assertThat(get.headers().firstValue("ETag")).hasValue("\"2\"");
        assertThat(TestPlatform.json(get).get("color").asText()).isEqualTo("blue");
    }
}
