package com.trendythreads.opsdesk.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

class RateLimitTest {

    @Test
    void overTheBucketIs429WithRetryAfterPerAccessToken() {
        try (TestPlatform p = new TestPlatform(b -> b.rateLimit(0.5, 3))) {
            String mia = p.token("mia.merch");
            for (int i = 0; i < 3; i++) assertThat(p.get("/v1/me", mia).statusCode()).isEqualTo(200);
            HttpResponse<String> limited = p.get("/v1/me", mia);
            ProblemsTest.assertProblem(limited, 429, "rate-limited");
            // One token refills in 2 s at 0.5/s.
            assertThat(limited.headers().firstValue("Retry-After")).hasValueSatisfying(v ->
                    assertThat(Integer.parseInt(v)).isBetween(1, 2));
            // Another access token has its own bucket.
            assertThat(p.get("/v1/me", p.token("mia.merch")).statusCode()).isEqualTo(200);
        }
    }
}
