package com.trendythreads.opsdesk.viewmodels;

import com.trendythreads.opsdesk.platform.DemoPlatform;
import com.trendythreads.opsdesk.platform.PlatformConfig;
import com.trendythreads.opsdesk.platform.Scale;
import com.trendythreads.opsdesk.platform.db.Database;
import com.trendythreads.opsdesk.platform.db.SeedTemplate;
import java.nio.file.Files;
import java.nio.file.Path;

/// TINY demo platforms for the ViewModel tests, each over its own copy of one database seeded once per test
/// JVM (seeding takes seconds, a copy milliseconds).
public final class SeededPlatforms {

    private static final SeedTemplate TINY = new SeedTemplate(Scale.TINY, 1_000);

    private SeededPlatforms() {
    }

    /// The configuration of a TINY platform over `dir`; the first call for a `dir` fills it with the seeded
    /// copy, later ones (a restart) keep what is there.
    public static PlatformConfig.Builder tiny(Path dir) {
        if (!Files.exists(dir)) {
            TINY.copyInto(dir);
        }
        return PlatformConfig.builder().database(new Database.Location.H2File(dir)).port(0).scale(Scale.TINY)
                .passwordIterations(1_000).rateLimit(100_000, 100_000);
    }

    /// A started TINY platform over `dir`.
    public static DemoPlatform start(Path dir) {
        return DemoPlatform.start(tiny(dir).build());
    }
}
