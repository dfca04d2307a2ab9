package com.trendythreads.opsdesk.api;

import com.trendythreads.opsdesk.api.http.RetryPolicy;
import com.trendythreads.opsdesk.api.http.Sleeper;
import java.time.Duration;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.CopyOnWriteArrayList;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import okhttp3.Headers;

/// Shared fixtures: a client on a MockWebServer whose retries record their waits instead of
/// sleeping, and response shortcuts.
public final class TestSupport {

    private TestSupport() {
    }

    /// Records requested waits; sleeps not at all.
    public static final class RecordingSleeper implements Sleeper {
        public final List<Duration> waits = new CopyOnWriteArrayList<>();

        @Override
        public void sleep(Duration duration) {
            waits.add(duration);
        }
    }

    public static PlatformClient.Builder clientFor(MockWebServer server, Sleeper sleeper) {
        return PlatformClient.builder()
                .baseUrl(server.url("/"))
                .appVersion("9.9.9-test")
                .sleeper(sleeper)
                .timeouts(Duration.ofSeconds(2), Duration.ofSeconds(5), Duration.ofSeconds(10))
                .retryPolicy(RetryPolicy.defaults().withRandom(new SplittableRandom(42)));
    }

    public static MockResponse json(int code, String body) {
        return new MockResponse.Builder().code(code).setHeader("Content-Type", "application/json").body(body).build();
    }

    public static MockResponse json(int code, String body, String... headers) {
        MockResponse.Builder b = new MockResponse.Builder().code(code).setHeader("Content-Type", "application/json")
                .body(body);
        for (int i = 0; i < headers.length; i += 2) {
            b.setHeader(headers[i], headers[i + 1]);
        }
        return b.build();
    }

    public static MockResponse problem(int code, String body, String... headers) {
        MockResponse.Builder b = new MockResponse.Builder().code(code)
                .setHeader("Content-Type", "application/problem+json").body(body);
        for (int i = 0; i < headers.length; i += 2) {
            b.setHeader(headers[i], headers[i + 1]);
        }
        return b.build();
    }

    public static MockResponse status(int code) {
        return new MockResponse(code, Headers.of(), "");
    }
}
