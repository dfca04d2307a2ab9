package com.trendythreads.opsdesk.api;

import java.security.SecureRandom;
import java.time.Duration;
import java.util.UUID;

/// Makes `Idempotency-Key` values.
///
/// Keys are created by the caller (the outbox) and stored **with** the pending edit, then passed to
/// the domain interface's `@Header("Idempotency-Key")` parameter on every attempt. That is what
/// makes a replay after a crash or a lost response safe: the platform answers the stored key with
/// its first answer instead of applying the change twice. A key made inside the HTTP stack would
/// be new after a restart and defeat that.
public final class IdempotencyKeys {

    /// How long the platform remembers a key's answer (the contract's `x-idempotency-retention`). A retry
    /// after that may be applied a second time, so the outbox stops retrying an entry whose first unanswered
    /// attempt is nearly this old and asks the user instead.
    public static final Duration RETENTION = Duration.ofDays(30);

    private static final SecureRandom RANDOM = new SecureRandom();

    private IdempotencyKeys() {
    }

    /// A new UUIDv7 string (time-ordered, so keys stored in an outbox sort by creation time).
    public static String newKey() {
        byte[] random = new byte[10];
        RANDOM.nextBytes(random);
        long millis = System.currentTimeMillis();
        long msb = (millis & 0xFFFF_FFFF_FFFFL) << 16
                | 0x7000L
                | ((random[0] & 0x0FL) << 8) | (random[1] & 0xFFL);
        long lsb = 0;
        for (int i = 2; i < 10; i++) {
            lsb = (lsb << 8) | (random[i] & 0xFFL);
        }
        lsb = (lsb & 0x3FFF_FFFF_FFFF_FFFFL) | 0x8000_0000_0000_0000L;
        return new UUID(msb, lsb).toString();
    }
}
