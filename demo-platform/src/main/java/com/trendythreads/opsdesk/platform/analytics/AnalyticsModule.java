package com.trendythreads.opsdesk.platform.analytics;

import com.trendythreads.opsdesk.platform.DomainModule;
import com.trendythreads.opsdesk.platform.ModuleContext;
import com.trendythreads.opsdesk.platform.crm.DomainDeps;

/// Daily sales, traffic and external context: read-only aggregates, nothing in the change feed.
public final class AnalyticsModule implements DomainModule {

    @Override
    public void register(ModuleContext m) {
        AnalyticsHandlers handlers = new AnalyticsHandlers(DomainDeps.of(m));
        m.handlers()
                .handle("getDailySales", handlers::dailySales)
                .handle("getTraffic", handlers::traffic)
                .handle("getExternalContext", handlers::externalContext);
    }
}
