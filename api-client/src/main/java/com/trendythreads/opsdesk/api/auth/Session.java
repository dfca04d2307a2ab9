package com.trendythreads.opsdesk.api.auth;

import com.trendythreads.opsdesk.api.error.ApiProblem;
import com.trendythreads.opsdesk.api.error.NetworkDown;
import com.trendythreads.opsdesk.api.error.Unauthorized;
import com.trendythreads.opsdesk.api.error.ValidationProblem;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/// The signed-in user: signs in with a password, holds the tokens (in memory, via the
/// [TokenStore]), renews them, and says when the session has expired for good.
///
/// Renewal is **single-flight**: however many calls find their token rejected or about to
/// expire at once, exactly one `refresh_token` grant runs and the others wait for its result.
/// That matters because refresh tokens rotate: two concurrent refreshes with the same refresh
/// token would make the platform revoke the whole token family.
public final class Session {

    private static final Logger LOG = LoggerFactory.getLogger(Session.class);

    private final AuthApi api;
    private final TokenStore store;
    private final Clock clock;
    private final Duration refreshMargin;
    private final ReentrantLock refreshLock = new ReentrantLock();
    private final List<SessionListener> listeners = new CopyOnWriteArrayList<>();
    private volatile Me me;

    /// @param refreshMargin renew proactively when the access token expires within this
    public Session(AuthApi api, TokenStore store, Clock clock, Duration refreshMargin) {
        this.api = Objects.requireNonNull(api, "api");
        this.store = Objects.requireNonNull(store, "store");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.refreshMargin = Objects.requireNonNull(refreshMargin, "refreshMargin");
    }

    /// Signs in with the `password` grant and loads `/v1/me`.
    ///
    /// @throws Unauthorized wrong user name or password (also when the platform says 400
    ///                      `invalid_grant`)
    /// @throws NetworkDown  the platform is not reachable
    public Me signIn(String username, String password) {
        TokenResponse response;
        try {
            response = api.passwordGrant("password", username, password);
        } catch (ValidationProblem rejected) {
            // RFC 6749 answers bad credentials with 400 invalid_grant; to the app that is "not signed in".
            throw new Unauthorized(rejected.status(), rejected.problem(), rejected.body(), rejected.request());
        }
        Tokens tokens = toTokens(response, null);
        store.set(tokens);
        Me loaded = api.me("Bearer " + tokens.accessToken());
        me = loaded;
        LOG.info("Signed in as {} ({})", loaded.username(), loaded.roles());
        return loaded;
    }

    /// Forgets the tokens. (The platform has no revocation endpoint; the tokens die with expiry.)
    public void signOut() {
        store.clear();
        me = null;
    }

    public boolean isSignedIn() {
        return store.get().isPresent();
    }

    /// The user loaded at sign-in.
    public Optional<Me> me() {
        return Optional.ofNullable(me);
    }

    public void addListener(SessionListener listener) {
        listeners.add(Objects.requireNonNull(listener));
    }

    public void removeListener(SessionListener listener) {
        listeners.remove(listener);
    }

    /// The tokens to put on the next request, renewed first when they expire within the margin.
    /// Empty when not signed in. A renewal that fails for network reasons keeps the old tokens
    /// (they may still be good for a few seconds, and the 401 path will try again).
    public Optional<Tokens> tokensForRequest() {
        Optional<Tokens> current = store.get();
        if (current.isEmpty() || !current.get().expiresWithin(refreshMargin, clock.instant())
                || current.get().refreshToken() == null) {
            return current;
        }
        try {
            return refreshReplacing(current.get());
        } catch (IOException e) {
            LOG.info("Proactive token refresh failed, using the current token: {}", e.toString());
            return current;
        }
    }

    /// Renews the tokens because `rejected` was refused (401) or is about to expire.
    ///
    /// Single-flight: when another thread has already replaced `rejected`, returns its result
    /// without a second grant.
    ///
    /// @return the new tokens, or empty when the session has expired (refresh token rejected or
    ///         signed out); listeners were told
    /// @throws IOException the platform could not be asked (network, 5xx, 429); the session stays
    public Optional<Tokens> refreshReplacing(Tokens rejected) throws IOException {
        refreshLock.lock();
        try {
            Optional<Tokens> current = store.get();
            if (current.isEmpty()) {
                return current;
            }
            if (!current.get().accessToken().equals(rejected.accessToken())) {
                return current;
            }
            String refreshToken = current.get().refreshToken();
            if (refreshToken == null) {
                expire("no refresh token");
                return Optional.empty();
            }
            TokenResponse response;
            try {
                response = api.refreshGrant("refresh_token", refreshToken);
            } catch (NetworkDown e) {
                throw e.getCause() instanceof IOException io ? io : new IOException(e);
            } catch (ApiProblem p) {
                if (p.status() == 400 || p.status() == 401) {
                    expire(p.getMessage());
                    return Optional.empty();
                }
                throw new IOException("Token refresh failed: " + p.getMessage(), p);
            }
            Tokens renewed = toTokens(response, refreshToken);
            store.set(renewed);
            LOG.debug("Access token renewed, expires {}", renewed.expiresAt());
            return Optional.of(renewed);
        } finally {
            refreshLock.unlock();
        }
    }

    private void expire(String why) {
        LOG.info("Session expired: {}", why);
        store.clear();
        me = null;
        for (SessionListener l : listeners) {
            try {
                l.sessionExpired();
            } catch (RuntimeException e) {
                LOG.warn("Session listener failed", e);
            }
        }
    }

    private Tokens toTokens(TokenResponse r, String previousRefreshToken) {
        // Rotation: always keep the new refresh token; fall back to the old one only if the
        // platform sent none (then it did not rotate).
        String refresh = r.refreshToken() != null ? r.refreshToken() : previousRefreshToken;
        return new Tokens(r.accessToken(), refresh, clock.instant().plusSeconds(r.expiresIn()), r.scope());
    }
}
