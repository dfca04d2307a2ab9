package com.trendythreads.opsdesk.app;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.trendythreads.opsdesk.viewmodels.session.ClientConfig;
import com.trendythreads.opsdesk.viewmodels.session.PlatformSessionOpener;
import com.trendythreads.opsdesk.viewmodels.session.SessionOpener;
import com.trendythreads.opsdesk.viewmodels.shell.Workspaces;
import jakarta.inject.Singleton;
import java.time.Clock;

/// The viewmodels layer: sessions, workspaces, and the ports' real implementations from that layer.
/// ViewModels themselves need no binding (just-in-time, a new one per screen).
public final class ViewModelsModule extends AbstractModule {

    @Override
    protected void configure() {
        bind(SessionOpener.class).to(PlatformSessionOpener.class);
    }

    @Provides
    @Singleton
    Workspaces workspaces() {
        return Workspaces.standard();
    }

    @Provides
    @Singleton
    ClientConfig clientConfig(AppConfig config) {
        return new ClientConfig(config.platformUrl(), config.cacheRoot(), config.cacheOptions(), config.syncSettings(),
                config.signInRetry());
    }

    @Provides
    @Singleton
    Clock clock() {
        return Clock.systemDefaultZone();
    }
}
