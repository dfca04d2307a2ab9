package com.trendythreads.opsdesk.viewmodels.catalog;

import com.trendythreads.opsdesk.api.PlatformClient;
import com.trendythreads.opsdesk.cache.LocalData;
import com.trendythreads.opsdesk.cache.store.CacheDatabase;
import com.trendythreads.opsdesk.cache.store.CacheOptions;
import com.trendythreads.opsdesk.cache.store.LocalTables;
import com.trendythreads.opsdesk.cache.sync.SyncEngine;
import com.trendythreads.opsdesk.cache.sync.SyncSettings;
import com.trendythreads.opsdesk.platform.DemoPlatform;
import com.trendythreads.opsdesk.platform.PlatformConfig;
import com.trendythreads.opsdesk.platform.Scale;
import com.trendythreads.opsdesk.viewmodels.Fakes;
import com.trendythreads.opsdesk.viewmodels.common.I18n;
import com.trendythreads.opsdesk.viewmodels.common.InMemorySettingsStore;
import com.trendythreads.opsdesk.viewmodels.common.TaskRunner;
import com.trendythreads.opsdesk.viewmodels.session.SessionState;
import com.trendythreads.opsdesk.viewmodels.session.UserSession;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/// A signed-in desk for catalog ViewModel tests: the real TINY demo platform on a loopback port (one per
/// JVM, never written to: the engine is not started, so edits stay in the outbox) and a real encrypted
/// cache in the test's directory after its initial sync.
public final class CatalogDesk implements AutoCloseable {

    private static DemoPlatform platform;

    private final PlatformClient client;
    private final CacheDatabase db;
    private final SyncEngine engine;
    private final List<SyncEngine> offlineEngines = new java.util.ArrayList<>();
    private final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
    public final SessionState session = new SessionState();
    public final TaskRunner runner = TaskRunner.direct();
    public final Fakes.RecordingNotifier notifier = new Fakes.RecordingNotifier();
    public final I18n i18n;

    private static synchronized DemoPlatform platform() {
        if (platform == null) {
            platform = DemoPlatform.start(PlatformConfig.builder().inMemoryDatabase().scale(Scale.TINY)
                    .passwordIterations(1_000).rateLimit(100_000, 100_000).build());
            DemoPlatform p = platform;
            Runtime.getRuntime().addShutdownHook(new Thread(p::close));
        }
        return platform;
    }

    public CatalogDesk(Path dir, Locale locale) {
        String url = platform().baseUrl() + "/";
        client = PlatformClient.builder().baseUrl(url).build();
        client.session().signIn("mia.merch", "demo");
        db = CacheDatabase.open(dir.resolve("cache"), url, "mia.merch", "demo".toCharArray(), new CacheOptions(1_000, 0));
        LocalTables tables = new LocalTables();
        engine = new SyncEngine(db, tables, client, SyncSettings.defaults(), Clock.systemUTC(), executor);
        if (!engine.initialSync()) {
            throw new IllegalStateException("initial sync did not finish");
        }
        InMemorySettingsStore settings = new InMemorySettingsStore();
        settings.setLocale(locale);
        i18n = new I18n(settings);
        UserSession s = new UserSession(url, Fakes.user("mia.merch", "Mia Merch", "MERCHANDISER"), true, false,
                dir.resolve("cache"), new Fakes.Status(), engine, new LocalData(db, engine.edits()), () -> { });
        session.signedIn(s);
    }

    public LocalData data() {
        return session.current().data();
    }

    public SyncEngine engine() {
        return engine;
    }

    /// A second session on this cache whose sync engine has not reached the platform: it reads as offline,
    /// as a desk started without a network does, so whatever needs the platform must refuse.
    public SessionState offlineSession() {
        SyncEngine offline = new SyncEngine(db, new LocalTables(), client, SyncSettings.defaults(), Clock.systemUTC(),
                executor);
        offlineEngines.add(offline);
        UserSession now = session.current();
        UserSession s = new UserSession(now.platformUrl(), now.user(), true, true, now.cacheDir(), new Fakes.Status(),
                offline, new LocalData(db, offline.edits()), () -> { });
        SessionState state = new SessionState();
        state.signedIn(s);
        return state;
    }

    /// Ids of the cached products, by title.
    public List<String> productIds(int limit) {
        return data().products().list(null, null, limit).stream().map(p -> p.id()).toList();
    }

    @Override
    public void close() {
        offlineEngines.forEach(SyncEngine::close);
        engine.close();
        db.close();
        client.close();
        executor.shutdownNow();
    }

}
