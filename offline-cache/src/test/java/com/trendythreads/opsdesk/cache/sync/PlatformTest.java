package com.trendythreads.opsdesk.cache.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.trendythreads.opsdesk.cache.status.Connectivity;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/// A fresh demo platform (a copy of one seeded database) per test, in a temp directory that also
/// holds the tests' caches.
abstract class PlatformTest {

    @TempDir
    protected Path tmp;

    protected TestPlatform platform;

    @BeforeEach
    final void startPlatform() {
        platform = TestPlatform.start(tmp.resolve("platform"));
    }

    @AfterEach
    final void stopPlatform() {
        if (platform != null) {
            platform.close();
        }
    }

    /// ada.admin's desk after its initial sync, with its background loop running and online.
    protected TestPlatform.Client runningDesk(SyncSettings settings, Duration wait) {
        TestPlatform.Client desk = platform.desk(tmp.resolve("cache"), "ada.admin", settings);
        assertThat(desk.engine().initialSync()).isTrue();
        desk.engine().start();
        await().atMost(wait).until(() -> desk.engine().status().connectivity() == Connectivity.ONLINE);
        return desk;
    }
}
