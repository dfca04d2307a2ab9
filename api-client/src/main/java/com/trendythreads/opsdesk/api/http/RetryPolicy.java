package com.trendythreads.opsdesk.api.http;

import java.time.Duration;
import java.util.Objects;
import java.util.random.RandomGenerator;

/// How often and how long to retry: exponential backoff with full jitter
/// (`random(0, min(cap, base * 2^n))` before retry `n+1`), and `Retry-After` honoured up to
/// [#maxRetryAfter()].
///
/// @param maxAttempts   total attempts including the first (1 = never retry)
/// @param base          backoff base
/// @param cap           upper bound of one backoff wait
/// @param maxRetryAfter longest `Retry-After` we wait for inside one call; a longer one is not
///                      retried but returned to the caller (`RateLimited.retryAfter()`), because
///                      holding a user's call that long is worse than telling them
/// @param random        jitter source
public record RetryPolicy(int maxAttempts, Duration base, Duration cap, Duration maxRetryAfter,
        RandomGenerator random) {

    public RetryPolicy {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be >= 1");
        }
        Objects.requireNonNull(base, "base");
        Objects.requireNonNull(cap, "cap");
        Objects.requireNonNull(maxRetryAfter, "maxRetryAfter");
        Objects.requireNonNull(random, "random");
    }

    /// 4 attempts, base 200 ms, cap 5 s, `Retry-After` up to 10 s.
    public static RetryPolicy defaults() {
        return new RetryPolicy(4, Duration.ofMillis(200), Duration.ofSeconds(5), Duration.ofSeconds(10),
                RandomGenerator.getDefault());
    }

    /// Never retries.
    public static RetryPolicy none() {
        return defaults().withMaxAttempts(1);
    }

    public RetryPolicy withMaxAttempts(int attempts) {
        return new RetryPolicy(attempts, base, cap, maxRetryAfter, random);
    }

    public RetryPolicy withBackoff(Duration newBase, Duration newCap) {
        return new RetryPolicy(maxAttempts, newBase, newCap, maxRetryAfter, random);
    }

    public RetryPolicy withMaxRetryAfter(Duration max) {
        return new RetryPolicy(maxAttempts, base, cap, max, random);
    }

    public RetryPolicy withRandom(RandomGenerator r) {
        return new RetryPolicy(maxAttempts, base, cap, maxRetryAfter, r);
    }

    /// The full-jitter wait before retry number `retry` (0 = the first retry).
    public Duration backoff(int retry) {
        long capMs = cap.toMillis();
        long ceiling = retry >= 30 ? capMs : Math.min(capMs, base.toMillis() << retry);
        if (ceiling <= 0) {
            return Duration.ZERO;
        }
        return Duration.ofMillis(random.nextLong(ceiling + 1));
    }
}
