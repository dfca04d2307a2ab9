package com.trendythreads.opsdesk.api.http;

import static com.trendythreads.opsdesk.api.TestSupport.clientFor;
import static com.trendythreads.opsdesk.api.TestSupport.json;
import static com.trendythreads.opsdesk.api.TestSupport.problem;
import static com.trendythreads.opsdesk.api.TestSupport.status;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.trendythreads.opsdesk.api.PlatformClient;
import com.trendythreads.opsdesk.api.TestApi;
import com.trendythreads.opsdesk.api.TestApi.Thing;
import com.trendythreads.opsdesk.api.TestSupport.RecordingSleeper;
import com.trendythreads.opsdesk.api.error.NetworkDown;
import com.trendythreads.opsdesk.api.error.RateLimited;
import com.trendythreads.opsdesk.api.error.Unavailable;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RetryInterceptorTest {

    private static final Instant NOW = Instant.parse("2025-06-01T12:00:00Z");
    private final MockWebServer server = new MockWebServer();
    private final RecordingSleeper sleeper = new RecordingSleeper();
    private PlatformClient client;
    private TestApi api;

    @BeforeEach
    void start() throws IOException {
        server.start();
        client = clientFor(server, sleeper).clock(Clock.fixed(NOW, ZoneOffset.UTC)).build();
        api = client.create(TestApi.class);
    }

    @AfterEach
    void stop() {
        client.close();
        server.close();
    }

    private static MockResponse dropAfterRequest() {
        return new MockResponse.Builder().onResponseStart(new SocketEffect.CloseSocket()).build();
    }

    @Test
    void getIsRetriedThrough503And429HonouringRetryAfterWithTheSameRequestId() throws Exception {
        server.enqueue(status(503));
        server.enqueue(problem(429, "{\"status\":429}", "Retry-After", "2"));
        String httpDate = DateTimeFormatter.RFC_1123_DATE_TIME.format(ZonedDateTime.ofInstant(NOW.plusSeconds(4), ZoneOffset.UTC));
        server.enqueue(new MockResponse.Builder().code(503).setHeader("Retry-After", httpDate).build());
        server.enqueue(json(200, "{\"id\":\"t1\",\"name\":\"Tee\",\"version\":1}"));

        assertThat(api.get("t1").name()).isEqualTo("Tee");

        assertThat(server.getRequestCount()).isEqualTo(4);
        assertThat(sleeper.waits).hasSize(3);
        assertThat(sleeper.waits.get(0)).isBetween(Duration.ZERO, Duration.ofMillis(200));
        assertThat(sleeper.waits.get(1)).isEqualTo(Duration.ofSeconds(2));
        assertThat(sleeper.waits.get(2)).isEqualTo(Duration.ofSeconds(4));
        String id = server.takeRequest().getHeaders().get("X-Request-Id");
        assertThat(id).isNotBlank();
        for (int i = 0; i < 3; i++) {
            assertThat(server.takeRequest().getHeaders().get("X-Request-Id")).isEqualTo(id);
        }
    }

    @Test
    void givesUpAfterMaxAttempts() {
        for (int i = 0; i < 4; i++) {
            server.enqueue(status(504));
        }
        assertThatThrownBy(() -> api.get("t1")).isInstanceOf(Unavailable.class);
        assertThat(server.getRequestCount()).isEqualTo(4);
        assertThat(sleeper.waits).hasSize(3);
    }

    @Test
    void retryAfterLongerThanTheCapIsHandedToTheCaller() {
        server.enqueue(problem(429, "{\"status\":429}", "Retry-After", "120"));
        RateLimited e = org.assertj.core.api.Assertions.catchThrowableOfType(RateLimited.class, () -> api.get("t1"));
        assertThat(e.retryAfter()).contains(Duration.ofSeconds(120));
        assertThat(server.getRequestCount()).isEqualTo(1);
        assertThat(sleeper.waits).isEmpty();
    }

    @Test
    void postWithoutIdempotencyKeyIsNeverRepeatedOnceItMayHaveReachedTheServer() throws Exception {
        server.enqueue(dropAfterRequest());
        server.enqueue(json(201, "{\"id\":\"t9\",\"name\":\"Hat\",\"version\":1}"));

        assertThatThrownBy(() -> api.create(null, new Thing(null, "Hat", 0))).isInstanceOf(NetworkDown.class);
        assertThat(server.getRequestCount()).isEqualTo(1);
        assertThat(sleeper.waits).isEmpty();
    }

    @Test
    void postWithoutIdempotencyKeyIsNotRetriedOn503Either() {
        server.enqueue(status(503));
        server.enqueue(json(201, "{\"id\":\"t9\",\"name\":\"Hat\",\"version\":1}"));
        assertThatThrownBy(() -> api.create(null, new Thing(null, "Hat", 0))).isInstanceOf(Unavailable.class);
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void postWithIdempotencyKeyIsRetriedWithTheSameKeyAndBody() throws Exception {
        server.enqueue(dropAfterRequest());
        server.enqueue(json(201, "{\"id\":\"t9\",\"name\":\"Hat\",\"version\":1}", "Idempotent-Replayed", "true"));

        var response = api.create("key-42", new Thing(null, "Hat", 0));

        assertThat(response.idempotentReplayed()).isTrue();
        RecordedRequest first = server.takeRequest(1, TimeUnit.SECONDS);
        RecordedRequest second = server.takeRequest(1, TimeUnit.SECONDS);
        assertThat(second.getHeaders().get("Idempotency-Key")).isEqualTo("key-42");
        assertThat(second.getBody()).isEqualTo(first.getBody());
        assertThat(second.getHeaders().get("X-Request-Id")).isEqualTo(first.getHeaders().get("X-Request-Id"));
        assertThat(sleeper.waits).hasSize(1);
    }

    @Test
    void safeToRepeatRules() {
        RequestBody body = RequestBody.create("{}", MediaType.get("application/json"));
        Request.Builder b = new Request.Builder().url("http://x/v1/a");
        assertThat(RetryInterceptor.isSafeToRepeat(b.get().build())).isTrue();
        assertThat(RetryInterceptor.isSafeToRepeat(b.put(body).build())).isTrue();
        assertThat(RetryInterceptor.isSafeToRepeat(b.delete().build())).isTrue();
        assertThat(RetryInterceptor.isSafeToRepeat(b.post(body).build())).isFalse();
        assertThat(RetryInterceptor.isSafeToRepeat(b.patch(body).build())).isFalse();
        assertThat(RetryInterceptor.isSafeToRepeat(b.patch(body).header("Idempotency-Key", "k").build())).isTrue();
        assertThat(RetryInterceptor.isSafeToRepeat(new Request.Builder().url("http://x/")
                .post(body).header("Idempotency-Key", "k").build())).isTrue();
    }

    @Test
    void backoffIsFullJitterUnderAnExponentialCeilingCappedAt5s() {
        RetryPolicy p = RetryPolicy.defaults().withRandom(new SplittableRandom(7));
        for (int retry = 0; retry < 10; retry++) {
            long ceiling = Math.min(5000, 200L << retry);
            for (int i = 0; i < 200; i++) {
                assertThat(p.backoff(retry).toMillis()).isBetween(0L, ceiling);
            }
        }
        long max = 0;
        for (int i = 0; i < 500; i++) {
            max = Math.max(max, p.backoff(6).toMillis());
        }
        assertThat(max).as("jitter spreads up to the cap").isGreaterThan(4000);
    }

    @Test
    void retryAfterParsesSecondsAndHttpDates() {
        assertThat(RetryAfter.parse("7", NOW)).contains(Duration.ofSeconds(7));
        assertThat(RetryAfter.parse("Sun, 01 Jun 2025 12:00:30 GMT", NOW)).contains(Duration.ofSeconds(30));
        assertThat(RetryAfter.parse("Sun, 01 Jun 2025 11:00:00 GMT", NOW)).contains(Duration.ZERO);
        assertThat(RetryAfter.parse("soon", NOW)).isEmpty();
        assertThat(RetryAfter.parse(null, NOW)).isEmpty();
    }
}
