package com.trendythreads.opsdesk.app;

import com.trendythreads.opsdesk.platform.DemoPlatform;
import com.trendythreads.opsdesk.platform.PlatformConfig;
import com.trendythreads.opsdesk.platform.auth.UserStore;
import com.trendythreads.opsdesk.platform.db.Database;
import com.trendythreads.opsdesk.viewmodels.common.SettingsStore;
import com.trendythreads.opsdesk.viewmodels.session.DemoMode;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/// Demo mode: the demo platform in-process on a loopback port, its database under the per-user data
/// directory. The port of the last run is tried first, because a cache belongs to one platform URL
/// (host and port): reusing it keeps the users' local data across runs.
@Singleton
public final class DemoModeService implements DemoMode, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(DemoModeService.class);
    static final String LAST_PORT = "demo.lastPort";

    private final AppConfig config;
    private final SettingsStore settings;
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

    @Override
    public synchronized String start(SeedingListener seeding) {
        if (platform == null) {
            int lastPort = settings.get(LAST_PORT).map(Integer::parseInt).orElse(0);
            try {
                platform = DemoPlatform.start(platformConfig(lastPort, seeding));
            } catch (RuntimeException e) {
                if (lastPort == 0) {
                    throw e;
                }
                LOG.info("Port {} of the last demo run is taken ({}); using a free one", lastPort, e.toString());
                platform = DemoPlatform.start(platformConfig(0, seeding));
            }
            settings.put(LAST_PORT, String.valueOf(platform.port()));
        }
        return platform.baseUrl();
    }

    private PlatformConfig platformConfig(int port, SeedingListener seeding) {
        PlatformConfig.Builder b = PlatformConfig.builder()
                .seedProgress(seeding::step)
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
        if (platform != null) {
            platform.close();
            platform = null;
        }
    }
}
