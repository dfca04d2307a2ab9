package com.trendythreads.opsdesk.app;

import com.google.inject.Guice;
import com.google.inject.Injector;
import com.trendythreads.opsdesk.viewmodels.common.DesktopActions;
import com.trendythreads.opsdesk.viewmodels.session.SessionState;
import com.trendythreads.opsdesk.viewmodels.session.UserSession;
import java.util.concurrent.ExecutorService;

/// The composition root: one Guice module per layer.
public final class OpsDesk {

    private OpsDesk() {
    }

    public static Injector injector(AppConfig config, DesktopActions desktop) {
        return Guice.createInjector(new AppModule(config, desktop), new ViewModelsModule(), new ViewsModule());
    }

    /// In demo mode, starts the demo platform in the background now, while JavaFX builds and shows the
    /// sign-in screen, rather than when that screen activates: the platform's start is most of the wait
    /// until Sign in is enabled (start-up benchmark, issue #12).
    public static void startDemoPlatform(Injector injector) {
        injector.getInstance(DemoModeService.class).startInBackground(injector.getInstance(ExecutorService.class));
    }

    /// Signs out (keeping local data), stops the demo platform and the background threads.
    public static void shutdown(Injector injector) {
        UserSession s = injector.getInstance(SessionState.class).detach();
        if (s != null) {
            SessionState.close(s, false);
        }
        injector.getInstance(DemoModeService.class).close();
        injector.getInstance(ExecutorService.class).shutdownNow();
    }
}
