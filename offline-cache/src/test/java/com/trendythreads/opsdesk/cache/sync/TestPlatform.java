package com.trendythreads.opsdesk.cache.sync;

import com.fasterxml.jackson.databind.JsonNode;
import com.trendythreads.opsdesk.api.PlatformClient;
import com.trendythreads.opsdesk.api.http.RetryPolicy;
import com.trendythreads.opsdesk.api.service.ResourcesApi;
import com.trendythreads.opsdesk.cache.store.CacheDatabase;
import com.trendythreads.opsdesk.cache.store.CacheOptions;
import com.trendythreads.opsdesk.cache.store.LocalTables;
import com.trendythreads.opsdesk.platform.DemoPlatform;
import com.trendythreads.opsdesk.platform.PlatformConfig;
import com.trendythreads.opsdesk.platform.Scale;
import com.trendythreads.opsdesk.platform.db.Database;
import com.trendythreads.opsdesk.platform.db.SeedTemplate;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.function.UnaryOperator;

/// A real demo platform on a loopback port over an H2 file (so it can be stopped and started
/// again on the same port with its data), and Ops Desk clients with real encrypted caches.
public final class TestPlatform implements AutoCloseable {

    /// Fast enough that a test waiting for a retry does not wait long, slow enough to be real.
    static final SyncSettings FAST = SyncSettings.defaults()
            .withPushBackoff(Duration.ofMillis(50), Duration.ofMillis(400))
            .withIdleRecheck(Duration.ofMillis(500))
            .withPageSize(100);

    private final Path platformDir;
    private final UnaryOperator<PlatformConfig.Builder> customize;
    private DemoPlatform platform;
    private int port;
    private final List<AutoCloseable> closeables = new ArrayList<>();

    /// Seeding takes seconds; every test platform starts from a copy of one seeded database.
    private static final SeedTemplate TEMPLATE = new SeedTemplate(Scale.TINY, 1_000);

    private TestPlatform(Path platformDir, UnaryOperator<PlatformConfig.Builder> customize) {
        this.platformDir = platformDir;
        this.customize = customize;
        TEMPLATE.copyInto(platformDir);
        this.platform = DemoPlatform.start(config(0));
        this.port = platform.port();
    }

    public static TestPlatform start(Path platformDir) {
        return new TestPlatform(platformDir, b -> b);
    }

    public static TestPlatform start(Path platformDir, UnaryOperator<PlatformConfig.Builder> customize) {
        return new TestPlatform(platformDir, customize);
    }

    private PlatformConfig config(int p) {
        return customize.apply(PlatformConfig.builder()
                        .database(new Database.Location.H2File(platformDir))
                        .port(p)
                        .scale(Scale.TINY)
                        .passwordIterations(1_000)
                        .rateLimit(100_000, 100_000))
                .build();
    }

    public DemoPlatform platform() {
        return platform;
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + port + "/";
    }

    /// The platform goes away: connections are refused from now on.
    public void stop() {
        platform.close();
        platform = null;
    }

    /// The same platform, same data, same port.
    public void restart() {
        platform = DemoPlatform.start(config(port));
    }

    /// A signed-in client with quick retries.
    public PlatformClient client(String username) {
        PlatformClient c = PlatformClient.builder()
                .baseUrl(baseUrl())
                .retryPolicy(RetryPolicy.defaults().withBackoff(Duration.ofMillis(20), Duration.ofMillis(200)))
                .streamBackoff(RetryPolicy.defaults().withBackoff(Duration.ofMillis(50), Duration.ofMillis(500)))
                .build();
        c.session().signIn(username, "demo");
        closeables.add(c);
        return c;
    }

    /// An Ops Desk client: its own cache directory, signed in as `username`.
    public Client desk(Path cacheDir, String username) {
        return desk(cacheDir, username, FAST);
    }

    public Client desk(Path cacheDir, String username, SyncSettings settings) {
        return desk(cacheDir, username, settings, Clock.systemUTC());
    }

    /// A desk whose sync engine reads `clock` (the platform keeps the real time).
    public Client desk(Path cacheDir, String username, SyncSettings settings, Clock clock) {
        PlatformClient api = client(username);
        CacheDatabase db = CacheDatabase.open(cacheDir, baseUrl(), username, "demo".toCharArray(),
                new CacheOptions(1_000, 0));
        LocalTables tables = new LocalTables();
        SyncEngine engine = new SyncEngine(db, tables, api, settings, clock,
                Executors.newVirtualThreadPerTaskExecutor());
        Client client = new Client(api, db, tables, engine);
        closeables.add(client);
        return client;
    }

    /// Reads a resource straight from the platform (the truth the tests compare with).
    public static JsonNode get(PlatformClient client, String path) {
        return client.create(ResourcesApi.class).get(path).body();
    }

    /// Every item of a list operation, walked to the end.
    public static List<JsonNode> all(PlatformClient client, String path, Map<String, String> filters) {
        ResourcesApi api = client.create(ResourcesApi.class);
        List<JsonNode> out = new ArrayList<>();
        String cursor = null;
        do {
            Map<String, String> q = new HashMap<>(filters);
            q.put("limit", "500");
            if (cursor != null) {
                q.put("cursor", cursor);
            }
            JsonNode page = api.list(path, q);
            page.path("items").forEach(out::add);
            cursor = page.hasNonNull("nextCursor") ? page.get("nextCursor").asText() : null;
        } while (cursor != null);
        return out;
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

    /// One Ops Desk installation: its client, cache and engine.
    public record Client(PlatformClient api, CacheDatabase db, LocalTables tables, SyncEngine engine)
            implements AutoCloseable {

        @Override
        public void close() {
            engine.close();
            db.close();
        }
    }
}
