package com.trendythreads.opsdesk.api.http;

import static com.trendythreads.opsdesk.api.TestSupport.clientFor;
import static com.trendythreads.opsdesk.api.TestSupport.json;
import static com.trendythreads.opsdesk.api.TestSupport.problem;
import static com.trendythreads.opsdesk.api.TestSupport.status;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.trendythreads.opsdesk.api.ApiResponse;
import com.trendythreads.opsdesk.api.Batch;
import com.trendythreads.opsdesk.api.Json;
import com.trendythreads.opsdesk.api.PlatformClient;
import com.trendythreads.opsdesk.api.TestApi;
import com.trendythreads.opsdesk.api.TestApi.Thing;
import com.trendythreads.opsdesk.api.TestSupport.RecordingSleeper;
import com.trendythreads.opsdesk.api.Versioned;
import com.trendythreads.opsdesk.api.error.Conflict;
import com.trendythreads.opsdesk.api.error.FieldError;
import com.trendythreads.opsdesk.api.error.Forbidden;
import com.trendythreads.opsdesk.api.error.MalformedResponse;
import com.trendythreads.opsdesk.api.error.NetworkDown;
import com.trendythreads.opsdesk.api.error.NotFound;
import com.trendythreads.opsdesk.api.error.PreconditionFailed;
import com.trendythreads.opsdesk.api.error.PreconditionRequired;
import com.trendythreads.opsdesk.api.error.RateLimited;
import com.trendythreads.opsdesk.api.error.ServerError;
import com.trendythreads.opsdesk.api.error.Unavailable;
import com.trendythreads.opsdesk.api.error.UnexpectedStatus;
import com.trendythreads.opsdesk.api.error.ValidationProblem;
import com.trendythreads.opsdesk.api.service.ResourcesApi;
import java.io.IOException;
import java.net.ConnectException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import retrofit2.Response;

class CallAdapterAndErrorsTest {

    private final MockWebServer server = new MockWebServer();
    private PlatformClient client;
    private TestApi api;

    @BeforeEach
    void start() throws IOException {
        server.start();
        client = clientFor(server, new RecordingSleeper()).retryPolicy(RetryPolicy.none()).build();
        api = client.create(TestApi.class);
    }

    @AfterEach
    void stop() {
        client.close();
        server.close();
    }

    @Test
    void plainBodyVersionedAndResponseShapes() throws Exception {
        server.enqueue(json(200, "{\"id\":\"t1\",\"name\":\"Tee\",\"version\":3,\"addedLater\":true}"));
        assertThat(api.get("t1")).isEqualTo(new Thing("t1", "Tee", 3));

        server.enqueue(json(200, "{\"id\":\"t1\",\"name\":\"Tee\",\"version\":3}", "ETag", "\"3\""));
        Versioned<Thing> v = api.getVersioned("t1");
        assertThat(v.version()).isEqualTo(3);
        assertThat(v.ifMatch()).isEqualTo("\"3\"");
        assertThat(v.body().name()).isEqualTo("Tee");

        server.enqueue(json(201, "{\"id\":\"t2\",\"name\":\"Hat\",\"version\":1}",
                "Idempotent-Replayed", "true", "ETag", "\"1\""));
        ApiResponse<Thing> created = api.create("key-1", new Thing(null, "Hat", 0));
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.idempotentReplayed()).isTrue();
        assertThat(created.version()).hasValue(1);
        assertThat(created.body().id()).isEqualTo("t2");

        server.enqueue(status(204));
        assertThat(api.delete("t2", "\"1\"", "key-2")).isNull();

        server.enqueue(status(200));
        assertThat(api.head("t2")).isNull();

        server.enqueue(json(200, "{\"id\":\"t1\",\"name\":\"Tee\",\"version\":3}"));
        Response<Thing> viaCall = api.getCall("t1").execute();
        assertThat(viaCall.body().name()).isEqualTo("Tee");
    }

    @Test
    void requestBodiesLeaveNullsOutSoAPatchCannotClearFieldsByAccident() throws Exception {
        server.enqueue(json(200, "{\"id\":\"t1\",\"name\":\"New\",\"version\":4}", "ETag", "\"4\""));
        api.patch("t1", "\"3\"", "key-3", new TestApi.ThingPatch("New", null));
        RecordedRequest recorded = server.takeRequest();
        assertThat(recorded.getBody().utf8()).isEqualTo("{\"name\":\"New\"}");
        assertThat(recorded.getHeaders().get("If-Match")).isEqualTo("\"3\"");
        assertThat(recorded.getHeaders().get("Idempotency-Key")).isEqualTo("key-3");
    }

    @Test
    void junkSuccessBodyIsMalformedResponseNotAJacksonException() {
        server.enqueue(new MockResponse.Builder().code(200).setHeader("Content-Type", "application/json")
                .setHeader("X-Request-Id", "rid-junk").body("<html>oops</html>").build());
        MalformedResponse e = catchThrowableOfType(MalformedResponse.class, () -> api.get("t1"));
        assertThat(e.status()).isEqualTo(200);
        assertThat(e.requestId()).isEqualTo("rid-junk");
        assertThat(e.method()).isEqualTo("GET");
        assertThat(e.path()).isEqualTo("/v1/things/t1");

        server.enqueue(json(200, "{\"id\":\"t1\",\"name\":"));
        assertThatThrownBy(() -> api.get("t1")).isInstanceOf(MalformedResponse.class);

        server.enqueue(json(200, ""));
        assertThatThrownBy(() -> api.get("t1")).isInstanceOf(MalformedResponse.class);

        server.enqueue(json(200, "{\"id\":\"t1\",\"name\":\"Tee\",\"version\":3}"));
        assertThatThrownBy(() -> api.getVersioned("t1")).isInstanceOf(MalformedResponse.class)
                .hasMessageContaining("ETag");
    }

    @Test
    void htmlErrorPagesStillMapByStatus() {
        server.enqueue(new MockResponse.Builder().code(500).setHeader("Content-Type", "text/html")
                .body("<html><body>Internal Server Error</body></html>").build());
        ServerError e = catchThrowableOfType(ServerError.class, () -> api.get("t1"));
        assertThat(e.status()).isEqualTo(500);
        assertThat(e.body()).isNull();
        assertThat(e.requestId()).as("the id we sent").isNotBlank();

        server.enqueue(new MockResponse.Builder().code(502).body("<html>Bad Gateway</html>").build());
        assertThatThrownBy(() -> api.get("t1")).isInstanceOf(Unavailable.class);
        server.enqueue(status(405));
        assertThatThrownBy(() -> api.get("t1")).isInstanceOf(UnexpectedStatus.class);
    }

    @Test
    void validationProblemNamesTheFields() {
        server.enqueue(problem(422, """
                {"type":"https://errors.trendythreads.example/validation","title":"Invalid input","status":422,
                 "detail":"2 fields are invalid","instance":"/v1/things","requestId":"rid-422",
                 "errors":[{"field":"name","message":"must not be blank"},
                           {"field":"priceCents","message":"must be >= 0"}]}
                """));
        ValidationProblem e = catchThrowableOfType(ValidationProblem.class,
                () -> api.create("k", new Thing(null, "", 0)));
        assertThat(e.fieldErrors()).extracting(FieldError::field).containsExactly("name", "priceCents");
        assertThat(e.getMessage()).contains("name (must not be blank)", "priceCents (must be >= 0)", "POST /v1/things");
        assertThat(e.requestId()).isEqualTo("rid-422");
        assertThat(e.title()).isEqualTo("Invalid input");

        server.enqueue(problem(400, "{\"title\":\"Bad Request\",\"status\":400,\"detail\":\"limit out of range\"}"));
        assertThatThrownBy(() -> api.list(null, 9999)).isInstanceOf(ValidationProblem.class)
                .hasMessageContaining("limit out of range");
    }

    @Test
    void preconditionFailedCarriesTheCurrentResource() {
        server.enqueue(problem(412, """
                {"title":"Precondition Failed","status":412,"detail":"version is 7","currentVersion":7,
                 "current":{"id":"t1","name":"Theirs","version":7}}
                """));
        PreconditionFailed e = catchThrowableOfType(PreconditionFailed.class,
                () -> api.patch("t1", "\"5\"", "k", new TestApi.ThingPatch("Mine", null)));
        assertThat(e.currentVersion()).hasValue(7);
        assertThat(e.current().get("name").asText()).isEqualTo("Theirs");

        server.enqueue(problem(428, "{\"title\":\"Precondition Required\",\"status\":428}"));
        assertThatThrownBy(() -> api.patch("t1", null, "k", new TestApi.ThingPatch("x", null)))
                .isInstanceOf(PreconditionRequired.class);
    }

    @Test
    void otherStatusesMapToTheirTypes() {
        server.enqueue(problem(409, """
                {"title":"Conflict","status":409,"detail":"line already confirmed","confirmedBy":"walt.warehouse"}
                """));
        Conflict c = catchThrowableOfType(Conflict.class, () -> api.get("t1"));
        assertThat(c.body().get("confirmedBy").asText()).isEqualTo("walt.warehouse");

        server.enqueue(problem(403, "{\"title\":\"Forbidden\",\"status\":403}"));
        assertThatThrownBy(() -> api.get("t1")).isInstanceOf(Forbidden.class);
        server.enqueue(problem(404, "{\"title\":\"Not Found\",\"status\":404}"));
        assertThatThrownBy(() -> api.get("t1")).isInstanceOf(NotFound.class);
        server.enqueue(problem(429, "{\"title\":\"Too Many Requests\",\"status\":429}", "Retry-After", "3"));
        RateLimited r = catchThrowableOfType(RateLimited.class, () -> api.get("t1"));
        assertThat(r.retryAfter()).contains(Duration.ofSeconds(3));
        assertThat(r.isTransient()).isTrue();
        server.enqueue(problem(503, "{\"status\":503,\"title\":\"Service Unavailable\"}"));
        assertThatThrownBy(() -> api.get("t1")).isInstanceOf(Unavailable.class);
    }

    @Test
    void connectionRefusedIsNetworkDownWithTheRequestId() throws IOException {
        int freePort;
        try (ServerSocket s = new ServerSocket(0)) {
            freePort = s.getLocalPort();
        }
        RecordingSleeper sleeper = new RecordingSleeper();
        try (PlatformClient offline = PlatformClient.builder().baseUrl("http://127.0.0.1:" + freePort + "/")
                .sleeper(sleeper).build()) {
            NetworkDown e = catchThrowableOfType(NetworkDown.class, () -> offline.create(TestApi.class).get("t1"));
            assertThat(e.getCause()).isInstanceOf(ConnectException.class);
            assertThat(e.requestId()).isNotBlank();
            assertThat(e.path()).isEqualTo("/v1/things/t1");
            assertThat(e.isTransient()).isTrue();
            assertThat(sleeper.waits).as("retried 3 times before giving up").hasSize(3);
        }
    }

    /// Each slot of a batch answer becomes what the single call would have returned or thrown (the shapes the
    /// platform produces are covered against the real one in offline-cache's BatchPushTest); a batch answer
    /// that does not hold one slot per item is garbled, which only a broken proxy or platform can produce.
    @Test
    void batchSlotsBecomeResponsesOrTypedProblemsAndAShortAnswerIsMalformed() {
        var resources = client.create(ResourcesApi.class);
        var mapper = Json.mapper();
        var items = List.of(
                new Batch.Item("PATCH", "v1/things/t1", "\"3\"", "k1",
                        mapper.createObjectNode().put("name", "Tee")),
                new Batch.Item("PATCH", "v1/things/t2", "\"1\"", "k2",
                        mapper.createObjectNode().put("name", "Hat")));
        server.enqueue(json(200, """
                {"responses":[{"status":200,"etag":"\\"4\\"","replayed":true,"body":{"id":"t1","version":4}},
                  {"status":412,"body":{"type":"https://api.trendythreads.example/problems/precondition-failed",
                   "title":"Precondition failed","status":412,"currentVersion":2,"current":{"id":"t2","version":2}}}]}""",
                "X-Request-Id", "req-b"));
        var answers = resources.batch(new Batch.Request(items));

        assertThat(answers.get(0).accepted()).isTrue();
        assertThat(answers.get(0).response().version()).hasValue(4);
        assertThat(answers.get(0).response().idempotentReplayed()).isTrue();
        assertThat(answers.get(1).problem()).isInstanceOfSatisfying(PreconditionFailed.class, p -> {
            assertThat(p.current().path("version").asLong()).isEqualTo(2);
            assertThat(p.path()).isEqualTo("/v1/things/t2");
            assertThat(p.requestId()).isEqualTo("req-b");
        });

        server.enqueue(json(200, "{\"responses\":[{\"status\":200,\"body\":{}}]}"));
        assertThatThrownBy(() -> resources.batch(new Batch.Request(items)))
                .isInstanceOf(MalformedResponse.class);
    }
}
