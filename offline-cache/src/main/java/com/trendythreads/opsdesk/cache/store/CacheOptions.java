package com.trendythreads.opsdesk.cache.store;

/// How a cache is created and opened.
///
/// @param kdfIterations PBKDF2 iterations for a **new** cache (an existing cache keeps the count it was
///                      created with, read from its `cache.json`). 600,000 by default (OWASP 2023 for
///                      PBKDF2-HMAC-SHA256); tests use about 1,000.
/// @param writeDelayMs  H2's `WRITE_DELAY`: how long a commit may sit in memory before it is written.
///                      0 (the default) makes every committed transaction survive a `kill -9`; only a
///                      test that proves the opposite should change it.
public record CacheOptions(int kdfIterations, int writeDelayMs) {

    public static final int DEFAULT_KDF_ITERATIONS = 600_000;

    public CacheOptions {
        if (kdfIterations < 1) {
            throw new IllegalArgumentException("kdfIterations must be positive: " + kdfIterations);
        }
        if (writeDelayMs < 0) {
            throw new IllegalArgumentException("writeDelayMs must not be negative: " + writeDelayMs);
        }
    }

    public static CacheOptions defaults() {
        return new CacheOptions(DEFAULT_KDF_ITERATIONS, 0);
    }

    public CacheOptions withKdfIterations(int iterations) {
        return new CacheOptions(iterations, writeDelayMs);
    }

    public CacheOptions withWriteDelayMs(int delayMs) {
        return new CacheOptions(kdfIterations, delayMs);
    }
}
