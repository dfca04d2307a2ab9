package com.trendythreads.opsdesk.viewmodels.session;

import com.trendythreads.opsdesk.cache.LocalData;
import com.trendythreads.opsdesk.cache.sync.SyncEngine;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/// One signed-in user on one platform: the user, the sync state, and what must be closed at sign-out
/// (the sync engine, the local cache, the HTTP client). Tokens live only in the client's memory.
public final class UserSession implements AutoCloseable {

    private final String platformUrl;
    private final SessionUser user;
    private final boolean demo;
    private final boolean startedOffline;
    private final Path cacheDir;
    private final SyncStatusSource status;
    private final SyncEngine engine;
    private final LocalData data;
    private final AutoCloseable resources;
    private final SignInAgain signInAgain;
    private final SignInAgain unlock;

    /// Signs the running session in again after the platform stopped accepting it (the user is fixed;
    /// only the password is asked). Blocking.
    @FunctionalInterface
    public interface SignInAgain {

        /// @throws SignInException when the platform refused the password or cannot be reached
        void signInAgain(char[] password);
    }

    /// Checks the password of the signed-in user to lift the idle lock: online by signing in to the platform
    /// again ([SignInAgain]); when the platform cannot be reached, against the local data's key (the check the
    /// offline sign-in makes). Blocking.
    ///
    /// @throws SignInException `WRONG_CREDENTIALS` when the password is not right
    public void unlock(char[] password) {
        unlock.signInAgain(password);
    }

    /// A session that cannot sign in again (tests that do not need it).
    public UserSession(String platformUrl, SessionUser user, boolean demo, boolean startedOffline, Path cacheDir,
                       SyncStatusSource status, SyncEngine engine, LocalData data, AutoCloseable resources) {
        this(platformUrl, user, demo, startedOffline, cacheDir, status, engine, data, resources, password -> {
            throw new SignInException(SignInException.Reason.OTHER, "This session cannot sign in again", null);
        });
    }

    /// @param engine      the running sync engine, or `null` (tests)
    /// @param data        the user's local data, or `null` (tests of screens that read none)
    /// @param resources   closed at sign-out, after the engine
    /// @param signInAgain re-authenticates this session's client and lets its engine continue
    public UserSession(String platformUrl, SessionUser user, boolean demo, boolean startedOffline, Path cacheDir,
                       SyncStatusSource status, SyncEngine engine, LocalData data, AutoCloseable resources,
                       SignInAgain signInAgain) {
        this(platformUrl, user, demo, startedOffline, cacheDir, status, engine, data, resources, signInAgain,
                signInAgain);
    }

    /// @param unlock checks the password to lift the idle lock ([#unlock(char[])])
    public UserSession(String platformUrl, SessionUser user, boolean demo, boolean startedOffline, Path cacheDir,
                       SyncStatusSource status, SyncEngine engine, LocalData data, AutoCloseable resources,
                       SignInAgain signInAgain, SignInAgain unlock) {
        this.unlock = Objects.requireNonNull(unlock);
        this.platformUrl = Objects.requireNonNull(platformUrl);
        this.user = Objects.requireNonNull(user);
        this.demo = demo;
        this.startedOffline = startedOffline;
        this.cacheDir = cacheDir;
        this.status = Objects.requireNonNull(status);
        this.engine = engine;
        this.data = data;
        this.resources = resources;
        this.signInAgain = Objects.requireNonNull(signInAgain);
    }

    /// After "sign-in expired": signs this user in again with `password`; the sync engine continues with
    /// everything that was queued. Blocking: call it from a background task.
    public void signInAgain(char[] password) {
        signInAgain.signInAgain(password);
    }

    public String platformUrl() {
        return platformUrl;
    }

    public SessionUser user() {
        return user;
    }

    /// Signed in to the in-process demo platform.
    public boolean demo() {
        return demo;
    }

    /// The platform was not reachable at sign-in; the local data was unlocked with the password.
    public boolean startedOffline() {
        return startedOffline;
    }

    /// The local data directory of this user on this platform.
    public Path cacheDir() {
        return cacheDir;
    }

    public SyncStatusSource status() {
        return status;
    }

    public Optional<SyncEngine> engine() {
        return Optional.ofNullable(engine);
    }

    /// The repositories and the write path over this user's local cache.
    ///
    /// @throws IllegalStateException in a test session built without local data
    public LocalData data() {
        if (data == null) {
            throw new IllegalStateException("This session has no local data");
        }
        return data;
    }

    @Override
    public void close() throws Exception {
        if (resources != null) {
            resources.close();
        }
    }
}
