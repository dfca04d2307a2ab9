package com.trendythreads.opsdesk.platform;

import com.fasterxml.jackson.databind.JsonNode;
import com.trendythreads.opsdesk.platform.testkit.ApiCaller;
import com.trendythreads.opsdesk.platform.testkit.ContractValidator;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;

/// What every domain suite's test platform shares: a real platform on a loopback port with in-memory H2,
/// the real contract and the suite's modules, cheap password hashing, a rate limit no test reaches, one
/// signed-in caller per demo user, and the change feed as the admin sees it. The suites' own platforms
/// (`CatalogTestPlatform`, `CrmTestPlatform`, `OrdersPlatform`) add their fixtures and helpers on top.
public final class DomainTestPlatform implements AutoCloseable {

    private final DemoPlatform platform;
    private final ContractValidator contract = ContractValidator.fromClasspath();
    private final ApiCaller anonymous;
    private final Map<String, ApiCaller> callers = new ConcurrentHashMap<>();

    private DomainTestPlatform(DemoPlatform platform) {
        this.platform = platform;
        this.anonymous = new ApiCaller(URI.create(platform.baseUrl() + "/"), contract);
    }

    public static DomainTestPlatform start(List<DomainModule> modules) {
        return start(modules, b -> b);
    }

    /// `customize` may change anything but the modules (e.g. `b -> b.simulateEventsPerMinute(6_000)`).
    public static DomainTestPlatform start(List<DomainModule> modules, UnaryOperator<PlatformConfig.Builder> customize) {
        return new DomainTestPlatform(DemoPlatform.start(customize.apply(PlatformConfig.builder()
                        .inMemoryDatabase()
                        .passwordIterations(1_000)
                        .rateLimit(100_000, 100_000))
                .modules(modules)
                .build()));
    }

    public DemoPlatform platform() {
        return platform;
    }

    /// Checks every exchange against the contract (the callers use it too).
    public ContractValidator contract() {
        return contract;
    }

    public ApiCaller anonymous() {
        return anonymous;
    }

    /// A caller signed in as `username` (password `demo`), one token per user for the platform's life.
    public ApiCaller as(String username) {
        return callers.computeIfAbsent(username, u -> anonymous.signIn(u, "demo"));
    }

    /// The change token now (for "what did this test change" assertions).
    public String changeToken() {
        return platform.changes().currentChangeToken();
    }

    /// Every change after `since` that the admin sees, paged to the end.
    public List<JsonNode> changesSince(String since) {
        List<JsonNode> out = new ArrayList<>();
        String token = since;
        while (true) {
            ApiCaller.Resp resp = as("ada.admin").get("/v1/changes?since=" + token + "&limit=1000");
            if (resp.status() != 200) {
                throw new AssertionError("GET /v1/changes failed: " + resp.body());
            }
            JsonNode page = resp.json();
            page.path("changes").forEach(out::add);
            token = page.path("nextToken").asText();
            if (!page.path("hasMore").asBoolean()) {
                return out;
            }
        }
    }

    @Override
    public void close() {
        platform.close();
    }
}
