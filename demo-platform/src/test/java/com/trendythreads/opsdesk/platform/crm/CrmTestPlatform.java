package com.trendythreads.opsdesk.platform.crm;

import com.fasterxml.jackson.databind.JsonNode;
import com.trendythreads.opsdesk.platform.DemoPlatform;
import com.trendythreads.opsdesk.platform.PlatformConfig;
import com.trendythreads.opsdesk.platform.analytics.AnalyticsModule;
import com.trendythreads.opsdesk.platform.campaigns.CampaignsModule;
import com.trendythreads.opsdesk.platform.testkit.ApiCaller;
import com.trendythreads.opsdesk.platform.testkit.ContractValidator;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/// One real platform on a loopback port for all campaign, CRM and analytics tests (in-memory H2, the
/// real contract, the CRM fixtures), started once per test JVM: startup is the slow part, and every test
/// makes its own rows where it changes data.
public final class CrmTestPlatform {

    public static final List<String> USERS = List.of("mia.merch", "walt.warehouse", "mona.manager", "sam.support",
            "mark.marketing", "ada.admin");

    private static CrmTestPlatform instance;

    public final DemoPlatform platform;
    public final ApiCaller anonymous;
    private final Map<String, ApiCaller> callers = new ConcurrentHashMap<>();

    private CrmTestPlatform() {
        platform = DemoPlatform.start(PlatformConfig.builder()
                .inMemoryDatabase()
                .passwordIterations(1_000)
                .rateLimit(10_000, 10_000)
                .modules(List.of(new CrmFixtures(), new CampaignsModule(), new CrmModule(), new AnalyticsModule()))
                .build());
        anonymous = new ApiCaller(URI.create(platform.baseUrl() + "/"), ContractValidator.fromClasspath());
        Runtime.getRuntime().addShutdownHook(new Thread(platform::close));
    }

    public static synchronized CrmTestPlatform get() {
        if (instance == null) {
            instance = new CrmTestPlatform();
        }
        return instance;
    }

    /// A signed-in caller (password `demo`), one token per user for the whole run.
    public ApiCaller as(String username) {
        return callers.computeIfAbsent(username, u -> anonymous.signIn(u, "demo"));
    }

    /// The change token now (for "what did this test change" assertions).
    public String token() {
        return platform.changes().currentChangeToken();
    }

    /// Every change after `since` that the admin sees.
    public List<JsonNode> changesSince(String since) {
        JsonNode page = as("ada.admin").get("/v1/changes?since=" + since + "&limit=500").json();
        return java.util.stream.StreamSupport.stream(page.path("changes").spliterator(), false).toList();
    }
}
