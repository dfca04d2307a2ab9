package com.trendythreads.opsdesk.platform.campaigns;

import com.trendythreads.opsdesk.platform.DomainModule;
import com.trendythreads.opsdesk.platform.ModuleContext;
import com.trendythreads.opsdesk.platform.changes.ResourceReaders;
import com.trendythreads.opsdesk.platform.crm.DomainDeps;

/// Campaigns, their metrics, promo codes and segments.
public final class CampaignsModule implements DomainModule {

    @Override
    public void register(ModuleContext m) {
        m.policies()
                .register("campaign", ResourceReaders.of(m.spec(), "campaign"))
                .register("promo_code", ResourceReaders.of(m.spec(), "promo_code"))
                .register("segment", ResourceReaders.of(m.spec(), "segment"));
        DomainDeps deps = DomainDeps.of(m);
        CampaignTables tables = new CampaignTables(m.json());
        CampaignHandlers campaigns = new CampaignHandlers(deps, tables);
        PromoCodeHandlers codes = new PromoCodeHandlers(deps, tables);
        m.handlers()
                .handle("listCampaigns", campaigns::list)
                .handle("createCampaign", campaigns::create)
                .handle("getCampaign", campaigns::get)
                .handle("updateCampaign", campaigns::update)
                .handle("scheduleCampaign", campaigns::schedule)
                .handle("getCampaignMetrics", campaigns::metrics)
                .handle("listPromoCodes", codes::list)
                .handle("createPromoCode", codes::create)
                .handle("getPromoCode", codes::get)
                .handle("updatePromoCode", codes::update)
                .handle("bulkCreatePromoCodes", codes::bulkCreate)
                .handle("listSegments", codes::listSegments)
                .handle("createSegment", codes::createSegment);
    }
}
