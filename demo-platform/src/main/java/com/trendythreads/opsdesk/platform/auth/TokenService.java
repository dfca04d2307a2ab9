package com.trendythreads.opsdesk.platform.auth;

import com.trendythreads.opsdesk.platform.http.ApiError;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/// OAuth2 password and refresh-token grants with opaque tokens.
///
/// Tokens are 32 random bytes (base64url); only their SHA-256 is stored. Each login starts a family; a
/// refresh rotates the refresh token within it; presenting an already rotated refresh token means it leaked
/// (or a client bug), so the whole family — every access and refresh token of that login — is revoked.
public final class TokenService {

    private static final Logger log = LoggerFactory.getLogger(TokenService.class);

    /// The OAuth2 token response (field names per RFC 6749 §5.1).
    public record TokenResponse(String access_token, String token_type, long expires_in, String refresh_token,
                                String scope) {}

    /// A valid access token's owner and when it expires.
    public record Authenticated(Principal principal, String tokenHash, Instant expiresAt) {}

    private final Jdbi jdbi;
    private final UserStore users;
    private final PasswordHasher hasher;
    private final Clock clock;
    private final Duration accessTtl;
    private final Duration refreshTtl;
    private final SecureRandom random = new SecureRandom();
    private final SignInGuard guard;

    public TokenService(Jdbi jdbi, UserStore users, PasswordHasher hasher, Clock clock, Duration accessTtl,
                        Duration refreshTtl, SignInGuard guard) {
        this.guard = guard;
        this.jdbi = jdbi;
        this.users = users;
        this.hasher = hasher;
        this.clock = clock;
        this.accessTtl = accessTtl;
        this.refreshTtl = refreshTtl;
    }

    public TokenResponse passwordGrant(String username, String password) {
        if (username == null || username.isBlank() || password == null) {
            throw oauthError("invalid_request", "username and password are required");
        }
        guard.checkNotLocked(username);
        Optional<UserStore.StoredUser> user = users.findByUsername(username);
        if (user.isEmpty()) {
            hasher.verifyDummy(password.toCharArray());
            guard.failed(username);
            throw oauthError("invalid_grant", "Unknown username or wrong password");
        }
        if (!hasher.verify(password.toCharArray(), user.get().passwordHash()) || !user.get().active()) {
            guard.failed(username);
            throw oauthError("invalid_grant", "Unknown username or wrong password");
        }
        guard.succeeded(username);
        Principal p = user.get().principal();
        return jdbi.inTransaction(h -> issue(h, p, UUID.randomUUID().toString()));
    }

    public TokenResponse refreshGrant(String refreshToken) {
        if (refreshToken == null || refreshToken.isBlank()) {
            throw oauthError("invalid_request", "refresh_token is required");
        }
        String hash = sha256(refreshToken);
        Instant now = clock.instant();
        Optional<TokenResponse> issued = jdbi.inTransaction(h -> {
            var row = h.createQuery("""
                    SELECT user_id, family_id, expires_at, rotated_at, revoked_at FROM auth_tokens
                    WHERE token_hash = :hash AND kind = 'REFRESH'""")
                    .bind("hash", hash)
                    .map((rs, c) -> new Object[] {rs.getString(1), rs.getString(2),
                            rs.getObject(3, java.time.OffsetDateTime.class).toInstant(),
                            rs.getObject(4, java.time.OffsetDateTime.class), rs.getObject(5, java.time.OffsetDateTime.class)})
                    .findOne()
                    .orElseThrow(() -> oauthError("invalid_grant", "Unknown refresh token"));
            String userId = (String) row[0];
            String family = (String) row[1];
            if (row[4] != null) throw oauthError("invalid_grant", "Refresh token revoked");
            if (!((Instant) row[2]).isAfter(now)) throw oauthError("invalid_grant", "Refresh token expired");
            // The conditional update is the rotation's atomic step: of two concurrent refreshes with one token,
            // exactly one sees a row updated; the other is treated as reuse.
            int rotated = h.createUpdate("""
                    UPDATE auth_tokens SET rotated_at = :now
                    WHERE token_hash = :hash AND rotated_at IS NULL AND revoked_at IS NULL""")
                    .bind("now", now).bind("hash", hash).execute();
            if (rotated == 0) {
                revokeFamily(h, family, now);
                log.warn("Rotated refresh token reused: revoked token family {} of user {}", family, userId);
                // Return (not throw) so the revocation commits before the client hears invalid_grant.
                return Optional.empty();
            }
            Principal p = users.findById(userId).orElseThrow(() -> oauthError("invalid_grant", "User is inactive"));
            return Optional.of(issue(h, p, family));
        });
        return issued.orElseThrow(() ->
                oauthError("invalid_grant", "Refresh token was already used; the session has been revoked"));
    }

    /// Resolves a bearer token (the value after `Bearer `) or throws 401.
    public Authenticated authenticate(String accessToken) {
        String hash = sha256(accessToken);
        Instant now = clock.instant();
        var row = jdbi.withHandle(h -> h.createQuery("""
                        SELECT user_id, expires_at, revoked_at FROM auth_tokens WHERE token_hash = :hash AND kind = 'ACCESS'""")
                .bind("hash", hash)
                .map((rs, c) -> new Object[] {rs.getString(1), rs.getObject(2, java.time.OffsetDateTime.class).toInstant(),
                        rs.getObject(3, java.time.OffsetDateTime.class)})
                .findOne()
                .orElseThrow(() -> ApiError.unauthorized("The access token is not valid")));
        if (row[2] != null) throw ApiError.unauthorized("The access token has been revoked");
        Instant expiresAt = (Instant) row[1];
        if (!expiresAt.isAfter(now)) {
            throw ApiError.unauthorized("The access token has expired")
                    .withHeader("WWW-Authenticate", "Bearer realm=\"opsdesk\", error=\"invalid_token\", error_description=\"expired\"");
        }
        Principal p = users.findById((String) row[0])
                .orElseThrow(() -> ApiError.unauthorized("The user is no longer active"));
        return new Authenticated(p, hash, expiresAt);
    }

    /// Deletes tokens past their expiry (a rotated refresh token is kept until then, for reuse detection).
    public int purgeExpired() {
        return jdbi.withHandle(h -> h.createUpdate("DELETE FROM auth_tokens WHERE expires_at < :now")
                .bind("now", clock.instant()).execute());
    }

    private TokenResponse issue(Handle h, Principal p, String family) {
        Instant now = clock.instant();
        String access = newToken();
        String refresh = newToken();
        insert(h, access, "ACCESS", p.userId(), family, now, now.plus(accessTtl));
        insert(h, refresh, "REFRESH", p.userId(), family, now, now.plus(refreshTtl));
        String scope = p.roles().stream().map(Enum::name).sorted().collect(Collectors.joining(" "));
        return new TokenResponse(access, "Bearer", accessTtl.toSeconds(), refresh, scope);
    }

    private static void insert(Handle h, String token, String kind, String userId, String family, Instant now,
                               Instant expires) {
        h.createUpdate("""
                INSERT INTO auth_tokens (token_hash, kind, user_id, family_id, created_at, expires_at)
                VALUES (:hash, :kind, :user, :family, :now, :expires)""")
                .bind("hash", sha256(token)).bind("kind", kind).bind("user", userId).bind("family", family)
                .bind("now", now).bind("expires", expires)
                .execute();
    }

    private static void revokeFamily(Handle h, String family, Instant now) {
        h.createUpdate("UPDATE auth_tokens SET revoked_at = :now WHERE family_id = :family AND revoked_at IS NULL")
                .bind("now", now).bind("family", family).execute();
    }

    private String newToken() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    public static String sha256(String value) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /// An RFC 6749 §5.2 error as a problem: `error`/`error_description` members for OAuth clients, plus the
    /// usual problem fields. invalid_client would be 401; everything the demo grants can fail with is 400.
    public static ApiError oauthError(String error, String description) {
        return new ApiError(400, error.replace('_', '-'), "Token request rejected", description)
                .with("error", error)
                .with("error_description", description)
                .withHeader("Cache-Control", "no-store");
    }
}
