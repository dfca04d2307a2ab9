package com.trendythreads.opsdesk.platform.crm;

import com.fasterxml.jackson.databind.JsonNode;
import com.trendythreads.opsdesk.platform.DemoPlatform;
import com.trendythreads.opsdesk.platform.DomainTestPlatform;
import com.trendythreads.opsdesk.platform.analytics.AnalyticsModule;
import com.trendythreads.opsdesk.platform.campaigns.CampaignsModule;
import com.trendythreads.opsdesk.platform.testkit.ApiCaller;
import java.util.List;

/// One real platform on a loopback port for all campaign, CRM and analytics tests (in-memory H2, the
/// real contract, the CRM fixtures), started once per test JVM: startup is the slow part, and every test
/// makes its own rows where it changes data.
public final class CrmTestPlatform {

    public static final List<String> USERS = List.of("mia.merch", "walt.warehouse", "mona.manager", "sam.support",
            "mark.marketing", "ada.admin");

    private static CrmTestPlatform instance;

    private final DomainTestPlatform shared;
    public final DemoPlatform platform;
    public final ApiCaller anonymous;

    private CrmTestPlatform() {
        shared = DomainTestPlatform.start(
                List.of(new CrmFixtures(), new CampaignsModule(), new CrmModule(), new AnalyticsModule()));
        platform = shared.platform();
        anonymous = shared.anonymous();
        Runtime.getRuntime().addShutdownHook(new Thread(shared::close));
    }

    public static synchronized CrmTestPlatform get() {
        if (instance == null) {
            instance = new CrmTestPlatform();
        }
        return instance;
    }

    /// A signed-in caller (password `demo`), one token per user for the whole run.
    public ApiCaller as(String username) {
        return shared.as(username);
    }

    /// The change token now (for "what did this test change" assertions).
    public String token() {
        return shared.changeToken();
    }

    /// Every change after `since` that the admin sees.
    public List<JsonNode> changesSince(String since) {
        return shared.changesSince(since);
    }
}
