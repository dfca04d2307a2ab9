package com.trendythreads.opsdesk.viewmodels;

import com.trendythreads.opsdesk.cache.status.Connectivity;
import com.trendythreads.opsdesk.cache.sync.SyncStatus;
import com.trendythreads.opsdesk.viewmodels.common.DesktopActions;
import com.trendythreads.opsdesk.viewmodels.common.Notifier;
import com.trendythreads.opsdesk.viewmodels.session.SessionUser;
import com.trendythreads.opsdesk.viewmodels.session.SyncStatusSource;
import com.trendythreads.opsdesk.viewmodels.session.UserSession;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/// Hand-written fakes of the ports, shared by the ViewModel tests.
public final class Fakes {

    private Fakes() {
    }

    public static final SyncStatus IDLE = new SyncStatus(Connectivity.ONLINE, null, 0, 0, 0, null, null);

    /// A sync status source the test drives: [#publish] calls the listeners like the engine would.
    public static final class Status implements SyncStatusSource {
        private final List<Consumer<SyncStatus>> listeners = new CopyOnWriteArrayList<>();
        private SyncStatus current = IDLE;

        @Override
        public SyncStatus current() {
            return current;
        }

        @Override
        public AutoCloseable onStatus(Consumer<SyncStatus> listener) {
            listeners.add(listener);
            return () -> listeners.remove(listener);
        }

        public void publish(SyncStatus s) {
            current = s;
            listeners.forEach(l -> l.accept(s));
        }

        public int listenerCount() {
            return listeners.size();
        }
    }

    public static final class RecordingNotifier implements Notifier {
        public final List<String> infos = new ArrayList<>();
        public final List<String> errors = new ArrayList<>();

        @Override
        public void info(String message) {
            infos.add(message);
        }

        @Override
        public void error(String title, String message) {
            errors.add(title + ": " + message);
        }
    }

    public static final class NoDesktop implements DesktopActions {
        public final List<Path> opened = new ArrayList<>();

        @Override
        public Path logDirectory() {
            return Path.of("logs");
        }

        @Override
        public void openFolder(Path folder) {
            opened.add(folder);
        }
    }

    public static SessionUser user(String username, String displayName, String... roles) {
        return new SessionUser(username, displayName, List.of(roles), Set.of());
    }

    public static UserSession session(SessionUser user, Status status, boolean demo, boolean offline,
                                      List<String> closed) {
        return new UserSession("http://127.0.0.1:7070", user, demo, offline, null, status, null, null,
                () -> closed.add(user.username()));
    }
}
