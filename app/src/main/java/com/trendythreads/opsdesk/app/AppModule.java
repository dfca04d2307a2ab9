package com.trendythreads.opsdesk.app;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.trendythreads.opsdesk.viewmodels.common.DesktopActions;
import com.trendythreads.opsdesk.viewmodels.common.SettingsStore;
import com.trendythreads.opsdesk.viewmodels.session.DemoMode;
import jakarta.inject.Singleton;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/// The app: its configuration, settings file, demo mode, desktop integration and the background executor.
public final class AppModule extends AbstractModule {

    private final AppConfig config;
    private final DesktopActions desktop;

    public AppModule(AppConfig config, DesktopActions desktop) {
        this.config = config;
        this.desktop = desktop;
    }

    @Override
    protected void configure() {
        bind(AppConfig.class).toInstance(config);
        bind(DesktopActions.class).toInstance(desktop);
        bind(DemoMode.class).to(DemoModeService.class);
    }

    @Provides
    @Singleton
    SettingsStore settings() {
        return new FileSettingsStore(config.configDir());
    }

    @Provides
    @Singleton
    ExecutorService background() {
        return Executors.newThreadPerTaskExecutor(Thread.ofVirtual().name("background-", 0).factory());
    }
}
