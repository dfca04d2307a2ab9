package com.trendythreads.opsdesk.cache.pricing;

import com.trendythreads.opsdesk.cache.pricing.Suggestion.Kind;
import com.trendythreads.opsdesk.cache.pricing.Suggestion.Reason;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/// The price rules, in order (thresholds in [PricingThresholds]):
///
/// 1. **Mark down** a style that sells slowly (sell-through below `slowPace` of its plan to date), has more
///    cover than weeks left in its season, late in the season (at least `lateSeason` gone, or over). The
///    depth is what the elasticity says it takes to sell the cover in the weeks left: demand has to grow by
///    `u = cover ÷ weeks left`, so the price factor is `u ^ (1 / elasticity)`; the markdown is rounded up to
///    `stepPercent` and kept within `minMarkdownPercent…maxMarkdownPercent`, one step deeper when the
///    sentiment is at or below `negativeSentiment`.
/// 2. **Stop discounting** a style selling out ahead of plan (pace at least `fastPace`, cover below
///    `sellOutCoverShare` of the weeks left) of which at least `discountedShareStop` of the units sold at a
///    discount.
/// 3. **Raise** by `raisePercent` a style selling out whose category's competitors are pricier (competitor
///    index at least `competitorRaiseIndex`).
/// 4. **Hold** everything else, saying which of these it is short of.
public final class MarkdownRules {

    private final PricingThresholds t;

    public MarkdownRules(PricingThresholds thresholds) {
        this.t = thresholds;
    }

    public Suggestion suggest(StyleFacts f, Elasticity.Estimate e) {
        List<Reason> reasons = new ArrayList<>();
        double pace = f.pace();
        double cover = f.weeksOfCover();
        double weeksLeft = f.weeksLeft();
        boolean over = f.daysLeft() == 0;
        boolean slow = pace < t.slowPace();
        boolean highCover = cover > weeksLeft;
        boolean late = over || f.seasonElapsed() >= t.lateSeason();
        boolean sellingOut = pace >= t.fastPace() && cover < weeksLeft * t.sellOutCoverShare();
        if (f.onHand() == 0) {
            reasons.add(Reason.of("noStock"));
            return done(f, Kind.HOLD, 0, reasons, e);
        }
        if (slow && highCover && late) {
            reasons.add(Reason.of("slow", f.sellThrough(), f.plannedSellThrough()));
            reasons.add(Double.isInfinite(cover) ? Reason.of("noSales", f.onHand()) : Reason.of("highCover", cover, weeksLeft));
            reasons.add(over ? Reason.of("seasonOver", f.season()) : Reason.of("late", f.seasonElapsed(), f.daysLeft()));
            double uplift = Double.isInfinite(cover) ? 10 : cover / weeksLeft;
            double factor = Math.pow(uplift, 1 / Math.min(-0.1, e.value()));
            int percent = roundUp((1 - factor) * 100);
            if (f.sentiment() != null && f.sentiment() <= t.negativeSentiment()) {
                percent += t.stepPercent();
                reasons.add(Reason.of("negativeSentiment", f.sentiment()));
            }
            percent = Math.max(t.minMarkdownPercent(), Math.min(t.maxMarkdownPercent(), percent));
            reasons.add(Reason.of("depth", uplift, e.value(), percent));
            return done(f, Kind.MARK_DOWN, -percent, reasons, e);
        }
        if (sellingOut) {
            reasons.add(Reason.of("ahead", f.sellThrough(), f.plannedSellThrough()));
            reasons.add(Reason.of("sellingOut", cover, weeksLeft));
            if (f.discountedShare() >= t.discountedShareStop()) {
                reasons.add(Reason.of("discounted", f.discountedShare()));
                return done(f, Kind.STOP_DISCOUNTING, 0, reasons, e);
            }
            if (f.competitorIndex() != null && f.competitorIndex() >= t.competitorRaiseIndex()) {
                reasons.add(Reason.of("belowCompetitors", f.competitorIndex()));
                return done(f, Kind.RAISE, t.raisePercent(), reasons, e);
            }
            reasons.add(Reason.of("competitorsNotAbove", f.competitorIndex() == null ? 100.0 : f.competitorIndex()));
            return done(f, Kind.HOLD, 0, reasons, e);
        }
        if (slow && !late) {
            reasons.add(Reason.of("slowEarly", f.sellThrough(), f.plannedSellThrough(), f.daysLeft()));
        } else if (slow) {
            reasons.add(Reason.of("slowCovered", f.sellThrough(), f.plannedSellThrough(), cover, weeksLeft));
        } else {
            reasons.add(Reason.of("onTrack", f.sellThrough(), f.plannedSellThrough()));
        }
        return done(f, Kind.HOLD, 0, reasons, e);
    }

    private int roundUp(double percent) {
        int step = t.stepPercent();
        return (int) Math.ceil(percent / step - 1e-9) * step;
    }

    private static Suggestion done(StyleFacts f, Kind kind, int percent, List<Reason> reasons, Elasticity.Estimate e) {
        String cover = Double.isInfinite(f.weeksOfCover()) ? "inf" : String.valueOf(Math.round(f.weeksOfCover()));
        String key = String.format(Locale.ROOT, "%s|%d|%d|%s|%d", kind, percent,
                Math.round(f.sellThrough() * 20), cover, f.priceCents());
        return new Suggestion(f, kind, percent, List.copyOf(reasons), e, key);
    }
}
