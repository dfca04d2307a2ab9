package com.trendythreads.opsdesk.api.error;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.Optional;

/// 429: over the rate limit. The HTTP stack already waited and retried where it was safe and the
/// wait was short; [#retryAfter()] says how long the platform asked to wait.
public final class RateLimited extends ApiProblem {

    private final Duration retryAfter;

    public RateLimited(int status, Problem problem, JsonNode body, RequestInfo request, Duration retryAfter) {
        super(describe("Too many requests", request, problem), status, problem, body, request, null);
        this.retryAfter = retryAfter;
    }

    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }
}
