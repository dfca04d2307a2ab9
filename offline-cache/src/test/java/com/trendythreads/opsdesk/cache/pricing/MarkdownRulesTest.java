package com.trendythreads.opsdesk.cache.pricing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.trendythreads.opsdesk.cache.pricing.Suggestion.Kind;
import com.trendythreads.opsdesk.cache.pricing.Suggestion.Reason;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/// The price rules on constructed styles, each answer worked by hand (thresholds: the defaults).
class MarkdownRulesTest {

    private static final Elasticity.Estimate MINUS_TWO = new Elasticity.Estimate(-2, 0.2, -2.4, -1.6, 13,
            Elasticity.Source.STYLE);
    private final MarkdownRules rules = new MarkdownRules(PricingThresholds.defaults());

    private static StyleFacts style(long daysLeft, double elapsed, int sold, int onHand, double planned,
            double weekly, double discounted, Double competitor, Double sentiment) {
        return new StyleFacts("p1", "Linen shirt", "cat", "AW26", daysLeft, elapsed, sold, onHand, planned, weekly,
                0, discounted, 5_000, 2_000, competitor, 100.0, sentiment, new double[91], List.of());
    }

    private static List<String> codes(Suggestion s) {
        return s.reasons().stream().map(Reason::code).toList();
    }

    @Test
    void slowLateWithHighCoverIsMarkedDownAsDeepAsTheElasticitySays() {
        // sold 100, 180 on hand: sell-through 100/280 = 0.357 against 0.68 planned → pace 0.53 < 0.7 (slow);
        // 180 on hand at 20 a week = 9 weeks of cover > 4 weeks left; 85 % of the season gone (late).
        // Demand must grow 9/4 = 2.25×: price factor 2.25^(1/−2) = 2/3 → 33.3 % → 35 % in 5 % steps.
        Suggestion s = rules.suggest(style(28, 0.85, 100, 180, 0.68, 20, 0.1, 100.0, 0.1), MINUS_TWO);
        assertThat(s.kind()).isEqualTo(Kind.MARK_DOWN);
        assertThat(s.percent()).isEqualTo(-35);
        assertThat(codes(s)).containsExactly("slow", "highCover", "late", "depth");
        assertThat((double) s.reasons().get(1).args().get(0)).isCloseTo(9.0, within(1e-9));
        assertThat((double) s.reasons().get(3).args().get(0)).isCloseTo(2.25, within(1e-9));

        // negative sentiment: one step deeper, and said
        Suggestion sad = rules.suggest(style(28, 0.85, 100, 180, 0.68, 20, 0.1, 100.0, -0.5), MINUS_TWO);
        assertThat(sad.percent()).isEqualTo(-40);
        assertThat(codes(sad)).contains("negativeSentiment");

        // a flatter response needs a deeper cut: e = −1 → factor 1/2.25 = 0.444 → 55.6 % → capped at 50 %
        Suggestion flat = rules.suggest(style(28, 0.85, 100, 180, 0.68, 20, 0.1, 100.0, 0.1),
                new Elasticity.Estimate(-1, 0.3, -1.6, -0.4, 13, Elasticity.Source.CATEGORY));
        assertThat(flat.percent()).isEqualTo(-50);
    }

    @Test
    void aSeasonThatIsOverClearsWhatIsLeft() {
        // over: weeks left counts as one; 40 on hand at 5 a week = 8 weeks → uplift 8 → 8^(−1/2) = 0.354 → 65 % → 50 %
        Suggestion s = rules.suggest(style(0, 1.0, 20, 40, 0.8, 5, 0, null, null), MINUS_TWO);
        assertThat(s.kind()).isEqualTo(Kind.MARK_DOWN);
        assertThat(s.percent()).isEqualTo(-50);
        assertThat(codes(s)).containsExactly("slow", "highCover", "seasonOver", "depth");
    }

    @Test
    void onTrackAndSlowButEarlyAreHeld() {
        // sold 100 of 200: 0.5 against 0.5 planned = on plan
        Suggestion onTrack = rules.suggest(style(56, 0.7, 100, 100, 0.5, 10, 0.1, 104.0, null), MINUS_TWO);
        assertThat(onTrack.kind()).isEqualTo(Kind.HOLD);
        assertThat(onTrack.percent()).isZero();
        assertThat(codes(onTrack)).containsExactly("onTrack");

        // slow (0.2 against 0.4) but only 20 % of the season gone: wait
        Suggestion early = rules.suggest(style(140, 0.2, 20, 80, 0.4, 2, 0, null, null), MINUS_TWO);
        assertThat(early.kind()).isEqualTo(Kind.HOLD);
        assertThat(codes(early)).containsExactly("slowEarly");
    }

    @Test
    void sellingOutAheadOfPlanStopsDiscountingOrRaisesBelowCompetitors() {
        // sold 150, 30 on hand: 0.833 against 0.5 → pace 1.67 ≥ 1.3; 30 at 15 a week = 2 weeks < 8 × 0.75 = 6
        Suggestion raise = rules.suggest(style(56, 0.6, 150, 30, 0.5, 15, 0.1, 105.0, null), MINUS_TWO);
        assertThat(raise.kind()).isEqualTo(Kind.RAISE);
        assertThat(raise.percent()).isEqualTo(5);
        assertThat(codes(raise)).containsExactly("ahead", "sellingOut", "belowCompetitors");

        Suggestion stop = rules.suggest(style(56, 0.6, 150, 30, 0.5, 15, 0.4, 105.0, null), MINUS_TWO);
        assertThat(stop.kind()).isEqualTo(Kind.STOP_DISCOUNTING);
        assertThat(stop.percent()).isZero();
        assertThat(codes(stop)).containsExactly("ahead", "sellingOut", "discounted");

        Suggestion hold = rules.suggest(style(56, 0.6, 150, 30, 0.5, 15, 0.1, 101.0, null), MINUS_TWO);
        assertThat(hold.kind()).isEqualTo(Kind.HOLD);
        assertThat(codes(hold)).containsExactly("ahead", "sellingOut", "competitorsNotAbove");
    }

    @Test
    void theFactsKeyChangesWithTheFactsThatMatter() {
        Suggestion a = rules.suggest(style(28, 0.85, 100, 180, 0.68, 20, 0.1, 100.0, 0.1), MINUS_TWO);
        Suggestion same = rules.suggest(style(27, 0.86, 100, 180, 0.68, 20, 0.1, 100.0, 0.1), MINUS_TWO);
        Suggestion sold = rules.suggest(style(28, 0.85, 140, 140, 0.68, 20, 0.1, 100.0, 0.1), MINUS_TWO);
        assertThat(same.factsKey()).isEqualTo(a.factsKey());
        assertThat(sold.factsKey()).isNotEqualTo(a.factsKey());
    }

    @Test
    void seasonCalendar() {
        Season aw = Season.of("AW26").orElseThrow();
        assertThat(aw.start()).isEqualTo(LocalDate.of(2026, 8, 1));
        assertThat(aw.end()).isEqualTo(LocalDate.of(2027, 1, 31));
        assertThat(aw.daysLeft(LocalDate.of(2027, 1, 25))).isEqualTo(7);
        assertThat(aw.daysLeft(LocalDate.of(2027, 2, 1))).isZero();
        Season ss = Season.of("SS25").orElseThrow();
        assertThat(ss.elapsed(LocalDate.of(2025, 2, 1))).isZero();
        assertThat(ss.over(LocalDate.of(2025, 8, 1))).isTrue();
        assertThat(Season.of("FW26")).isEmpty();
    }

    @Test
    void floorIsCostPlusTheMarginOnThePrice() {
        assertThat(PriceFloor.floorCents(2_000L, 20)).isEqualTo(2_500);
        assertThat(PriceFloor.floorCents(1_999L, 20)).isEqualTo(2_499); // 2498.75 up to the cent
        assertThat(PriceFloor.floorCents(null, 20)).isZero();
        assertThat(PriceFloor.floorCents(1_000L, 0)).isEqualTo(1_000);
    }
}
