package com.trendythreads.opsdesk.app;

import com.trendythreads.opsdesk.platform.DemoPlatform;
import com.trendythreads.opsdesk.platform.PlatformConfig;
import com.trendythreads.opsdesk.platform.auth.UserStore;
import com.trendythreads.opsdesk.platform.db.Database;
import com.trendythreads.opsdesk.viewmodels.common.SettingsStore;
import com.trendythreads.opsdesk.viewmodels.session.DemoMode;
import com.trendythreads.opsdesk.viewmodels.signin.SignInViewModel;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/// Demo mode: the demo platform in-process on a loopback port, its database under the per-user data
/// directory. The port of the last run is tried first, because a cache belongs to one platform URL
/// (host and port): reusing it keeps the users' local data across runs.
///
/// [#startInBackground] starts it while JavaFX builds the sign-in screen (start-up time, issue #12); the
/// screen's own [#start(SeedingListener)] then waits for that start and hears its seeding steps, the one
/// already under way included.
@Singleton
public final class DemoModeService implements DemoMode, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(DemoModeService.class);
    static final String LAST_PORT = "demo.lastPort";

    private final AppConfig config;
    private final SettingsStore settings;
    private final List<SeedingListener> seedingListeners = new CopyOnWriteArrayList<>();
    /// The seeding step under way, replayed to a listener that comes later (guarded by this).
    private Consumer<SeedingListener> lastStep;
    /// The one start (guarded by this): a second caller waits for it; after a failure the next one retries;
    /// [#close()] forgets it.
    private CompletableFuture<String> starting;
    private DemoPlatform platform;

    @Inject
    public DemoModeService(AppConfig config, SettingsStore settings) {
        this.config = config;
        this.settings = settings;
    }

    @Override
    public boolean enabled() {
        return config.platformUrl().isEmpty();
    }

    @Override
    public String start() {
        return start((name, index, count) -> { });
    }

    /// Starts the demo platform on `executor` unless the sign-in screen will not want it (a platform URL is
    /// configured, or the user left demo mode last time). A failure is left for the sign-in screen's own
    /// [#start(SeedingListener)], which tries again and shows it.
    public void startInBackground(Executor executor) {
        if (!SignInViewModel.opensInDemoMode(this, settings)) {
            return;
        }
        executor.execute(() -> {
            try {
                start();
            } catch (RuntimeException e) {
                LOG.warn("Starting the demo platform ahead of the sign-in screen failed: {}", e.toString());
            }
        });
    }

    @Override
    public String start(SeedingListener seeding) {
        synchronized (this) {
            seedingListeners.add(seeding);
            if (lastStep != null) {
                lastStep.accept(seeding);
            }
        }
        try {
            CompletableFuture<String> running;
            boolean mine = false;
            synchronized (this) {
                if (starting == null || starting.isCompletedExceptionally()) {
                    starting = new CompletableFuture<>();
                    mine = true;
                }
                running = starting;
            }
            if (mine) {
                try {
                    running.complete(startPlatform(running));
                } catch (RuntimeException | Error e) {
                    running.completeExceptionally(e);
                }
            }
            return running.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        } finally {
            seedingListeners.remove(seeding);
        }
    }

    /// Starts the platform on this thread for `run`, the start this caller created.
    private String startPlatform(CompletableFuture<String> run) {
        int lastPort = settings.get(LAST_PORT).map(Integer::parseInt).orElse(0);
        DemoPlatform started;
        try {
            try {
                started = DemoPlatform.start(platformConfig(lastPort));
            } catch (RuntimeException e) {
                if (lastPort == 0) {
                    throw e;
                }
                LOG.info("Port {} of the last demo run is taken ({}); using a free one", lastPort, e.toString());
                started = DemoPlatform.start(platformConfig(0));
            }
        } finally {
            synchronized (this) {
                lastStep = null;
            }
        }
        synchronized (this) {
            if (starting != run) {
                // closed while it started
                started.close();
                throw new IllegalStateException("Ops Desk is closing");
            }
            platform = started;
        }
        settings.put(LAST_PORT, String.valueOf(started.port()));
        return started.baseUrl();
    }

    /// Tells every listener (the sign-in screen's, once it shows) the step, and keeps it for a late one.
    private synchronized void seedingStep(String name, int index, int count) {
        lastStep = l -> l.step(name, index, count);
        for (SeedingListener l : seedingListeners) {
            l.step(name, index, count);
        }
    }

    private PlatformConfig platformConfig(int port) {
        PlatformConfig.Builder b = PlatformConfig.builder()
                .seedProgress(this::seedingStep)
                .host("127.0.0.1")
                .port(port)
                .database(new Database.Location.H2File(config.demoPlatformDir()))
                .scale(config.demoScale());
        if (config.demoPasswordIterations() > 0) {
            b.passwordIterations(config.demoPasswordIterations());
        }
        return b.build();
    }

    @Override
    public List<DemoUser> users() {
        return UserStore.DEMO_USERS.stream()
                .map(u -> new DemoUser(u.username(), u.displayName(), u.role().name()))
                .toList();
    }

    @Override
    public synchronized void close() {
        starting = null;
        if (platform != null) {
            platform.close();
            platform = null;
        }
    }
}
