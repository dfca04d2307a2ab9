package com.trendythreads.opsdesk.cache.segments;

import com.trendythreads.opsdesk.api.dto.campaigns.CampaignChannel;
import com.trendythreads.opsdesk.api.dto.crm.Consents;
import com.trendythreads.opsdesk.api.dto.crm.LoyaltyTier;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/// A rule segment: every condition that is set must hold (AND); an unset one (empty set, null) lets everyone
/// through.
///
/// @param tiers          loyalty tiers let in (empty: any tier)
/// @param consent        the customer must have consented to marketing on this channel (null: no condition)
/// @param categoryId     bought at least one item of this category or one below it (null: no condition)
/// @param withinDays     last cached order at most this many days ago (null: no condition)
/// @param minRecency     RFM recency score at least this (0: no condition); same for the two below
public record SegmentRule(Set<LoyaltyTier> tiers, CampaignChannel consent, String categoryId, Integer withinDays,
        int minRecency, int minFrequency, int minMonetary) {

    public static final SegmentRule EVERYONE = new SegmentRule(Set.of(), null, null, null, 0, 0, 0);

    public SegmentRule {
        tiers = tiers == null || tiers.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(tiers));
        if (withinDays != null && withinDays < 0) {
            throw new IllegalArgumentException("withinDays must not be negative");
        }
    }

    /// Whether these consents allow marketing on `channel`. The contract records three consents, so:
    /// EMAIL needs `emailMarketing`; PUSH (a message to the customer's phone) needs `smsMarketing`; SOCIAL and
    /// AFFILIATE audiences are matched to ad networks by profile and need `profiling`. No consents: never.
    public static boolean consented(Consents c, CampaignChannel channel) {
        if (c == null || channel == null) {
            return false;
        }
        return switch (channel) {
            case EMAIL -> c.emailMarketing();
            case PUSH -> c.smsMarketing();
            case SOCIAL, AFFILIATE -> c.profiling();
        };
    }

    /// The rule as text, stored on the platform with the pushed segment (`SegmentCreate.rule`, which the platform
    /// does not evaluate): `tier in [GOLD, PLATINUM] AND consent EMAIL AND category cat_12 AND last order ≤ 30 d`.
    public String describe() {
        List<String> parts = new ArrayList<>();
        if (!tiers.isEmpty()) {
            parts.add("tier in " + tiers.stream().sorted().map(Enum::name).collect(Collectors.joining(", ", "[", "]")));
        }
        if (consent != null) {
            parts.add("consent " + consent.name());
        }
        if (categoryId != null) {
            parts.add("category " + categoryId);
        }
        if (withinDays != null) {
            parts.add("last order <= " + withinDays + " d");
        }
        if (minRecency > 0) {
            parts.add("R >= " + minRecency);
        }
        if (minFrequency > 0) {
            parts.add("F >= " + minFrequency);
        }
        if (minMonetary > 0) {
            parts.add("M >= " + minMonetary);
        }
        return parts.isEmpty() ? "all customers" : String.join(" AND ", parts);
    }
}
