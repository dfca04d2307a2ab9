package com.trendythreads.opsdesk.cache.segments;

import com.trendythreads.opsdesk.api.dto.campaigns.CampaignChannel;
import com.trendythreads.opsdesk.api.dto.crm.Consents;
import com.trendythreads.opsdesk.api.dto.crm.Customer;
import com.trendythreads.opsdesk.api.dto.crm.LoyaltyTier;
import com.trendythreads.opsdesk.api.dto.orders.Order;
import com.trendythreads.opsdesk.api.dto.orders.OrderLine;
import com.trendythreads.opsdesk.api.dto.orders.OrderStatus;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/// What rule segments are evaluated over: every cached customer with tier, consents, the categories they
/// bought (from cached orders that are not cancelled) and their RFM score. Immutable; built once in the
/// background, then every rule change is evaluated in memory.
public final class SegmentFacts {

    /// One customer as segments see them. `rfm` is null without a cached order.
    public record Member(String id, String name, LoyaltyTier tier, Consents consents, Instant lastOrder,
            Set<String> categories, Rfm.Score rfm) {
    }

    /// A rule's members and how many of them may be contacted on the channel.
    public record Evaluation(List<String> memberIds, int reachable, CampaignChannel channel) {
        public int size() {
            return memberIds.size();
        }
    }

    /// A category and how many units of it the customers bought.
    public record CategoryCount(String categoryId, String name, long units) {
    }

    private final Instant now;
    private final Map<String, Member> members;
    private final Rfm.Result rfm;
    private final Map<String, String> parentOf;
    private final Map<String, String> categoryNames;
    private final Map<String, Map<String, Long>> unitsByCustomer;

    /// @param categoryOf product id → category id (null when unknown)
    /// @param parentOf   category id → parent category id (a root maps to null or is missing)
    public SegmentFacts(Collection<Customer> customers, Collection<Order> orders, Function<String, String> categoryOf,
            Map<String, String> parentOf, Map<String, String> categoryNames, Instant now) {
        this.now = now;
        this.parentOf = Map.copyOf(withoutNulls(parentOf));
        this.categoryNames = Map.copyOf(withoutNulls(categoryNames));
        this.rfm = Rfm.compute(orders, now);
        Map<String, Instant> last = new HashMap<>();
        Map<String, Map<String, Long>> units = new HashMap<>();
        for (Order o : orders) {
            if (o.status() == OrderStatus.CANCELLED || o.customer() == null || o.customer().id() == null) {
                continue;
            }
            String c = o.customer().id();
            if (o.placedAt() != null) {
                last.merge(c, o.placedAt(), (a, b) -> a.isAfter(b) ? a : b);
            }
            for (OrderLine l : o.lines() == null ? List.<OrderLine>of() : o.lines()) {
                String cat = l.productId() == null ? null : categoryOf.apply(l.productId());
                if (cat != null) {
                    units.computeIfAbsent(c, k -> new HashMap<>()).merge(cat, (long) l.quantity(), Long::sum);
                }
            }
        }
        this.unitsByCustomer = units;
        Map<String, Member> m = new HashMap<>();
        for (Customer c : customers) {
            m.put(c.id(), new Member(c.id(), (nz(c.firstName()) + " " + nz(c.lastName())).strip(), c.loyaltyTier(),
                    c.consents(), last.get(c.id()), units.getOrDefault(c.id(), Map.of()).keySet(),
                    rfm.scores().get(c.id())));
        }
        this.members = Map.copyOf(m);
    }

    public static final SegmentFacts EMPTY = new SegmentFacts(List.of(), List.of(), p -> null, Map.of(), Map.of(),
            Instant.EPOCH);

    public Rfm.Result rfm() {
        return rfm;
    }

    public int customerCount() {
        return members.size();
    }

    public Map<String, String> categoryNames() {
        return categoryNames;
    }

    /// The members of `rule` (by id) and how many consented to `channel` (null channel: none are reachable).
    public Evaluation evaluate(SegmentRule rule, CampaignChannel channel) {
        List<String> ids = new ArrayList<>();
        int reachable = 0;
        Map<String, Boolean> inCategory = new HashMap<>(); // category → under the rule's category (few hundred)
        for (Member m : members.values()) {
            if (matches(m, rule, inCategory)) {
                ids.add(m.id());
                if (SegmentRule.consented(m.consents(), channel)) {
                    reachable++;
                }
            }
        }
        ids.sort(Comparator.naturalOrder());
        return new Evaluation(List.copyOf(ids), reachable, channel);
    }

    /// Only the members of `rule` who consented to `channel`: the ones a campaign on it may address.
    public List<String> reachableIds(SegmentRule rule, CampaignChannel channel) {
        return evaluate(rule, channel).memberIds().stream()
                .filter(id -> SegmentRule.consented(members.get(id).consents(), channel)).toList();
    }

    public boolean matches(Member m, SegmentRule rule) {
        return matches(m, rule, new HashMap<>());
    }

    private boolean matches(Member m, SegmentRule rule, Map<String, Boolean> inCategory) {
        if (!rule.tiers().isEmpty() && !rule.tiers().contains(m.tier())) {
            return false;
        }
        if (rule.consent() != null && !SegmentRule.consented(m.consents(), rule.consent())) {
            return false;
        }
        if (rule.categoryId() != null && !boughtIn(m, rule.categoryId(), inCategory)) {
            return false;
        }
        if (rule.withinDays() != null && (m.lastOrder() == null || daysSince(m.lastOrder()) > rule.withinDays())) {
            return false;
        }
        if (rule.minRecency() > 0 || rule.minFrequency() > 0 || rule.minMonetary() > 0) {
            Rfm.Score s = m.rfm();
            return s != null && s.r() >= rule.minRecency() && s.f() >= rule.minFrequency()
                    && s.m() >= rule.minMonetary();
        }
        return true;
    }

    /// The categories the members bought most (units), most first, ties by id.
    public List<CategoryCount> topCategories(Collection<String> memberIds, int limit) {
        Map<String, Long> total = new HashMap<>();
        for (String id : memberIds) {
            unitsByCustomer.getOrDefault(id, Map.of()).forEach((cat, u) -> total.merge(cat, u, Long::sum));
        }
        return total.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry::getKey))
                .limit(limit)
                .map(e -> new CategoryCount(e.getKey(), categoryNames.getOrDefault(e.getKey(), e.getKey()), e.getValue()))
                .toList();
    }

    public Member member(String id) {
        return members.get(id);
    }

    private boolean boughtIn(Member m, String ancestor, Map<String, Boolean> memo) {
        for (String c : m.categories()) {
            if (memo.computeIfAbsent(c, k -> under(k, ancestor))) {
                return true;
            }
        }
        return false;
    }

    private long daysSince(Instant t) {
        return Math.floorDiv(now.getEpochSecond() - t.getEpochSecond(), 86_400L);
    }

    private boolean under(String category, String ancestor) {
        Set<String> seen = new HashSet<>();
        for (String c = category; c != null && seen.add(c); c = parentOf.get(c)) {
            if (c.equals(ancestor)) {
                return true;
            }
        }
        return false;
    }

    private static Map<String, String> withoutNulls(Map<String, String> m) {
        Map<String, String> out = new HashMap<>();
        m.forEach((k, v) -> {
            if (k != null && v != null) {
                out.put(k, v);
            }
        });
        return out;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
