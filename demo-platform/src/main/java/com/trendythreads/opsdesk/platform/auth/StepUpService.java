package com.trendythreads.opsdesk.platform.auth;

import com.trendythreads.opsdesk.platform.http.ApiError;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/// Step-up for sensitive actions (operations marked `x-step-up` in the contract): the user re-enters the
/// password (`POST /oauth/step-up`) and gets a token that lives [#TTL] and is spent by the first operation that
/// accepts it. Only the token's SHA-256 is kept, in memory. A wrong password counts towards the lock-out.
public final class StepUpService {

    public static final Duration TTL = Duration.ofMinutes(5);
    public static final String HEADER = "X-Step-Up-Token";

    /// The answer of `stepUp`.
    public record StepUpToken(String stepUpToken, long expiresIn) {}

    private record Grant(String userId, Instant expiresAt) {}

    private final UserStore users;
    private final PasswordHasher hasher;
    private final SignInGuard guard;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();
    private final Map<String, Grant> grants = new ConcurrentHashMap<>();

    public StepUpService(UserStore users, PasswordHasher hasher, SignInGuard guard, Clock clock) {
        this.users = users;
        this.hasher = hasher;
        this.guard = guard;
        this.clock = clock;
    }

    /// Checks `password` for the signed-in `principal` and issues a step-up token.
    public StepUpToken issue(Principal principal, String password) {
        guard.checkNotLocked(principal.username());
        var stored = users.findByUsername(principal.username()).orElseThrow(() -> ApiError.unauthorized("Unknown user"));
        if (password == null || !hasher.verify(password.toCharArray(), stored.passwordHash())) {
            guard.failed(principal.username());
            throw ApiError.badRequest("step-up-failed", "The password is not right")
                    .withError("password", "is not right");
        }
        Instant now = clock.instant();
        grants.values().removeIf(g -> !g.expiresAt().isAfter(now));
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        grants.put(TokenService.sha256(token), new Grant(principal.userId(), now.plus(TTL)));
        return new StepUpToken(token, TTL.toSeconds());
    }

    /// Lane security (issue 10): the check of an operation whose step-up depends on an amount
    /// (`x-step-up: {minAmountCents: n}`, e.g. `refundOrder`) — only the handler knows the amount, so the
    /// pipeline leaves this on the request ([#ATTRIBUTE]) and the handler calls it with the amount before
    /// it writes. Below n the request needs no token (and spends none).
    @FunctionalInterface
    public interface AmountGate {

        /// @throws com.trendythreads.opsdesk.platform.http.ApiError 403 `step-up-required` when
        ///         `amountCents` reaches the threshold and the request carries no fresh token
        void check(long amountCents);
    }

    /// The request attribute holding the operation's [AmountGate].
    public static final String ATTRIBUTE = "opsdesk.stepUpGate";

    /// The gate of one request: spends `token` when the amount reaches `minAmountCents`.
    public AmountGate gate(String token, Principal principal, String operationId, long minAmountCents) {
        return amountCents -> {
            if (amountCents >= minAmountCents) {
                require(token, principal, operationId);
            }
        };
    }

    /// The request's gate, or one that lets everything pass (an operation with no amount threshold).
    public static AmountGate gateOf(io.javalin.http.Context ctx) {
        AmountGate gate = ctx.attribute(ATTRIBUTE);
        return gate == null ? amountCents -> { } : gate;
    }

    /// Spends the request's step-up token, or answers 403 `step-up-required`.
    public void require(String token, Principal principal, String operationId) {
        Grant grant = token == null || token.isBlank() ? null : grants.remove(TokenService.sha256(token.trim()));
        if (grant == null || !grant.userId().equals(principal.userId()) || !grant.expiresAt().isAfter(clock.instant())) {
            throw new ApiError(403, "step-up-required", "Step-up required",
                    "'" + operationId + "' needs the password again: send a fresh " + HEADER + " from POST /oauth/step-up");
        }
    }
}
