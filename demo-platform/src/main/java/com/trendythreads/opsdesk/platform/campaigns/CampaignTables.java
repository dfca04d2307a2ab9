package com.trendythreads.opsdesk.platform.campaigns;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.trendythreads.opsdesk.api.dto.campaigns.Campaign;
import com.trendythreads.opsdesk.api.dto.campaigns.PromoCode;
import com.trendythreads.opsdesk.api.dto.campaigns.Segment;
import com.trendythreads.opsdesk.platform.store.DocTable;
import java.util.HashMap;
import java.util.Map;

/// The campaign document tables of `V2__domain.sql`, with their derived columns.
public final class CampaignTables {

    public final DocTable<Campaign> campaigns;
    public final DocTable<PromoCode> promoCodes;
    public final DocTable<Segment> segments;

    public CampaignTables(ObjectMapper json) {
        campaigns = new DocTable<>(new DocTable.Spec<>("campaigns", "id", Campaign.class, Campaign::id,
                Campaign::version, c -> Map.of("status", c.status(), "channel", c.channel(),
                "updated_at", c.updatedAt())), json);
        promoCodes = new DocTable<>(new DocTable.Spec<>("promo_codes", "code", PromoCode.class, PromoCode::code,
                PromoCode::version, p -> {
                    Map<String, Object> m = new HashMap<>();
                    m.put("campaign_id", p.campaignId());
                    m.put("active", p.active());
                    return m;
                }), json);
        segments = new DocTable<>(new DocTable.Spec<>("segments", "id", Segment.class, Segment::id,
                Segment::version, s -> Map.of()), json);
    }
}
