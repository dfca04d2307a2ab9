package com.trendythreads.opsdesk.cache.segments;

import static com.trendythreads.opsdesk.cache.segments.HandBuiltSegments.NOW;
import static com.trendythreads.opsdesk.cache.segments.HandBuiltSegments.customer;
import static com.trendythreads.opsdesk.cache.segments.HandBuiltSegments.order;
import static org.assertj.core.api.Assertions.assertThat;

import com.trendythreads.opsdesk.api.dto.campaigns.CampaignChannel;
import com.trendythreads.opsdesk.api.dto.crm.LoyaltyTier;
import com.trendythreads.opsdesk.api.dto.orders.OrderStatus;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/// Rule segments, consent filtering and top categories over five hand-built customers:
///
/// | id | tier     | e-mail | sms | profiling | cached orders (not cancelled)        |
/// |----|----------|--------|-----|-----------|--------------------------------------|
/// | a  | GOLD     | yes    | no  | no        | dress, 5 days ago                    |
/// | b  | SILVER   | no     | yes | yes       | shirt, 40 days ago                   |
/// | c  | GOLD     | yes    | yes | no        | top + shirt 20 d ago, top 25 d ago   |
/// | d  | PLATINUM | no     | no  | no        | none                                 |
/// | e  | BRONZE   | yes    | no  | no        | none (a dress order 1 d ago, cancelled) |
///
/// Categories: women → dresses, tops; men → shirts.
class SegmentFactsTest {

    private static final SegmentFacts FACTS = new SegmentFacts(
            List.of(customer("a", LoyaltyTier.GOLD, true, false, false),
                    customer("b", LoyaltyTier.SILVER, false, true, true),
                    customer("c", LoyaltyTier.GOLD, true, true, false),
                    customer("d", LoyaltyTier.PLATINUM, false, false, false),
                    customer("e", LoyaltyTier.BRONZE, true, false, false)),
            List.of(order("o1", "a", 5, OrderStatus.DELIVERED, 5_000, List.of(), "p-dress"),
                    order("o2", "b", 40, OrderStatus.DELIVERED, 3_000, List.of(), "p-shirt"),
                    order("o3", "c", 20, OrderStatus.SHIPPED, 2_000, List.of(), "p-top", "p-shirt"),
                    order("o4", "c", 25, OrderStatus.DELIVERED, 2_000, List.of(), "p-top"),
                    order("o5", "e", 1, OrderStatus.CANCELLED, 9_000, List.of(), "p-dress")),
            Map.of("p-dress", "dresses", "p-top", "tops", "p-shirt", "shirts")::get,
            parents(), Map.of("women", "Women", "men", "Men", "dresses", "Dresses", "tops", "Tops", "shirts", "Shirts"),
            NOW);

    private static Map<String, String> parents() {
        Map<String, String> p = new HashMap<>();
        p.put("dresses", "women");
        p.put("tops", "women");
        p.put("shirts", "men");
        return p;
    }

    private static SegmentRule rule(Set<LoyaltyTier> tiers, CampaignChannel consent, String category, Integer days) {
        return new SegmentRule(tiers, consent, category, days, 0, 0, 0);
    }

    @Test
    void eachConditionAndTheirConjunction() {
        assertThat(FACTS.evaluate(SegmentRule.EVERYONE, null).memberIds()).containsExactly("a", "b", "c", "d", "e");
        assertThat(FACTS.evaluate(rule(Set.of(LoyaltyTier.GOLD, LoyaltyTier.PLATINUM), null, null, null), null)
                .memberIds()).containsExactly("a", "c", "d");
        assertThat(FACTS.evaluate(rule(Set.of(), null, "women", null), null).memberIds())
                .as("bought below the category; e's order was cancelled").containsExactly("a", "c");
        assertThat(FACTS.evaluate(rule(Set.of(), null, "tops", null), null).memberIds()).containsExactly("c");
        assertThat(FACTS.evaluate(rule(Set.of(), null, null, 30), null).memberIds())
                .as("b ordered 40 days ago, d never, e only cancelled").containsExactly("a", "c");
        assertThat(FACTS.evaluate(rule(Set.of(), null, null, 20), null).memberIds())
                .as("20 days ago is within 20 days").containsExactly("a", "c");
        assertThat(FACTS.evaluate(rule(Set.of(), null, null, 19), null).memberIds()).containsExactly("a");
        assertThat(FACTS.evaluate(rule(Set.of(LoyaltyTier.GOLD), null, "men", null), null).memberIds())
                .containsExactly("c");
        assertThat(FACTS.evaluate(rule(Set.of(LoyaltyTier.GOLD), CampaignChannel.PUSH, null, null), null).memberIds())
                .as("a consent condition keeps only who consented").containsExactly("c");
    }

    @Test
    void onlyConsentedCustomersAreReachable() {
        SegmentFacts.Evaluation email = FACTS.evaluate(SegmentRule.EVERYONE, CampaignChannel.EMAIL);
        assertThat(email.size()).isEqualTo(5);
        assertThat(email.reachable()).as("a, c, e consented to e-mail").isEqualTo(3);
        assertThat(FACTS.evaluate(SegmentRule.EVERYONE, CampaignChannel.PUSH).reachable()).as("b, c: sms").isEqualTo(2);
        assertThat(FACTS.evaluate(SegmentRule.EVERYONE, CampaignChannel.SOCIAL).reachable()).as("b: profiling")
                .isEqualTo(1);
        assertThat(FACTS.evaluate(SegmentRule.EVERYONE, null).reachable()).as("no channel, nobody to reach").isZero();

        SegmentRule goldAndUp = rule(Set.of(LoyaltyTier.GOLD, LoyaltyTier.PLATINUM), null, null, null);
        assertThat(FACTS.evaluate(goldAndUp, CampaignChannel.EMAIL).reachable()).isEqualTo(2);
        assertThat(FACTS.reachableIds(goldAndUp, CampaignChannel.EMAIL)).as("d has not consented")
                .containsExactly("a", "c");
    }

    @Test
    void rfmConditionsUseTheLocalScores() {
        // Scored: a (5 d, 1 order, 5000), b (40 d, 1, 3000), c (20 d, 2, 6000). n = 3: boundaries at positions
        // ⌊3k/5⌋ = 0, 1, 1, 2 → recency 5, 20, 20, 40; frequency 1, 1, 1, 2; monetary 3000, 5000, 5000, 6000.
        // a: R 5−1 = 4, F 1+3 = 4, M 1+3 = 4; b: R 5−4 = 1, F 4, M 2; c: R 5−3 = 2, F 5, M 5.
        assertThat(FACTS.rfm().scores().get("a").code()).isEqualTo("R4 F4 M4");
        assertThat(FACTS.rfm().scores().get("b").code()).isEqualTo("R1 F4 M2");
        assertThat(FACTS.rfm().scores().get("c").code()).isEqualTo("R2 F5 M5");
        assertThat(FACTS.evaluate(new SegmentRule(Set.of(), null, null, null, 0, 0, 4), null).memberIds())
                .containsExactly("a", "c");
        assertThat(FACTS.evaluate(new SegmentRule(Set.of(), null, null, null, 2, 5, 0), null).memberIds())
                .containsExactly("c");
    }

    @Test
    void topCategoriesOfASegment() {
        // a: dress 1; c: top 2, shirt 1 → tops 2, then dresses 1 and shirts 1 by id.
        assertThat(FACTS.topCategories(List.of("a", "c"), 10)).containsExactly(
                new SegmentFacts.CategoryCount("tops", "Tops", 2), new SegmentFacts.CategoryCount("dresses", "Dresses", 1),
                new SegmentFacts.CategoryCount("shirts", "Shirts", 1));
        assertThat(FACTS.topCategories(List.of("d", "e"), 10)).isEmpty();
    }

    @Test
    void theRuleTextSentWithThePushedSegment() {
        assertThat(new SegmentRule(Set.of(LoyaltyTier.PLATINUM, LoyaltyTier.GOLD), CampaignChannel.EMAIL, "women", 30,
                0, 0, 3).describe())
                .isEqualTo("tier in [GOLD, PLATINUM] AND consent EMAIL AND category women AND last order <= 30 d AND M >= 3");
        assertThat(SegmentRule.EVERYONE.describe()).isEqualTo("all customers");
    }
}
