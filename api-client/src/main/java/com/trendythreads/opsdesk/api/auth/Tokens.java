package com.trendythreads.opsdesk.api.auth;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/// The signed-in user's OAuth tokens. Kept in memory only; [#toString()] never shows them.
///
/// @param accessToken  the bearer token
/// @param refreshToken the single-use refresh token (rotates on every refresh), may be `null`
/// @param expiresAt    when the access token expires
/// @param scope        granted scope, may be `null`
public record Tokens(String accessToken, String refreshToken, Instant expiresAt, String scope) {

    public Tokens {
        Objects.requireNonNull(accessToken, "accessToken");
        Objects.requireNonNull(expiresAt, "expiresAt");
    }

    /// Whether the access token expires within `margin` of `now`.
    public boolean expiresWithin(Duration margin, Instant now) {
        return !expiresAt.minus(margin).isAfter(now);
    }

    @Override
    public String toString() {
        return "Tokens[expiresAt=" + expiresAt + ", scope=" + scope + ", refreshToken="
                + (refreshToken == null ? "none" : "present") + "]";
    }
}
