package com.trendythreads.opsdesk.viewmodels.service;

import com.trendythreads.opsdesk.api.PlatformClient;
import com.trendythreads.opsdesk.api.http.RetryPolicy;
import com.trendythreads.opsdesk.cache.LocalData;
import com.trendythreads.opsdesk.cache.store.CacheDatabase;
import com.trendythreads.opsdesk.cache.store.CacheOptions;
import com.trendythreads.opsdesk.cache.store.LocalTables;
import com.trendythreads.opsdesk.cache.sync.SyncEngine;
import com.trendythreads.opsdesk.cache.sync.SyncSettings;
import com.trendythreads.opsdesk.platform.DemoPlatform;
import com.trendythreads.opsdesk.platform.PlatformConfig;
import com.trendythreads.opsdesk.viewmodels.SeededPlatforms;
import com.trendythreads.opsdesk.viewmodels.Fakes;
import com.trendythreads.opsdesk.viewmodels.common.I18n;
import com.trendythreads.opsdesk.viewmodels.common.InMemorySettingsStore;
import com.trendythreads.opsdesk.viewmodels.common.TaskRunner;
import com.trendythreads.opsdesk.viewmodels.session.SessionState;
import com.trendythreads.opsdesk.viewmodels.session.SessionUser;
import com.trendythreads.opsdesk.viewmodels.session.UserSession;
import com.trendythreads.opsdesk.viewmodels.shell.RecordLinks;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/// The service desk's footing against the real demo platform (TINY, an H2 file so it can stop and start
/// again on the same port with its data) and sam.support's real encrypted cache after its initial sync; the
/// test drives the sync engine (`push()`, `pull()`) instead of its background loop, so every step is certain.
final class ServiceDesk implements AutoCloseable {

    static final String AGENT = "sam.support";

    private final Path platformDir;
    private DemoPlatform platform;
    private final int port;
    private final List<AutoCloseable> closeables = new ArrayList<>();
    final SyncEngine engine;
    final CacheDatabase db;
    final SessionState sessions = new SessionState();
    final Fakes.RecordingNotifier notifier = new Fakes.RecordingNotifier();
    final InMemorySettingsStore settings = new InMemorySettingsStore();

    ServiceDesk(Path tmp) {
        platformDir = tmp.resolve("platform");
        platform = DemoPlatform.start(config(0));
        port = platform.port();
        PlatformClient client = client(AGENT);
        db = CacheDatabase.open(tmp.resolve("cache"), baseUrl(), AGENT, "demo".toCharArray(), new CacheOptions(1_000, 0));
        ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
        engine = new SyncEngine(db, new LocalTables(), client, SyncSettings.defaults()
                .withPushBackoff(Duration.ofMillis(1), Duration.ofMillis(5)), Clock.systemUTC(), executor);
        if (!engine.initialSync()) {
            throw new IllegalStateException("initial sync did not finish");
        }
        UserSession session = new UserSession(baseUrl(), new SessionUser(AGENT, "Sam Support", List.of("SUPPORT"),
                Set.of("listTickets", "getTicket", "updateTicket", "replyToTicket", "listMacros")), false, false,
                tmp.resolve("cache"), new Fakes.Status(), engine, new LocalData(db, engine.edits()), () -> {
                    engine.close();
                    executor.shutdownNow();
                    db.close();
                });
        closeables.add(session);
        sessions.signedIn(session);
        settings.setLocale(Locale.ENGLISH);
    }

    ServiceViewModel viewModel() {
        return ServiceViewModels.of(sessions, TaskRunner.direct(), notifier, new I18n(settings), Clock.systemUTC(),
                new RecordLinks());
    }

    String baseUrl() {
        return "http://127.0.0.1:" + port + "/";
    }

    /// A signed-in api-client: the test's view of the truth.
    PlatformClient client(String username) {
        PlatformClient c = PlatformClient.builder().baseUrl(baseUrl())
                .retryPolicy(RetryPolicy.defaults().withBackoff(Duration.ofMillis(10), Duration.ofMillis(50)))
                .build();
        c.session().signIn(username, "demo");
        closeables.add(c);
        return c;
    }

    /// Sends what the outbox holds until nothing is pending (what the engine's loop does when it wakes), or
    /// gives up after 20 s.
    void pushAll() {
        long end = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (pending() > 0 && System.nanoTime() < end) {
            engine.pushDue();
            Thread.onSpinWait();
        }
    }

    /// Outbox entries not yet acknowledged (failed and conflicting ones included).
    long pending() {
        return db.read(h -> h.createQuery("SELECT COUNT(*) FROM outbox").mapTo(Long.class).one());
    }

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
        return SeededPlatforms.tiny(platformDir).port(p).build();
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
