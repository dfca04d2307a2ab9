package com.trendythreads.opsdesk.api.auth;

import com.fasterxml.jackson.annotation.JsonProperty;

/// The body of `POST /oauth/token` (RFC 6749 §5.1, hence snake_case).
public record TokenResponse(
        @JsonProperty("access_token") String accessToken,
        @JsonProperty("token_type") String tokenType,
        @JsonProperty("expires_in") long expiresIn,
        @JsonProperty("refresh_token") String refreshToken,
        @JsonProperty("scope") String scope) {

    @Override
    public String toString() {
        return "TokenResponse[tokenType=" + tokenType + ", expiresIn=" + expiresIn + ", scope=" + scope + "]";
    }
}
