package com.trendythreads.opsdesk.viewmodels.inventory;

import com.trendythreads.opsdesk.api.PlatformClient;
import com.trendythreads.opsdesk.api.auth.Me;
import com.trendythreads.opsdesk.cache.LocalData;
import com.trendythreads.opsdesk.cache.store.CacheDatabase;
import com.trendythreads.opsdesk.cache.store.CacheOptions;
import com.trendythreads.opsdesk.cache.store.LocalTables;
import com.trendythreads.opsdesk.cache.sync.SyncEngine;
import com.trendythreads.opsdesk.cache.sync.SyncSettings;
import com.trendythreads.opsdesk.cache.sync.SyncStatus;
import com.trendythreads.opsdesk.platform.DemoPlatform;
import com.trendythreads.opsdesk.platform.PlatformConfig;
import com.trendythreads.opsdesk.platform.Scale;
import com.trendythreads.opsdesk.viewmodels.common.I18n;
import com.trendythreads.opsdesk.viewmodels.common.InMemorySettingsStore;
import com.trendythreads.opsdesk.viewmodels.common.Notifier;
import com.trendythreads.opsdesk.viewmodels.common.TaskRunner;
import com.trendythreads.opsdesk.viewmodels.session.SessionState;
import com.trendythreads.opsdesk.viewmodels.session.SessionUser;
import com.trendythreads.opsdesk.viewmodels.session.SyncStatusSource;
import com.trendythreads.opsdesk.viewmodels.session.UserSession;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;

/// A signed-in session over a real cache (in a temp directory) filled by a real initial sync from the TINY
/// demo platform, with the ViewModels' collaborators running on the test's thread.
final class InventoryFixture implements AutoCloseable {

    private static DemoPlatform platform;

    /// One platform for the test JVM: seeding takes seconds. Tests change stock by deltas and check
    /// differences, so sharing it is safe.
    static synchronized String platformUrl() {
        if (platform == null) {
            platform = DemoPlatform.start(PlatformConfig.builder().inMemoryDatabase().scale(Scale.TINY)
                    .passwordIterations(1_000).rateLimit(100_000, 100_000).build());
            Runtime.getRuntime().addShutdownHook(new Thread(platform::close));
        }
        return platform.baseUrl() + "/";
    }

    /// Notifier calls, for assertions.
    final List<String> infos = new ArrayList<>();
    final List<String> errors = new ArrayList<>();

    final PlatformClient client;
    final CacheDatabase db;
    final SyncEngine engine;
    final LocalData data;
    final SessionState sessions = new SessionState();
    final InMemorySettingsStore settings = new InMemorySettingsStore();
    final I18n i18n = new I18n(settings);
    final TaskRunner runner = TaskRunner.direct();
    final Notifier notifier = new Notifier() {
        @Override
        public void info(String message) {
            infos.add(message);
        }

        @Override
        public void error(String title, String message) {
            errors.add(title + ": " + message);
        }
    };
    private final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();

    InventoryFixture(Path dir, String username) {
        String url = platformUrl();
        client = PlatformClient.builder().baseUrl(url).build();
        Me me = client.session().signIn(username, "demo");
        db = CacheDatabase.open(dir, url, username, "demo".toCharArray(), new CacheOptions(1_000, 0));
        engine = new SyncEngine(db, new LocalTables(), client, SyncSettings.defaults().withPageSize(500),
                Clock.systemUTC(), executor);
        if (!engine.initialSync()) {
            throw new IllegalStateException("initial sync did not finish");
        }
        data = new LocalData(db, engine.edits());
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
        sessions.signedIn(new UserSession(url, new SessionUser(me.username(), me.displayName(), me.roles(),
                new HashSet<>(me.permissions())), false, false, dir, status, engine, data, () -> { }));
    }

    StockSource source() {
        return new StockSource(sessions, runner, settings);
    }

    /// Sends the outbox now (the engine's loop is not running in these tests).
    void push() {
        engine.pushDue();
    }

    /// Applies the platform's changes since the last pull (what the live stream would trigger).
    void catchUp() {
        engine.catchUp();
    }

    @Override
    public void close() {
        engine.close();
        executor.shutdownNow();
        db.close();
        client.close();
    }

    static Duration wait(int seconds) {
        return Duration.ofSeconds(seconds);
    }
}
