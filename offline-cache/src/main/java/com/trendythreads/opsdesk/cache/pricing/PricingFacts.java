package com.trendythreads.opsdesk.cache.pricing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.trendythreads.opsdesk.api.Json;
import com.trendythreads.opsdesk.api.dto.catalog.Product;
import com.trendythreads.opsdesk.api.dto.catalog.Variant;
import com.trendythreads.opsdesk.cache.store.CacheDatabase;
import com.trendythreads.opsdesk.cache.store.CacheException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/// Reads the facts of every active style from the cache: its products, stock and the orders of the last
/// [#WINDOW_DAYS] days (the cached working set), plus the stored external context ([MarketContext]).
///
/// Sell-through to date counts the window's part of the season: units sold since
/// `max(season start, window start)` ÷ (those units + on hand). The plan sells [PricingThresholds#targetSellThrough]
/// of that stock evenly from the same day to the season's end, so the planned sell-through by now is
/// `target × days gone ÷ days from that day to the season's end` (the target itself once the season is over).
public final class PricingFacts {

    /// The order window: 13 weeks before today (today, being incomplete, is left out).
    public static final int WINDOW_DAYS = 91;

    private static final ObjectMapper JSON = Json.mapper();

    private PricingFacts() {
    }

    public static List<StyleFacts> load(CacheDatabase db, LocalDate today, ZoneId zone, PricingThresholds t,
            Map<String, MarketContext.Context> context) {
        LocalDate first = today.minusDays(WINDOW_DAYS);
        List<Product> products = db.read(h -> h.createQuery("SELECT doc FROM products WHERE status = 'ACTIVE' ORDER BY title, id")
                .map((rs, ctx) -> read(rs.getString(1), Product.class)).list());
        Map<String, Integer> onHand = new HashMap<>();
        db.read(h -> h.createQuery("SELECT sku, SUM(on_hand) FROM stock GROUP BY sku")
                .map((rs, ctx) -> onHand.put(rs.getString(1), rs.getInt(2))).list());
        Map<String, Long> listPrice = new HashMap<>();
        java.util.Set<String> onMarkdown = new java.util.HashSet<>(); // a "was" price above the price
        products.forEach(p -> p.variants().forEach(v -> {
            if (v.priceCents() != null) {
                listPrice.put(v.sku(), v.priceCents());
                if (v.compareAtPriceCents() != null && v.compareAtPriceCents() > v.priceCents()) {
                    onMarkdown.add(v.sku());
                }
            }
        }));
        // per product: units per day, units and price-weighted units per week, discounted units
        Map<String, double[]> daily = new HashMap<>();
        Map<String, double[]> weekUnits = new HashMap<>();
        Map<String, double[]> weekPriceUnits = new HashMap<>();
        Map<String, double[]> discounted = new HashMap<>();
        db.read(h -> h.createQuery("SELECT placed_at, doc FROM orders WHERE placed_at >= :from AND placed_at < :to"
                        + " AND (status IS NULL OR status <> 'CANCELLED')")
                .bind("from", first.atStartOfDay(zone).toOffsetDateTime())
                .bind("to", today.atStartOfDay(zone).toOffsetDateTime())
                .setFetchSize(1_000)
                .map((rs, ctx) -> {
                    OffsetDateTime at = rs.getObject(1, OffsetDateTime.class);
                    int day = (int) ChronoUnit.DAYS.between(first, at.atZoneSameInstant(zone).toLocalDate());
                    if (day < 0 || day >= WINDOW_DAYS) {
                        return 0;
                    }
                    for (JsonNode line : tree(rs.getString(2)).path("lines")) {
                        String pid = line.path("productId").asText(null);
                        String sku = line.path("sku").asText(null);
                        int qty = line.path("quantity").asInt(0);
                        Long list = sku == null ? null : listPrice.get(sku);
                        if (pid == null || qty <= 0 || list == null || list <= 0) {
                            continue;
                        }
                        long unit = line.path("unitPriceCents").asLong(list);
                        daily.computeIfAbsent(pid, k -> new double[WINDOW_DAYS])[day] += qty;
                        weekUnits.computeIfAbsent(pid, k -> new double[WINDOW_DAYS / 7])[day / 7] += qty;
                        weekPriceUnits.computeIfAbsent(pid, k -> new double[WINDOW_DAYS / 7])[day / 7]
                                += qty * (double) unit / list;
                        if (unit < list || onMarkdown.contains(sku) || line.path("discountCents").asLong(0) > 0) {
                            discounted.computeIfAbsent(pid, k -> new double[1])[0] += qty;
                        }
                    }
                    return 0;
                }).list());
        List<StyleFacts> out = new ArrayList<>();
        for (Product p : products) {
            double[] d = daily.getOrDefault(p.id(), new double[WINDOW_DAYS]);
            Optional<Season> season = Season.of(p.season());
            LocalDate from = season.map(s -> s.start().isAfter(first) ? s.start() : first).orElse(first);
            int fromDay = (int) Math.max(0, Math.min(WINDOW_DAYS, ChronoUnit.DAYS.between(first, from)));
            int units = 0;
            int all = 0;
            for (int i = 0; i < WINDOW_DAYS; i++) {
                all += (int) d[i];
                if (i >= fromDay) {
                    units += (int) d[i];
                }
            }
            int stock = 0;
            long price = 0;
            long cost = 0;
            int priced = 0;
            int costed = 0;
            for (Variant v : p.variants()) {
                stock += Math.max(0, onHand.getOrDefault(v.sku(), 0));
                if (v.priceCents() != null) {
                    price += v.priceCents();
                    priced++;
                }
                if (v.costCents() != null) {
                    cost += v.costCents();
                    costed++;
                }
            }
            double planned = season.map(s -> {
                if (s.over(today)) {
                    return t.targetSellThrough();
                }
                long gone = ChronoUnit.DAYS.between(from, today);
                long span = ChronoUnit.DAYS.between(from, s.end()) + 1;
                return span <= 0 ? t.targetSellThrough() : t.targetSellThrough() * Math.max(0, gone) / span;
            }).orElse(t.targetSellThrough() * 0.5);
            double last28 = sum(d, WINDOW_DAYS - 28, WINDOW_DAYS);
            double last14 = sum(d, WINDOW_DAYS - 14, WINDOW_DAYS);
            double prev14 = sum(d, WINDOW_DAYS - 28, WINDOW_DAYS - 14);
            double trend = prev14 == 0 ? (last14 == 0 ? 0 : 1) : (last14 - prev14) / prev14;
            List<Elasticity.Point> weeks = new ArrayList<>();
            double[] wu = weekUnits.get(p.id());
            if (wu != null) {
                double[] wp = weekPriceUnits.get(p.id());
                for (int w = 0; w < wu.length; w++) {
                    if (wu[w] > 0) {
                        weeks.add(new Elasticity.Point(p.id(), wp[w] / wu[w], wu[w]));
                    }
                }
            }
            MarketContext.Context c = context.get(p.categoryId());
            out.add(new StyleFacts(p.id(), p.title(), p.categoryId(), p.season(),
                    season.map(s -> s.daysLeft(today)).orElse(-1L), season.map(s -> s.elapsed(today)).orElse(0.5),
                    units, stock, planned, last28 / 4.0, trend,
                    all == 0 ? 0 : discounted.getOrDefault(p.id(), new double[1])[0] / all,
                    priced == 0 ? 0 : price / priced, costed == 0 ? 0 : cost / costed,
                    c == null ? null : c.competitorIndex(), c == null ? null : c.weatherIndex(),
                    c == null ? null : c.sentiment(), d, List.copyOf(weeks)));
        }
        return out;
    }

    private static double sum(double[] d, int from, int to) {
        double s = 0;
        for (int i = Math.max(0, from); i < to; i++) {
            s += d[i];
        }
        return s;
    }

    private static JsonNode tree(String doc) {
        try {
            return JSON.readTree(doc);
        } catch (JsonProcessingException e) {
            throw new CacheException("A stored order cannot be read: " + e.getOriginalMessage(), e);
        }
    }

    private static <T> T read(String doc, Class<T> type) {
        try {
            return JSON.readValue(doc, type);
        } catch (JsonProcessingException e) {
            throw new CacheException("A stored document cannot be read: " + e.getOriginalMessage(), e);
        }
    }
}
