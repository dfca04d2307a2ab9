package com.trendythreads.opsdesk.platform.faults;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.trendythreads.opsdesk.platform.http.Validation;

/// Faults the platform injects into `/v1` traffic (never into `/admin/**` or `/oauth/token`, unless a
/// deterministic fault's `pathPrefix` names them). Set at start (CLI) or by `PUT /admin/faults`, which
/// replaces the whole configuration (absent fields = off).
///
/// @param latencyMs      added to every request
/// @param errorRate      0..1: chance of an `errorStatus` problem instead of the real answer
/// @param errorStatus    500 or 503
/// @param dropRate       0..1: chance the connection is closed without any response
/// @param malformedRate  0..1: chance of a 200 whose JSON body is cut off and garbled
/// @param rateLimitBurst the next N requests get 429 with `Retry-After: 1`
/// @param failNext       deterministic: the next `count` requests under `pathPrefix` fail with `status`
/// @param dropNext       deterministic: the next `count` requests under `pathPrefix` are dropped
/// @param loseResponseNext deterministic: the next `count` requests under `pathPrefix` are carried out
///                       (committed), then the connection is closed before the answer: the lost
///                       response that makes a client retry something that already happened
/// @param seed           seeds the random draws, for reproducible runs (null = random)
@JsonIgnoreProperties(ignoreUnknown = false)
public record FaultConfig(long latencyMs, double errorRate, int errorStatus, double dropRate, double malformedRate,
                          int rateLimitBurst, FailNext failNext, DropNext dropNext, DropNext loseResponseNext,
                          Long seed) {

    public record FailNext(int count, int status, String pathPrefix) {}

    public record DropNext(int count, String pathPrefix) {}

    public static final FaultConfig NONE = new FaultConfig(0, 0, 500, 0, 0, 0, null, null, null, null);

    public FaultConfig {
        if (errorStatus == 0) errorStatus = 500;
    }

    public FaultConfig withLatencyMs(long ms) {
        return new FaultConfig(ms, errorRate, errorStatus, dropRate, malformedRate, rateLimitBurst, failNext, dropNext, loseResponseNext, seed);
    }

    public FaultConfig withErrorRate(double rate, int status) {
        return new FaultConfig(latencyMs, rate, status, dropRate, malformedRate, rateLimitBurst, failNext, dropNext, loseResponseNext, seed);
    }

    public FaultConfig withDropRate(double rate) {
        return new FaultConfig(latencyMs, errorRate, errorStatus, rate, malformedRate, rateLimitBurst, failNext, dropNext, loseResponseNext, seed);
    }

    public FaultConfig withMalformedRate(double rate) {
        return new FaultConfig(latencyMs, errorRate, errorStatus, dropRate, rate, rateLimitBurst, failNext, dropNext, loseResponseNext, seed);
    }

    public FaultConfig withSeed(Long newSeed) {
        return new FaultConfig(latencyMs, errorRate, errorStatus, dropRate, malformedRate, rateLimitBurst, failNext, dropNext, loseResponseNext, newSeed);
    }

    /// 422 with every bad field named.
    public void validate() {
        Validation v = Validation.forBody();
        v.min("latencyMs", latencyMs, 0).max("latencyMs", latencyMs, 60_000);
        v.check(errorRate >= 0 && errorRate <= 1, "errorRate", "must be between 0 and 1");
        v.check(dropRate >= 0 && dropRate <= 1, "dropRate", "must be between 0 and 1");
        v.check(malformedRate >= 0 && malformedRate <= 1, "malformedRate", "must be between 0 and 1");
        v.check(errorStatus == 500 || errorStatus == 503, "errorStatus", "must be 500 or 503");
        v.min("rateLimitBurst", rateLimitBurst, 0);
        if (failNext != null) {
            v.min("failNext.count", failNext.count(), 0);
            v.check(failNext.status() >= 400 && failNext.status() <= 599, "failNext.status", "must be 400..599");
        }
        if (dropNext != null) v.min("dropNext.count", dropNext.count(), 0);
        v.throwIfAny();
    }
}
