package com.trendythreads.opsdesk.viewmodels.catalog;

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
import com.trendythreads.opsdesk.viewmodels.session.SessionState;
import com.trendythreads.opsdesk.viewmodels.session.SessionUser;
import com.trendythreads.opsdesk.viewmodels.session.UserSession;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashSet;
import java.util.concurrent.Executors;

/// A signed-in session over a real cache: the demo platform (TINY) on loopback, one user's encrypted
/// cache after its initial sync, and the session state a ViewModel reads. The sync loop is not
/// started, so local edits stay local (the screens' view of them is what these tests check).
final class CatalogFixture implements AutoCloseable {

    final SessionState sessionState = new SessionState();
    final LocalData data;
    final SessionUser user;
    private final PlatformClient client;
    private final CacheDatabase db;
    private final SyncEngine engine;

    static DemoPlatform platform(Path dir) {
        return SeededPlatforms.start(dir);
    }

    CatalogFixture(DemoPlatform platform, Path cacheDir, String username) {
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
        data.catalogIndex().start().join();
        sessionState.signedIn(new UserSession(url, user, true, false, cacheDir, new Fakes.Status(), engine, data,
                null));
    }

    @Override
    public void close() {
        data.catalogIndex().close();
        engine.close();
        db.close();
        client.close();
    }
}
