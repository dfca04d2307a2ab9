package com.trendythreads.opsdesk.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.trendythreads.opsdesk.platform.http.HandlerRegistry;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ProblemsTest {

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

    static void assertProblem(HttpResponse<String> r, int status, String slug) {
        assertThat(r.statusCode()).isEqualTo(status);
        assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(ct -> assertThat(ct).startsWith("application/problem+json"));
        JsonNode body = TestPlatform.json(r);
        assertThat(body.get("type").asText()).isEqualTo("https://api.trendythreads.example/problems/" + slug);
        assertThat(body.get("status").asInt()).isEqualTo(status);
        assertThat(body.get("title").asText()).isNotBlank();
        assertThat(body.get("instance").asText()).isEqualTo(r.uri().getPath());
        assertThat(body.get("requestId").asText()).isEqualTo(r.headers().firstValue("X-Request-Id").orElseThrow());
        assertThat(body.get("errors").isArray()).isTrue();
    }

    @Test
    void malformedJsonIs400NamingThePosition() {
        HttpResponse<String> r = p.send("POST", "/v1/widgets", mia, "{\"name\": \"x\",\n \"color\": }", "Idempotency-Key", "k1");
        assertProblem(r, 400, "malformed-json");
        assertThat(TestPlatform.json(r).get("detail").asText()).contains("line 2, column");
    }

    @Test
    void wronglyTypedOrUnknownFieldIs400NamingTheField() {
        HttpResponse<String> r = p.send("POST", "/v1/widgets", mia, "{\"name\": {\"a\": 1}}", "Idempotency-Key", "k2");
        assertProblem(r, 400, "malformed-json");
        assertThat(TestPlatform.json(r).at("/errors/0/field").asText()).isEqualTo("name");

        HttpResponse<String> unknown = p.send("POST", "/v1/widgets", mia, "{\"name\": \"a\", \"colour\": \"red\"}", "Idempotency-Key", "k3");
        assertProblem(unknown, 400, "malformed-json");
        assertThat(TestPlatform.json(unknown).get("detail").asText()).contains("colour");
    }

    @Test
    void anEmptyNullOrNonObjectBodyIs400NamingTheDocument() {
        int n = 0;
        for (String body : new String[] {"", "  ", "null", "[]", "[{\"name\": \"x\"}]", "42", "\"text\"", "true"}) {
            HttpResponse<String> r = p.send("POST", "/v1/widgets", mia, body, "Idempotency-Key", "body-" + n++);
            assertProblem(r, 400, "malformed-json");
            assertThat(TestPlatform.json(r).at("/errors/0/field").asText()).as("body '%s'", body).isEqualTo("$");
        }
        HttpResponse<String> trailing = p.send("POST", "/v1/widgets", mia, "{\"name\": \"x\"} {}", "Idempotency-Key", "body-t");
        assertProblem(trailing, 400, "malformed-json");
        assertThat(TestPlatform.json(trailing).get("errors")).isNotEmpty();
    }

    @Test
    void aNumberWhereTheContractSaysStringIs400() {
        HttpResponse<String> r = p.send("POST", "/v1/widgets", mia, "{\"name\": 5}", "Idempotency-Key", "k-coerce");
        assertProblem(r, 400, "malformed-json");
        assertThat(TestPlatform.json(r).at("/errors/0/field").asText()).isEqualTo("name");
    }

    @Test
    void semanticValidationIs422WithEveryFieldError() {
        HttpResponse<String> r = p.send("POST", "/v1/widgets", mia, "{\"name\": \"\", \"color\": \"Red!\"}", "Idempotency-Key", "k4");
        assertProblem(r, 422, "validation-failed");
        JsonNode errors = TestPlatform.json(r).get("errors");
        assertThat(errors).hasSize(2);
        assertThat(errors.get(0).get("field").asText()).isEqualTo("name");
        assertThat(errors.get(1).get("field").asText()).isEqualTo("color");
    }

    @Test
    void unknownQueryEnumValueIs400NamingTheParameter() {
        HttpResponse<String> r = p.get("/v1/widgets?status=shiny", mia);
        assertProblem(r, 400, "invalid-parameter");
        JsonNode body = TestPlatform.json(r);
        assertThat(body.at("/errors/0/field").asText()).isEqualTo("status");
        assertThat(body.get("detail").asText()).contains("status").contains("active, archived");
        assertProblem(p.get("/v1/widgets?limit=0", mia), 400, "invalid-parameter");
        assertThat(p.get("/v1/widgets?status=archived", mia).statusCode()).isEqualTo(200);
    }

    @Test
    void unexpectedExceptionIs500WithRequestIdAndNoInternals() {
        HttpResponse<String> r = p.get("/v1/boom", mia);
        assertProblem(r, 500, "internal-error");
        assertThat(r.body()).doesNotContain("kaboom").doesNotContain("IllegalStateException").doesNotContain("at com.");
        assertThat(TestPlatform.json(r).get("detail").asText()).contains(TestPlatform.json(r).get("requestId").asText());
    }

    @Test
    void requestIdIsEchoedOrGenerated() {
        HttpResponse<String> given = p.get("/v1/me", mia, "X-Request-Id", "client-123");
        assertThat(given.headers().firstValue("X-Request-Id")).hasValue("client-123");
        HttpResponse<String> onError = p.get("/v1/me", null, "X-Request-Id", "client-456");
        assertThat(onError.headers().firstValue("X-Request-Id")).hasValue("client-456");
        assertThat(TestPlatform.json(onError).get("requestId").asText()).isEqualTo("client-456");
        HttpResponse<String> generated = p.get("/v1/me", mia);
        assertThat(generated.headers().firstValue("X-Request-Id")).hasValueSatisfying(id -> assertThat(id).startsWith("req_"));
        HttpResponse<String> insane = p.get("/v1/me", mia, "X-Request-Id", "x".repeat(101));
        assertThat(insane.headers().firstValue("X-Request-Id")).hasValueSatisfying(id -> assertThat(id).startsWith("req_"));
    }

    @Test
    void specOperationWithoutHandlerIs501AndIsReported() {
        assertProblem(p.get("/v1/later", mia), 501, "not-implemented");
        assertThat(p.platform.unhandledOperations()).containsExactly("notYetImplemented");
    }

    @Test
    void unknownPathIs404Problem() {
        assertProblem(p.get("/v1/nothing-here", mia), 404, "not-found");
    }

    @Test
    void missingIdempotencyKeyIs400NamingTheHeader() {
        HttpResponse<String> r = p.send("POST", "/v1/widgets", mia, "{\"name\": \"x\"}");
        assertProblem(r, 400, "missing-header");
        assertThat(TestPlatform.json(r).at("/errors/0/field").asText()).isEqualTo("Idempotency-Key");
    }

    @Test
    void handlerForAnOperationIdNotInTheContractFailsStartup() {
        DomainModule rogue = m -> m.handlers().handle("deleteEverything", ctx -> {});
        assertThatThrownBy(() -> DemoPlatform.start(PlatformConfig.builder().inMemoryDatabase()
                        .specResource("test-openapi.yaml").passwordIterations(1000).modules(List.of(rogue)).build()))
                .hasStackTraceContaining("deleteEverything");
    }

    @Test
    void duplicateHandlerRegistrationFailsAtOnce() {
        HandlerRegistry registry = new HandlerRegistry().handle("getMe", ctx -> {});
        assertThatThrownBy(() -> registry.handle("getMe", ctx -> {})).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void writeWithoutReadPolicyFails() {
        DomainModule noPolicy = new DomainModule() {
            @Override
            public void register(ModuleContext m) {
                m.handlers().handle("explode", ctx -> m.writes().execute(ctx, tx -> {
                    tx.recordChange("unregistered", UUID.randomUUID().toString(), com.trendythreads.opsdesk.platform.changes.ChangeOp.UPSERT, 1, null);
                    return com.trendythreads.opsdesk.platform.writes.WriteResult.noContent();
                }));
            }
        };
        try (TestPlatform other = new TestPlatform(b -> b.modules(List.of(noPolicy)))) {
            HttpResponse<String> r = other.get("/v1/boom", other.token("mia.merch"));
            assertThat(r.statusCode()).isEqualTo(500);
            assertThat(other.platform.changes().currentChangeToken()).isEqualTo("0");
        }
    }
}
