package com.trendythreads.opsdesk.app;

import com.trendythreads.opsdesk.cache.store.CacheOptions;
import com.trendythreads.opsdesk.cache.sync.SyncSettings;
import com.trendythreads.opsdesk.platform.Scale;
import dev.dirs.ProjectDirectories;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/// How this run of the app is configured (system properties, tests pass their own).
///
/// @param platformUrl      `-Dopsdesk.platformUrl=…`; empty = demo mode
/// @param dataDir          per-user data: caches (one per user and platform) and the demo platform's database
/// @param configDir        per-user settings
/// @param logDir           log files
/// @param demoScale        how much demo data a first demo start seeds (`-Dopsdesk.demoScale=tiny|small|default`)
/// @param demoPasswordIterations PBKDF2 iterations of the demo platform's password hashes (0 = its default)
public record AppConfig(Optional<String> platformUrl, Path dataDir, Path configDir, Path logDir, Scale demoScale,
                        int demoPasswordIterations, CacheOptions cacheOptions, SyncSettings syncSettings,
                        Duration signInRetry) {

    /// From system properties: `opsdesk.platformUrl`, `opsdesk.home` (one directory for everything, e.g. a
    /// portable install), `opsdesk.demoScale`.
    public static AppConfig fromSystemProperties() {
        String url = System.getProperty("opsdesk.platformUrl", "").trim();
        Dirs dirs = dirs();
        Scale scale = Scale.parse(System.getProperty("opsdesk.demoScale", "small"));
        return new AppConfig(url.isEmpty() ? Optional.empty() : Optional.of(url), dirs.data(), dirs.config(),
                dirs.logs(), scale, 0, CacheOptions.defaults(), SyncSettings.defaults(), Duration.ofSeconds(15));
    }

    record Dirs(Path data, Path config, Path logs) {
    }

    /// The per-user directories by OS convention (directories-jvm), or under `opsdesk.home` when set.
    static Dirs dirs() {
        String home = System.getProperty("opsdesk.home", "").trim();
        if (!home.isEmpty()) {
            Path h = Path.of(home);
            return new Dirs(h.resolve("data"), h.resolve("config"), h.resolve("logs"));
        }
        ProjectDirectories p = ProjectDirectories.from("com", "TrendyThreads", "OpsDesk");
        Path data = Path.of(p.dataDir);
        // Logs are machine-local, not roaming: next to the local data.
        Path logs = Path.of(p.dataLocalDir).resolve("logs");
        return new Dirs(data, Path.of(p.configDir), logs);
    }

    /// Where the demo platform keeps its database.
    public Path demoPlatformDir() {
        return dataDir.resolve("demo-platform");
    }

    /// Where the caches live (one directory per platform and user below).
    public Path cacheRoot() {
        return dataDir.resolve("caches");
    }
}
