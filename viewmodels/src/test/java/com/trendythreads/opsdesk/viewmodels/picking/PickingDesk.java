package com.trendythreads.opsdesk.viewmodels.picking;

import com.trendythreads.opsdesk.api.PlatformClient;
import com.trendythreads.opsdesk.api.dto.admin.SimulatorTick;
import com.trendythreads.opsdesk.api.dto.fulfilment.PickLine;
import com.trendythreads.opsdesk.api.dto.fulfilment.PickListStatus;
import com.trendythreads.opsdesk.api.service.AdminApi;
import com.trendythreads.opsdesk.api.service.FulfilmentApi;
import com.trendythreads.opsdesk.api.http.RetryPolicy;
import com.trendythreads.opsdesk.cache.LocalData;
import com.trendythreads.opsdesk.cache.store.CacheDatabase;
import com.trendythreads.opsdesk.cache.store.CacheOptions;
import com.trendythreads.opsdesk.cache.store.LocalTables;
import com.trendythreads.opsdesk.cache.sync.SyncEngine;
import com.trendythreads.opsdesk.cache.sync.SyncSettings;
import com.trendythreads.opsdesk.platform.DemoPlatform;
import com.trendythreads.opsdesk.platform.PlatformConfig;
import com.trendythreads.opsdesk.platform.Scale;
import com.trendythreads.opsdesk.platform.db.Database;
import com.trendythreads.opsdesk.platform.db.SeedTemplate;
import com.trendythreads.opsdesk.viewmodels.Fakes;
import com.trendythreads.opsdesk.viewmodels.common.I18n;
import com.trendythreads.opsdesk.viewmodels.common.InMemorySettingsStore;
import com.trendythreads.opsdesk.viewmodels.common.TaskRunner;
import com.trendythreads.opsdesk.viewmodels.session.SessionState;
import com.trendythreads.opsdesk.viewmodels.session.SessionUser;
import com.trendythreads.opsdesk.viewmodels.session.UserSession;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/// The picking ViewModels' footing: the real demo platform (TINY data, a copy of one seeded database per
/// test) on a loopback port, and walt.warehouse's real encrypted cache after its initial sync, with the sync
/// engine driven by the test (`push()`, `pull()`) instead of its background loop, so every step is certain.
final class PickingDesk implements AutoCloseable {

    static final String PICKER = "walt.warehouse";

    /// A seeded TINY database where WH-BER has work to pick (see [#ensureWork]).
    private static final SeedTemplate TEMPLATE = new SeedTemplate(Scale.TINY, 1_000, p -> ensureWork(p.baseUrl(), 3));

    private final Path platformDir;
    private DemoPlatform platform;
    private final int port;
    private final List<AutoCloseable> closeables = new ArrayList<>();
    final SyncEngine engine;
    final CacheDatabase db;
    final SessionState sessions = new SessionState();
    final Fakes.RecordingNotifier notifier = new Fakes.RecordingNotifier();
    final Fakes.NoDesktop desktop = new Fakes.NoDesktop();
    final InMemorySettingsStore settings = new InMemorySettingsStore();

    PickingDesk(Path tmp) {
        platformDir = tmp.resolve("platform");
        TEMPLATE.copyInto(platformDir);
        platform = DemoPlatform.start(config(0));
        port = platform.port();
        PlatformClient client = client(PICKER);
        db = CacheDatabase.open(tmp.resolve("cache"), baseUrl(), PICKER, "demo".toCharArray(), new CacheOptions(1_000, 0));
        ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
        engine = new SyncEngine(db, new LocalTables(), client, SyncSettings.defaults()
                .withPushBackoff(Duration.ofMillis(1), Duration.ofMillis(5)), Clock.systemUTC(), executor);
        if (!engine.initialSync()) {
            throw new IllegalStateException("initial sync did not finish");
        }
        UserSession session = new UserSession(baseUrl(), new SessionUser(PICKER, "Walt Warehouse", List.of("WAREHOUSE"),
                Set.of()), false, false, tmp.resolve("cache"), new Fakes.Status(), engine,
                new LocalData(db, engine.edits()), () -> {
                    engine.close();
                    executor.shutdownNow();
                    db.close();
                });
        closeables.add(session);
        sessions.signedIn(session);
    }

    PickingViewModel viewModel(Clock clock) {
        return new PickingViewModel(sessions, TaskRunner.direct(), notifier, new I18n(settings), clock, desktop, settings);
    }

    String baseUrl() {
        return "http://127.0.0.1:" + port + "/";
    }

    /// A signed-in api-client, e.g. another picker or the test's view of the truth.
    PlatformClient client(String username) {
        PlatformClient c = PlatformClient.builder().baseUrl(baseUrl())
                .retryPolicy(RetryPolicy.defaults().withBackoff(Duration.ofMillis(10), Duration.ofMillis(50)))
                .build();
        c.session().signIn(username, "demo");
        closeables.add(c);
        return c;
    }

    /// Sends the outbox now (what the engine's loop does when it wakes).
    void push() {
        engine.pushDue();
    }

    /// Reads the platform's changes now.
    void pull() {
        engine.catchUp();
    }

    void stopPlatform() {
        platform.close();
        platform = null;
    }

    void restartPlatform() {
        platform = DemoPlatform.start(config(port));
    }

    private PlatformConfig config(int p) {
        return PlatformConfig.builder().database(new Database.Location.H2File(platformDir)).port(p).scale(Scale.TINY)
                .passwordIterations(1_000).rateLimit(100_000, 100_000).build();
    }

    /// TINY's seed depends on the hour it runs: at some hours WH-BER has no list with several open lines.
    /// The platform's live simulator (deterministic for one database) places and waves orders until it has.
    static void ensureWork(String baseUrl, int openLines) {
        try (PlatformClient admin = PlatformClient.builder().baseUrl(baseUrl).build()) {
            admin.session().signIn("ada.admin", "demo");
            for (int round = 0; round < 100; round++) {
                boolean enough = admin.create(FulfilmentApi.class).listPickLists(null, 200, "WH-BER", null, null).items()
                        .stream().filter(l -> l.status() == PickListStatus.OPEN && l.assigneeId() == null)
                        .anyMatch(l -> l.lines().stream().filter(x -> x.status() == PickLine.Status.OPEN).count()
                                >= openLines);
                if (enough) {
                    return;
                }
                admin.create(AdminApi.class).simulatorTick(new SimulatorTick(50));
            }
            throw new IllegalStateException("the simulator made no WH-BER list with " + openLines + " open lines");
        }
    }

    @Override
    public void close() {
        for (AutoCloseable c : closeables.reversed()) {
            try {
                c.close();
            } catch (Exception ignored) {
                // best effort
            }
        }
        if (platform != null) {
            platform.close();
        }
    }
}
