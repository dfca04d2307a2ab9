package com.trendythreads.opsdesk.platform.auth;

import com.trendythreads.opsdesk.platform.http.ApiError;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/// A token bucket per access token: `ratePerSecond` refill, `burst` capacity. Over it → 429 with
/// `Retry-After` (whole seconds, at least 1).
public final class RateLimiter {

    private final double ratePerSecond;
    private final double burst;
    private final LongSupplier nanoTime;
    private final ConcurrentHashMap<String, Bucket> buckets = new ConcurrentHashMap<>();

    public RateLimiter(double ratePerSecond, int burst, LongSupplier nanoTime) {
        if (ratePerSecond <= 0 || burst < 1) throw new IllegalArgumentException("rate must be > 0 and burst >= 1");
        this.ratePerSecond = ratePerSecond;
        this.burst = burst;
        this.nanoTime = nanoTime;
    }

    public void acquire(String key) {
        Bucket bucket = buckets.computeIfAbsent(key, k -> new Bucket(burst, nanoTime.getAsLong()));
        double missing;
        synchronized (bucket) {
            long now = nanoTime.getAsLong();
            bucket.tokens = Math.min(burst, bucket.tokens + (now - bucket.lastRefill) / 1e9 * ratePerSecond);
            bucket.lastRefill = now;
            if (bucket.tokens >= 1) {
                bucket.tokens -= 1;
                return;
            }
            missing = 1 - bucket.tokens;
        }
        long retryAfter = (long) Math.ceil(missing / ratePerSecond);
        throw ApiError.tooManyRequests(retryAfter, "Rate limit of " + ratePerSecond + " requests/s (burst "
                + (int) burst + ") exceeded for this access token");
    }

    /// Forgets buckets idle long enough to be full again (keeps the map from growing with old tokens).
    public void evictIdle() {
        long now = nanoTime.getAsLong();
        long fullAfter = (long) (burst / ratePerSecond * TimeUnit.SECONDS.toNanos(1));
        buckets.entrySet().removeIf(e -> {
            synchronized (e.getValue()) {
                return now - e.getValue().lastRefill > fullAfter;
            }
        });
    }

    private static final class Bucket {
        double tokens;
        long lastRefill;

        Bucket(double tokens, long lastRefill) {
            this.tokens = tokens;
            this.lastRefill = lastRefill;
        }
    }
}
