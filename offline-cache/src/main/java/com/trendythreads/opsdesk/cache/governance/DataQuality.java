package com.trendythreads.opsdesk.cache.governance;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.trendythreads.opsdesk.api.Json;
import com.trendythreads.opsdesk.api.dto.catalog.Category;
import com.trendythreads.opsdesk.api.dto.catalog.Product;
import com.trendythreads.opsdesk.api.dto.catalog.ProductStatus;
import com.trendythreads.opsdesk.api.dto.catalog.Variant;
import com.trendythreads.opsdesk.api.dto.common.Channel;
import com.trendythreads.opsdesk.api.dto.crm.Customer;
import com.trendythreads.opsdesk.api.rules.SalesCalendar;
import com.trendythreads.opsdesk.cache.catalog.Completeness;
import com.trendythreads.opsdesk.cache.catalog.ProductRules;
import com.trendythreads.opsdesk.cache.catalog.Violation;
import com.trendythreads.opsdesk.cache.store.CacheDatabase;
import com.trendythreads.opsdesk.cache.store.CacheException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/// Checks the data-quality rules ([QualityRule]) over the local cache and keeps a daily snapshot of the
/// counts (table `governance_snapshot`) for the trend. Blocking: call from background work.
///
/// One pass: every product document is read and parsed once (the catalog rules reuse [ProductRules] and
/// [Completeness], so a "missing attribute" here is exactly what the editor shows), duplicate EANs come from
/// the indexed `product_variant` table in one query, customers are read once and only when their rule is asked.
public final class DataQuality {

    /// One day's count of a rule.
    public record DayCount(LocalDate day, int violations) {
    }

    private static final ObjectMapper MAPPER = Json.mapper();
    private static final Comparator<Finding> ORDER = Comparator.comparing(Finding::label, String.CASE_INSENSITIVE_ORDER)
            .thenComparing(Finding::recordId);

    private final CacheDatabase db;
    private final Clock clock;

    public DataQuality(CacheDatabase db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    /// Checks `rules` against the cache as it is now.
    public QualityReport check(Set<QualityRule> rules) {
        Instant at = clock.instant();
        Map<QualityRule, List<Finding>> out = new EnumMap<>(QualityRule.class);
        Map<QualityRule, Integer> checked = new EnumMap<>(QualityRule.class);
        Set<QualityRule> catalogRules = EnumSet.noneOf(QualityRule.class);
        for (QualityRule r : rules) {
            out.put(r, new ArrayList<>());
            if (r.subject() == QualityRule.Subject.PRODUCT) {
                catalogRules.add(r);
            }
        }
        if (!catalogRules.isEmpty()) {
            int products = products(catalogRules, out);
            catalogRules.forEach(r -> checked.put(r, products));
        }
        if (rules.contains(QualityRule.DUPLICATE_EAN)) {
            duplicateEans(out.get(QualityRule.DUPLICATE_EAN));
        }
        if (rules.contains(QualityRule.CUSTOMER_WITHOUT_CONSENT)) {
            checked.put(QualityRule.CUSTOMER_WITHOUT_CONSENT, customers(out.get(QualityRule.CUSTOMER_WITHOUT_CONSENT)));
        }
        out.values().forEach(l -> l.sort(ORDER));
        return new QualityReport(at, out, checked);
    }

    /// [#check] and records the counts as today's snapshot (the shop's day, Europe/Berlin).
    public QualityReport checkAndRecord(Set<QualityRule> rules) {
        QualityReport report = check(rules);
        record(report);
        return report;
    }

    /// Records the report's counts as the snapshot of its day, replacing an earlier one of that day.
    public void record(QualityReport report) {
        LocalDate day = LocalDate.ofInstant(report.at(), SalesCalendar.ZONE);
        OffsetDateTime takenAt = OffsetDateTime.ofInstant(report.at(), ZoneOffset.UTC);
        db.write(tx -> {
            for (QualityRule r : report.findings().keySet()) {
                tx.handle().createUpdate("MERGE INTO governance_snapshot (shop_day, rule, violations, checked, taken_at)"
                                + " KEY (shop_day, rule) VALUES (:day, :rule, :v, :c, :at)")
                        .bind("day", day).bind("rule", r.name()).bind("v", report.count(r))
                        .bind("c", report.checked().getOrDefault(r, 0)).bind("at", takenAt).execute();
            }
            return null;
        });
    }

    /// The recorded counts of the last `days` shop days up to today, oldest first, per rule; a day without a
    /// check is absent (the trend is drawn through the days that have one).
    public Map<QualityRule, List<DayCount>> trend(int days) {
        LocalDate today = LocalDate.ofInstant(clock.instant(), SalesCalendar.ZONE);
        LocalDate from = today.minusDays(days - 1L);
        Map<QualityRule, List<DayCount>> out = new EnumMap<>(QualityRule.class);
        db.read(h -> h.createQuery("SELECT shop_day, rule, violations FROM governance_snapshot"
                        + " WHERE shop_day BETWEEN :from AND :to ORDER BY shop_day")
                .bind("from", from).bind("to", today)
                .map((rs, ctx) -> {
                    QualityRule rule = ruleOf(rs.getString(2));
                    if (rule != null) {
                        out.computeIfAbsent(rule, r -> new ArrayList<>())
                                .add(new DayCount(rs.getObject(1, LocalDate.class), rs.getInt(3)));
                    }
                    return rule;
                }).list());
        return out;
    }

    private int products(Set<QualityRule> rules, Map<QualityRule, List<Finding>> out) {
        Map<String, Category> categories = new HashMap<>();
        db.read(h -> h.createQuery("SELECT doc FROM categories").mapTo(String.class).list())
                .forEach(d -> {
                    Category c = parse(d, Category.class);
                    categories.put(c.id(), c);
                });
        int[] n = {0};
        db.read(h -> {
            h.createQuery("SELECT doc FROM products").setFetchSize(500).mapTo(String.class).forEach(doc -> {
                Product p = parse(doc, Product.class);
                n[0]++;
                Category category = p.categoryId() == null ? null : categories.get(p.categoryId());
                boolean published = p.status() == ProductStatus.ACTIVE && p.channels() != null
                        && !p.channels().isEmpty();
                if (published && rules.contains(QualityRule.MISSING_ATTRIBUTES) && requiresAny(category, p.channels())) {
                    missingAttributes(p, category, out.get(QualityRule.MISSING_ATTRIBUTES));
                }
                if (published && rules.contains(QualityRule.PUBLISHED_WITHOUT_IMAGES)
                        && Completeness.of(p, category, p.channels().getFirst()).missing().contains("media")) {
                    out.get(QualityRule.PUBLISHED_WITHOUT_IMAGES).add(new Finding(QualityRule.PUBLISHED_WITHOUT_IMAGES,
                            p.id(), p.title(), p.channels().stream().map(Channel::name).toList()));
                }
                if (rules.contains(QualityRule.PRICE_BELOW_COST)) {
                    belowCost(p, out.get(QualityRule.PRICE_BELOW_COST));
                }
            });
            return null;
        });
        return n[0];
    }

    /// Whether the category requires any attribute for one of `channels` (only then can the rule fire, so
    /// the full [ProductRules] check, which also runs every variant's patterns, is skipped otherwise).
    private static boolean requiresAny(Category category, List<Channel> channels) {
        return category != null && category.attributes() != null && category.attributes().stream()
                .anyMatch(a -> a.requiredFor() != null && a.requiredFor().stream().anyMatch(channels::contains));
    }

    private static void missingAttributes(Product p, Category category, List<Finding> out) {
        // The editor's rule (an ACTIVE product lacks an attribute one of its channels requires), so this list
        // and the editor's error beside the field never disagree.
        Set<String> missing = new LinkedHashSet<>();
        for (Violation v : ProductRules.check(p, category)) {
            if (v.code().equals("rule.attribute.requiredFor")) {
                missing.add(v.field().substring("attributes.".length()));
            }
        }
        if (!missing.isEmpty()) {
            out.add(new Finding(QualityRule.MISSING_ATTRIBUTES, p.id(), p.title(), List.copyOf(missing)));
        }
    }

    private static void belowCost(Product p, List<Finding> out) {
        if (p.variants() == null) {
            return;
        }
        List<String> skus = new ArrayList<>();
        for (Variant v : p.variants()) {
            if (v != null && v.priceCents() != null && v.costCents() != null && v.priceCents() < v.costCents()) {
                skus.add(v.sku() + ": " + euros(v.priceCents()) + " < " + euros(v.costCents()));
            }
        }
        if (!skus.isEmpty()) {
            out.add(new Finding(QualityRule.PRICE_BELOW_COST, p.id(), p.title(), skus));
        }
    }

    private void duplicateEans(List<Finding> out) {
        // ean is indexed (product_variant_ean): the GROUP BY reads the index, the join only the duplicates.
        record Row(String ean, String sku, String productId, String title) {
        }
        List<Row> rows = db.read(h -> h.createQuery("""
                        SELECT v.ean, v.sku, v.product_id, p.title FROM product_variant v
                        JOIN products p ON p.id = v.product_id
                        WHERE v.ean IN (SELECT ean FROM product_variant WHERE ean IS NOT NULL AND ean <> ''
                                        GROUP BY ean HAVING COUNT(*) > 1)
                        ORDER BY v.ean, v.sku""")
                .map((rs, ctx) -> new Row(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4))).list());
        Map<String, List<String>> skusByEan = new LinkedHashMap<>();
        rows.forEach(r -> skusByEan.computeIfAbsent(r.ean(), e -> new ArrayList<>()).add(r.sku()));
        Map<String, Set<String>> detail = new LinkedHashMap<>();
        Map<String, String> titles = new HashMap<>();
        for (Row r : rows) {
            titles.put(r.productId(), r.title());
            detail.computeIfAbsent(r.productId(), id -> new LinkedHashSet<>())
                    .add(r.ean() + " = " + String.join(", ", skusByEan.get(r.ean())));
        }
        detail.forEach((id, d) -> out.add(new Finding(QualityRule.DUPLICATE_EAN, id, titles.get(id), List.copyOf(d))));
    }

    private int customers(List<Finding> out) {
        int[] n = {0};
        db.read(h -> {
            h.createQuery("SELECT doc FROM customers").setFetchSize(500).mapTo(String.class).forEach(doc -> {
                Customer c = parse(doc, Customer.class);
                n[0]++;
                if (c.consents() == null || c.consents().updatedAt() == null) {
                    // The id only: the list and its export carry no personal data.
                    out.add(new Finding(QualityRule.CUSTOMER_WITHOUT_CONSENT, c.id(), c.id(), List.of()));
                }
            });
            return null;
        });
        return n[0];
    }

    private static QualityRule ruleOf(String name) {
        try {
            return QualityRule.valueOf(name);
        } catch (IllegalArgumentException e) {
            return null; // a rule of a newer build that this one does not know
        }
    }

    private static String euros(long cents) {
        return String.format(Locale.ROOT, "EUR %d.%02d", cents / 100, Math.abs(cents % 100));
    }

    private static <T> T parse(String doc, Class<T> type) {
        try {
            return MAPPER.readValue(doc, type);
        } catch (JsonProcessingException e) {
            throw new CacheException("A stored " + type.getSimpleName() + " cannot be read: " + e.getOriginalMessage(), e);
        }
    }
}
