package com.trendythreads.opsdesk.viewmodels.orders;

import com.trendythreads.opsdesk.api.PlatformClient;
import com.trendythreads.opsdesk.api.auth.Me;
import com.trendythreads.opsdesk.cache.LocalData;
import com.trendythreads.opsdesk.cache.store.CacheDatabase;
import com.trendythreads.opsdesk.cache.store.CacheOptions;
import com.trendythreads.opsdesk.cache.store.LocalTables;
import com.trendythreads.opsdesk.cache.sync.SyncEngine;
import com.trendythreads.opsdesk.cache.sync.SyncSettings;
import com.trendythreads.opsdesk.platform.DemoPlatform;
import com.trendythreads.opsdesk.viewmodels.SeededPlatforms;
import com.trendythreads.opsdesk.viewmodels.Fakes;
import com.trendythreads.opsdesk.viewmodels.common.I18n;
import com.trendythreads.opsdesk.viewmodels.common.InMemorySettingsStore;
import com.trendythreads.opsdesk.viewmodels.common.TaskRunner;
import com.trendythreads.opsdesk.viewmodels.session.SessionState;
import com.trendythreads.opsdesk.viewmodels.session.SessionUser;
import com.trendythreads.opsdesk.viewmodels.session.UserSession;
import com.trendythreads.opsdesk.viewmodels.shell.RecordLinks;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashSet;
import java.util.concurrent.Executors;

/// One user's desk over the real demo platform (TINY, on loopback): their encrypted cache after the initial
/// sync, the session a ViewModel reads, and the sync engine driven by the test (`push()`), not its loop.
final class OrdersDesk implements AutoCloseable {

    final SessionState sessionState = new SessionState();
    final Fakes.RecordingNotifier notifier = new Fakes.RecordingNotifier();
    final InMemorySettingsStore settings = new InMemorySettingsStore();
    final RecordLinks links = new RecordLinks();
    final I18n i18n = new I18n(settings);
    final LocalData data;
    final SessionUser user;
    final SyncEngine engine;
    private final PlatformClient client;
    private final CacheDatabase db;

    static DemoPlatform platform(Path dir) {
        return SeededPlatforms.start(dir);
    }

    OrdersDesk(DemoPlatform platform, Path cacheDir, String username) {
        String url = platform.baseUrl() + "/";
        client = PlatformClient.builder().baseUrl(url).build();
        Me me = client.session().signIn(username, "demo");
        user = new SessionUser(me.username(), me.displayName(), me.roles(), new HashSet<>(me.permissions()));
        db = CacheDatabase.open(cacheDir, url, username, "demo".toCharArray(), new CacheOptions(1_000, 0));
        engine = new SyncEngine(db, new LocalTables(), client, SyncSettings.defaults(), Clock.systemUTC(),
                Executors.newVirtualThreadPerTaskExecutor());
        if (!engine.initialSync()) {
            throw new IllegalStateException("The initial sync did not finish");
        }
        data = new LocalData(db, engine.edits());
        sessionState.signedIn(new UserSession(url, user, true, false, cacheDir, new Fakes.Status(), engine, data,
                null));
    }

    OrdersContext context() {
        return OrdersContext.of(sessionState, TaskRunner.direct(), notifier, i18n, Clock.systemUTC(), links);
    }

    OrdersViewModel list() {
        return new OrdersViewModel(context(), settings);
    }

    /// Sends the outbox now (what the engine's loop does when it wakes).
    void push() {
        engine.pushDue();
    }

    long outboxSize() {
        return engine.status().pendingEdits();
    }

    PlatformClient client() {
        return client;
    }

    @Override
    public void close() {
        engine.close();
        db.close();
        client.close();
    }
}
