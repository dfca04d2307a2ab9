package com.trendythreads.opsdesk.viewmodels.session;

import com.trendythreads.opsdesk.cache.store.CacheDatabase;
import jakarta.inject.Singleton;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/// The one app-wide fact the window follows: who is signed in (or nobody). The app rebuilds the window
/// when it changes: the sign-in screen for nobody, the shell for a session. Changed on the UI thread.
@Singleton
public final class SessionState {

    private static final Logger LOG = LoggerFactory.getLogger(SessionState.class);

    private final ReadOnlyObjectWrapper<UserSession> current = new ReadOnlyObjectWrapper<>();

    public ReadOnlyObjectProperty<UserSession> currentProperty() {
        return current.getReadOnlyProperty();
    }

    public UserSession current() {
        return current.get();
    }

    public void signedIn(UserSession session) {
        UserSession previous = current.get();
        current.set(session);
        if (previous != null && previous != session) {
            closeQuietly(previous);
        }
    }

    /// Nobody is signed in any more (the window goes back to sign-in at once); returns the session so the
    /// caller can close it off the UI thread with [#close].
    public UserSession detach() {
        UserSession s = current.get();
        current.set(null);
        return s;
    }

    /// Closes a detached session (blocking: files and threads); with `removeLocalData` its cache directory
    /// is deleted afterwards.
    public static void close(UserSession s, boolean removeLocalData) {
        closeQuietly(s);
        if (removeLocalData && s.cacheDir() != null) {
            CacheDatabase.deleteLocalData(s.cacheDir());
            LOG.info("Removed the local data of {} in {}", s.user().username(), s.cacheDir());
        }
    }

    private static void closeQuietly(UserSession s) {
        try {
            s.close();
        } catch (Exception e) {
            LOG.warn("Closing the session of {} failed", s.user().username(), e);
        }
    }
}
