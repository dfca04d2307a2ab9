package com.trendythreads.opsdesk.viewmodels.session;

import com.trendythreads.opsdesk.api.PlatformClient;
import com.trendythreads.opsdesk.api.auth.Me;
import com.trendythreads.opsdesk.api.error.ApiProblem;
import com.trendythreads.opsdesk.api.error.NetworkDown;
import com.trendythreads.opsdesk.api.error.Unauthorized;
import com.trendythreads.opsdesk.cache.status.Connectivity;
import com.trendythreads.opsdesk.api.service.CatalogApi;
import com.trendythreads.opsdesk.cache.LocalData;
import com.trendythreads.opsdesk.cache.media.MediaStore;
import com.trendythreads.opsdesk.cache.store.CacheDatabase;
import com.trendythreads.opsdesk.cache.store.CacheException;
import com.trendythreads.opsdesk.cache.store.CacheInUseException;
import com.trendythreads.opsdesk.cache.store.CacheLocation;
import com.trendythreads.opsdesk.cache.store.CachePasswordException;
import com.trendythreads.opsdesk.cache.store.KeyAhead;
import com.trendythreads.opsdesk.cache.store.LocalTables;
import com.trendythreads.opsdesk.cache.sync.SyncEngine;
import com.trendythreads.opsdesk.cache.sync.SyncStatus;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.HashSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/// The real sign-in: the api-client signs in, the user's encrypted cache opens (or is created) with the
/// same password, and a [SyncEngine] starts.
///
/// When the platform is unreachable and the user has local data, the password unlocks the cache and the
/// user works offline; a background loop keeps trying to sign in and tells the engine once it has.
public final class PlatformSessionOpener implements SessionOpener {

    private static final Logger LOG = LoggerFactory.getLogger(PlatformSessionOpener.class);

    private final ClientConfig config;
    private final KnownUsers knownUsers;
    private final ExecutorService background;

    @Inject
    public PlatformSessionOpener(ClientConfig config, KnownUsers knownUsers, ExecutorService background) {
        this.config = config;
        this.knownUsers = knownUsers;
        this.background = background;
    }

    @Override
    public UserSession open(String platformUrl, String username, char[] password, boolean demo) {
        Path dir = CacheLocation.dirFor(config.cacheRoot(), platformUrl, username);
        // The platform's password check and the local data's key are both PBKDF2 of the same password:
        // on two cores they take about the time of one when they overlap (start-up time, issue #12). First,
        // so that it also overlaps building the client (the TLS trust store is read then).
        KeyAhead key = KeyAhead.start(dir, password, background);
        PlatformClient client = PlatformClient.builder().baseUrl(platformUrl).build();
        try {
            SessionUser user;
            boolean offline;
            try {
                Me me = client.session().signIn(username, new String(password));
                user = new SessionUser(me.username(), me.displayName(), me.roles(), new HashSet<>(me.permissions()));
                knownUsers.remember(platformUrl, user);
                offline = false;
            } catch (NetworkDown e) {
                if (!CacheDatabase.exists(dir)) {
                    throw new SignInException(SignInException.Reason.UNREACHABLE_NO_LOCAL_DATA, e.getMessage(), e);
                }
                LOG.info("Platform {} unreachable; unlocking the local data of {}", platformUrl, username);
                user = knownUsers.find(platformUrl, username)
                        .orElse(new SessionUser(username, username, java.util.List.of(), java.util.Set.of()));
                offline = true;
            }
            return start(platformUrl, username, password, demo, dir, client, user, offline, key);
        } catch (Unauthorized e) {
            client.close();
            throw new SignInException(SignInException.Reason.WRONG_CREDENTIALS, e.getMessage(), e);
        } catch (SignInException e) {
            client.close();
            throw e;
        } catch (ApiProblem e) {
            client.close();
            throw SignInException.lockedOut(e)
                    .orElseGet(() -> new SignInException(SignInException.Reason.OTHER, e.getMessage(), e));
        } catch (CacheException e) {
            client.close();
            throw new SignInException(SignInException.Reason.OTHER, e.getMessage(), e);
        } catch (RuntimeException e) {
            client.close();
            throw e;
        }
    }

    /// A request the engine sent before the sign-in may still come back 401 and mark the session expired
    /// after [SyncEngine#signedIn()] cleared it. For a few seconds, while the client does hold tokens, such
    /// a stale verdict is cleared again.
    private static void settleSignIn(SyncEngine engine, PlatformClient client) throws InterruptedException {
        for (int i = 0; i < 25; i++) {
            Thread.sleep(200);
            if (engine.connectivity() == Connectivity.SIGN_IN_EXPIRED && client.session().isSignedIn()) {
                LOG.debug("Clearing a sign-in expiry from a request sent before the sign-in");
                engine.signedIn();
            }
        }
    }

    /// Signs the running session's client in again and lets the engine continue with what was queued. One
    /// path for both ways back: the background retry after an offline unlock, and the user typing the
    /// password after the platform stopped accepting the session ("sign-in expired").
    private void resume(String platformUrl, String username, char[] password, PlatformClient client, SyncEngine engine) {
        Me me = client.session().signIn(username, new String(password));
        knownUsers.remember(platformUrl, new SessionUser(me.username(), me.displayName(), me.roles(),
                new HashSet<>(me.permissions())));
        engine.signedIn();
        LOG.info("Signed in again as {}", username);
        Thread.ofVirtual().name("sign-in-settle").start(() -> {
            try {
                settleSignIn(engine, client);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
    }

    private UserSession start(String platformUrl, String username, char[] password, boolean demo, Path dir,
                              PlatformClient client, SessionUser user, boolean offline, KeyAhead key) {
        CacheDatabase db;
        try {
            db = CacheDatabase.open(dir, platformUrl, username, password, config.cacheOptions(), key);
        } catch (CachePasswordException e) {
            throw new SignInException(offline ? SignInException.Reason.LOCAL_DATA_PASSWORD
                    : SignInException.Reason.LOCAL_DATA_OLD_PASSWORD, e.getMessage(), e, dir);
        } catch (CacheInUseException e) {
            throw new SignInException(SignInException.Reason.LOCAL_DATA_IN_USE, e.getMessage(), e);
        }
        ExecutorService executor = Executors.newThreadPerTaskExecutor(Thread.ofVirtual().name("sync-", 0).factory());
        SyncEngine engine;
        try {
            engine = new SyncEngine(db, new LocalTables(), client, config.syncSettings(), Clock.systemUTC(), executor);
            engine.start();
        } catch (RuntimeException e) {
            // Left open, the cache would refuse the next attempt as "in use".
            executor.shutdownNow();
            db.close();
            throw e;
        }
        // Kept only while offline, for the retry; dropped as soon as the sign-in succeeds or the session closes.
        char[][] retryPassword = {offline ? Arrays.copyOf(password, password.length) : null};
        Thread retry = offline ? Thread.ofVirtual().name("sign-in-retry").start(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                try {
                    Thread.sleep(config.signInRetry());
                    resume(platformUrl, username, retryPassword[0], client, engine);
                    return;
                } catch (InterruptedException e) {
                    return;
                } catch (NetworkDown e) {
                    LOG.debug("Still offline: {}", e.getMessage());
                } catch (ApiProblem e) {
                    // e.g. the password changed on the platform: the engine shows "sign-in expired".
                    LOG.info("Signing in again failed: {}", e.getMessage());
                    return;
                } finally {
                    if (client.session().isSignedIn() && retryPassword[0] != null) {
                        Arrays.fill(retryPassword[0], '\0');
                        retryPassword[0] = null;
                    }
                }
            }
        }) : null;
        UserSession.SignInAgain signInAgain = pw -> {
            try {
                resume(platformUrl, username, pw, client, engine);
            } catch (Unauthorized e) {
                throw new SignInException(SignInException.Reason.WRONG_CREDENTIALS, e.getMessage(), e);
            } catch (NetworkDown e) {
                throw new SignInException(SignInException.Reason.UNREACHABLE, e.getMessage(), e);
            } catch (ApiProblem e) {
                throw SignInException.lockedOut(e)
                        .orElseGet(() -> new SignInException(SignInException.Reason.OTHER, e.getMessage(), e));
            }
        };
        // The idle lock: the platform checks the password when it answers; offline, the local data's key does.
        UserSession.SignInAgain unlock = pw -> {
            try {
                signInAgain.signInAgain(pw);
            } catch (SignInException e) {
                if (e.reason() != SignInException.Reason.UNREACHABLE) {
                    throw e;
                }
                if (!db.unlocks(pw)) {
                    throw new SignInException(SignInException.Reason.WRONG_CREDENTIALS,
                            "This password does not unlock the local data", null);
                }
                LOG.info("Idle lock lifted offline with the local data's password check");
            }
        };
        SyncStatusSource status = new SyncStatusSource() {
            @Override
            public SyncStatus current() {
                return engine.status();
            }

            @Override
            public AutoCloseable onStatus(Consumer<SyncStatus> listener) {
                return engine.onStatus(listener);
            }
        };
        AutoCloseable resources = () -> {
            if (retry != null) {
                retry.interrupt();
            }
            engine.close();
            executor.shutdownNow();
            db.close();
            client.session().signOut();
            client.close();
        };
        return new UserSession(platformUrl, user, demo, offline, dir, status, engine, new LocalData(db, engine.edits(),
                MediaStore.over(db, client.create(CatalogApi.class), Clock.systemUTC())),
                resources, signInAgain, unlock);
    }
}
