package com.trendythreads.opsdesk.cache.repo;

import com.trendythreads.opsdesk.api.dto.campaigns.Campaign;
import com.trendythreads.opsdesk.api.dto.campaigns.CampaignStatus;
import com.trendythreads.opsdesk.api.dto.campaigns.PromoCode;
import com.trendythreads.opsdesk.api.dto.campaigns.Segment;
import com.trendythreads.opsdesk.cache.store.CacheDatabase;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/// Campaigns and their promo codes.
public final class CampaignRepository extends Documents {

    @Inject
    public CampaignRepository(CacheDatabase db) {
        super(db, Set.of("campaigns", "promo_codes", "segments"));
    }

    public Optional<Campaign> get(String id) {
        return one(Campaign.class, "SELECT doc FROM campaigns WHERE id = :id", Map.of("id", id));
    }

    /// Campaigns, optionally only in `status` (null: any), latest start first.
    public List<Campaign> list(CampaignStatus status) {
        return status == null
                ? list(Campaign.class, "SELECT doc FROM campaigns ORDER BY starts_at DESC NULLS LAST, id", Map.of())
                : list(Campaign.class, "SELECT doc FROM campaigns WHERE status = :s ORDER BY starts_at DESC NULLS LAST, id",
                        Map.of("s", status));
    }

    public Optional<PromoCode> promoCode(String code) {
        return one(PromoCode.class, "SELECT doc FROM promo_codes WHERE id = :code", Map.of("code", code));
    }

    /// The codes of a campaign, by code.
    public List<PromoCode> promoCodesOf(String campaignId) {
        return list(PromoCode.class, "SELECT doc FROM promo_codes WHERE campaign_id = :c ORDER BY id", Map.of("c", campaignId));
    }

    /// The cached audience segments by id, for a campaign's audience picker.
    public List<Segment> segments() {
        return list(Segment.class, "SELECT doc FROM segments ORDER BY id", Map.of());
    }
}
