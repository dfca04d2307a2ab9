package com.trendythreads.opsdesk.platform.auth;

import com.trendythreads.opsdesk.platform.http.ApiError;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/// Sign-in lock-out: after [Policy#maxFailures] wrong passwords for one username within [Policy#window], the
/// password grant answers 423 `…/problems/locked-out` with `lockedUntil` (even for the right password) until
/// [Policy#lockFor] has passed on the platform's clock. A successful sign-in forgets the failures.
///
/// Kept in memory (a restart unlocks everyone): the demo platform's honest simplification; a production
/// platform keeps it in its user store.
public final class SignInGuard {

    /// The lock-out policy (see docs/security.md).
    public record Policy(int maxFailures, Duration window, Duration lockFor) {

        public static final Policy DEFAULT = new Policy(5, Duration.ofMinutes(15), Duration.ofMinutes(15));

        public Policy {
            if (maxFailures < 1 || window.isNegative() || window.isZero() || lockFor.isNegative()) {
                throw new IllegalArgumentException("maxFailures >= 1, window > 0, lockFor >= 0");
            }
        }
    }

    private final Policy policy;
    private final Clock clock;
    private final Map<String, State> byUser = new ConcurrentHashMap<>();

    public SignInGuard(Policy policy, Clock clock) {
        this.policy = policy;
        this.clock = clock;
    }

    /// Throws 423 while `username` is locked out.
    public void checkNotLocked(String username) {
        State s = byUser.get(key(username));
        if (s == null) return;
        Instant until;
        synchronized (s) {
            until = s.lockedUntil;
        }
        if (until != null && clock.instant().isBefore(until)) {
            throw lockedOut(until);
        }
    }

    /// A wrong password (or unknown user): counts towards the lock-out; the failure that reaches the limit
    /// locks and is answered 423 at once.
    public void failed(String username) {
        State s = byUser.computeIfAbsent(key(username), k -> new State());
        Instant now = clock.instant();
        Instant until = null;
        synchronized (s) {
            while (!s.failures.isEmpty() && !s.failures.peekFirst().isAfter(now.minus(policy.window()))) {
                s.failures.removeFirst();
            }
            s.failures.addLast(now);
            if (s.failures.size() >= policy.maxFailures()) {
                s.lockedUntil = now.plus(policy.lockFor());
                s.failures.clear();
                until = s.lockedUntil;
            }
        }
        if (until != null) throw lockedOut(until);
    }

    public void succeeded(String username) {
        byUser.remove(key(username));
    }

    private static ApiError lockedOut(Instant until) {
        return new ApiError(423, "locked-out", "Locked out",
                "Too many failed sign-ins; try again after " + DateTimeFormatter.ISO_INSTANT.format(until))
                .with("lockedUntil", until.toString())
                .with("error", "invalid_grant")
                .withHeader("Cache-Control", "no-store");
    }

    private static String key(String username) {
        return username.trim().toLowerCase(Locale.ROOT);
    }

    private static final class State {
        final Deque<Instant> failures = new ArrayDeque<>();
        Instant lockedUntil;
    }
}
