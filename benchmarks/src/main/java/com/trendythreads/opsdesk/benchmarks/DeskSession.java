package com.trendythreads.opsdesk.benchmarks;

import com.trendythreads.opsdesk.api.auth.Me;
import com.trendythreads.opsdesk.cache.LocalData;
import com.trendythreads.opsdesk.cache.sync.SyncStatus;
import com.trendythreads.opsdesk.viewmodels.common.I18n;
import com.trendythreads.opsdesk.viewmodels.common.InMemorySettingsStore;
import com.trendythreads.opsdesk.viewmodels.common.Notifier;
import com.trendythreads.opsdesk.viewmodels.common.TaskRunner;
import com.trendythreads.opsdesk.viewmodels.session.SessionState;
import com.trendythreads.opsdesk.viewmodels.session.SessionUser;
import com.trendythreads.opsdesk.viewmodels.session.SyncStatusSource;
import com.trendythreads.opsdesk.viewmodels.session.UserSession;
import com.trendythreads.opsdesk.viewmodels.shell.RecordLinks;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/// The signed-in desk over the synced cache, as the app's session opener builds it, for the scenarios that
/// measure ViewModels: the session, its local data, and a runner whose "UI thread" is one platform thread
/// (no JavaFX toolkit in this module: the ViewModels need only `javafx.base`), background work on virtual
/// threads as in the app.
final class DeskSession implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(DeskSession.class);

    final SessionState sessions = new SessionState();
    final InMemorySettingsStore settings = new InMemorySettingsStore();
    final I18n i18n = new I18n(settings);
    final RecordLinks links = new RecordLinks();
    final Notifier notifier = new Notifier() {
        @Override
        public void info(String message) {
        }

        @Override
        public void error(String title, String message) {
            log.warn("Desk error: {}: {}", title, message);
        }
    };
    final LocalData data;
    private final ExecutorService ui = Executors.newSingleThreadExecutor(
            Thread.ofPlatform().name("desk-ui").daemon().factory());
    private final ExecutorService background = Executors.newVirtualThreadPerTaskExecutor();
    /// Background work on virtual threads, results on the one "UI" thread (as `Platform.runLater` would).
    final TaskRunner runner = new TaskRunner(background, ui::execute);

    DeskSession(InitialSyncScenario.SyncedCache cache, String baseUrl, Path cacheDir) {
        Me me = cache.client().session().me().orElseThrow(() -> new IllegalStateException("not signed in"));
        SessionUser user = new SessionUser(me.username(), me.displayName(), me.roles(),
                new HashSet<>(me.permissions()));
        SyncStatusSource status = new SyncStatusSource() {
            @Override
            public SyncStatus current() {
                return cache.engine().status();
            }

            @Override
            public AutoCloseable onStatus(Consumer<SyncStatus> listener) {
                return cache.engine().onStatus(listener);
            }
        };
        this.data = new LocalData(cache.db(), cache.engine().edits());
        // The synced cache owns the engine and the database: the session closes nothing of them.
        UserSession session = new UserSession(baseUrl, user, false, false, cacheDir, status, cache.engine(), data,
                null);
        onUi(() -> {
            sessions.signedIn(session);
            return null;
        });
    }

    /// Runs `work` on the desk's UI thread and waits for it (ViewModel state is read and changed there only).
    <T> T onUi(Supplier<T> work) {
        Future<T> f = ui.submit(work::get);
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
    }

    /// Signs out (the dashboard's sources close with the session) and stops the threads.
    @Override
    public void close() {
        onUi(sessions::detach);
        ui.shutdownNow();
        background.shutdownNow();
    }
}
