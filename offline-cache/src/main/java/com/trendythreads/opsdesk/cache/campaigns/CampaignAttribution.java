package com.trendythreads.opsdesk.cache.campaigns;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.trendythreads.opsdesk.api.Json;
import com.trendythreads.opsdesk.api.dto.campaigns.Campaign;
import com.trendythreads.opsdesk.api.dto.campaigns.PromoCode;
import com.trendythreads.opsdesk.api.dto.orders.Order;
import com.trendythreads.opsdesk.api.dto.orders.OrderStatus;
import com.trendythreads.opsdesk.cache.kpi.SalesKpis;
import com.trendythreads.opsdesk.cache.repo.CampaignRepository;
import com.trendythreads.opsdesk.cache.store.CacheDatabase;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/// Revenue the desk attributes to a campaign from the CACHED orders (`docs/CAMPAIGNS.md`, "Attributed
/// revenue"): an order counts when it is not cancelled and either carries the campaign's attribution id as
/// its `campaignId` or used one of the campaign's promo codes (its `promoCodes` or the codes whose
/// `campaignId` is the campaign); an order matching both ways counts once. Its revenue is the order's net
/// sales by the one rule of `docs/KPIS.md` ([SalesKpis#netOf]). Redemptions count the campaign's codes used
/// on those orders (an order with two of them counts two), as `CODE_REDEMPTIONS` does. Blocking.
public final class CampaignAttribution {

    private static final ObjectMapper JSON = Json.mapper();

    private final CacheDatabase db;
    private final CampaignRepository campaigns;

    public CampaignAttribution(CacheDatabase db, CampaignRepository campaigns) {
        this.db = Objects.requireNonNull(db, "db");
        this.campaigns = Objects.requireNonNull(campaigns, "campaigns");
    }

    /// The desk's figures for one campaign.
    ///
    /// @param orders        attributed orders
    /// @param revenueCents  their net sales
    /// @param redemptions   the campaign's codes used on cached orders
    /// @param byCodeOnly    orders counted only through a code (the platform does not count them)
    /// @param orderIds      the attributed orders, for a drill-down
    public record Attributed(long orders, long revenueCents, long redemptions, long byCodeOnly, List<String> orderIds) {
    }

    /// The campaign's codes: those it lists and those that name it.
    public Set<String> codesOf(Campaign c) {
        Set<String> codes = new LinkedHashSet<>(c.promoCodes() == null ? List.of() : c.promoCodes());
        for (PromoCode p : campaigns.promoCodesOf(c.id())) {
            codes.add(p.code());
        }
        return codes;
    }

    public Attributed of(Campaign c) {
        Set<String> codes = codesOf(c);
        Map<String, String> docs = new TreeMap<>(); // by order id
        db.read(h -> {
            if (c.attributionId() != null) {
                h.createQuery("SELECT id, doc FROM orders WHERE campaign_id = :a ORDER BY id")
                        .bind("a", c.attributionId())
                        .map((rs, x) -> docs.put(rs.getString(1), rs.getString(2))).forEach(x -> { });
            }
            for (String code : codes) {
                // a cheap pre-filter on the JSON text; the code list itself decides below
                h.createQuery("SELECT id, doc FROM orders WHERE doc LIKE :p ORDER BY id")
                        .bind("p", "%\"" + code.replace("%", "\\%").replace("_", "\\_") + "\"%")
                        .map((rs, x) -> docs.putIfAbsent(rs.getString(1), rs.getString(2))).forEach(x -> { });
            }
            return null;
        });
        long orders = 0;
        long revenue = 0;
        long redemptions = 0;
        long byCodeOnly = 0;
        List<String> ids = new ArrayList<>();
        for (String doc : docs.values()) {
            Order o = read(doc);
            if (o.status() == OrderStatus.CANCELLED) {
                continue;
            }
            boolean byId = c.attributionId() != null && c.attributionId().equals(o.campaignId());
            long used = o.promoCodes() == null ? 0 : o.promoCodes().stream().filter(codes::contains).count();
            if (!byId && used == 0) {
                continue;
            }
            orders++;
            revenue += SalesKpis.netOf(o);
            redemptions += used;
            byCodeOnly += byId ? 0 : 1;
            ids.add(o.id());
        }
        return new Attributed(orders, revenue, redemptions, byCodeOnly, List.copyOf(ids));
    }

    private static Order read(String doc) {
        try {
            return JSON.readValue(doc, Order.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("corrupt order document", e);
        }
    }
}
