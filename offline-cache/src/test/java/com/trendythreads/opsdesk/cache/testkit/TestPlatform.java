package com.trendythreads.opsdesk.cache.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.trendythreads.opsdesk.api.Pages;
import com.trendythreads.opsdesk.api.PlatformClient;
import com.trendythreads.opsdesk.cache.store.ResourceType;
import com.trendythreads.opsdesk.platform.DemoPlatform;
import com.trendythreads.opsdesk.platform.PlatformConfig;
import com.trendythreads.opsdesk.platform.Scale;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/// A real TINY demo platform on a loopback port (in-memory H2, cheap password hashing) and one
/// signed-in [PlatformClient] per demo user.
public final class TestPlatform implements AutoCloseable {

    private final DemoPlatform platform;
    private final Map<String, PlatformClient> clients = new ConcurrentHashMap<>();

    private TestPlatform(DemoPlatform platform) {
        this.platform = platform;
    }

    private static TestPlatform shared;

    /// One platform for every test class of this JVM that only reads from it (started on first use,
    /// stopped when the JVM exits): starting and seeding takes several seconds.
    public static synchronized TestPlatform shared() {
        if (shared == null) {
            shared = start();
            Runtime.getRuntime().addShutdownHook(new Thread(shared::close));
        }
        return shared;
    }

    public static TestPlatform start() {
        return new TestPlatform(DemoPlatform.start(PlatformConfig.builder()
                .inMemoryDatabase()
                .scale(Scale.TINY)
                .passwordIterations(1_000)
                .rateLimit(100_000, 100_000)
                .build()));
    }

    public String baseUrl() {
        return platform.baseUrl() + "/";
    }

    public DemoPlatform platform() {
        return platform;
    }

    /// A client signed in as `username` (password `demo`).
    public PlatformClient as(String username) {
        return clients.computeIfAbsent(username, u -> {
            PlatformClient c = PlatformClient.builder().baseUrl(baseUrl()).build();
            c.session().signIn(u, "demo");
            return c;
        });
    }

    /// Every item of `type`'s list operation as `username` sees it, as JSON.
    public List<JsonNode> all(String username, ResourceType type) {
        RawListApi api = as(username).create(RawListApi.class);
        return Pages.items(cursor -> api.list(type.listPath(), cursor, 500)).toList();
    }

    @Override
    public void close() {
        clients.values().forEach(PlatformClient::close);
        platform.close();
    }
}
