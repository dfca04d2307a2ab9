package com.trendythreads.opsdesk.cache.pricing;

/// Every threshold of the price rules ([MarkdownRules]) in one place; `docs/pricing.md` explains them.
///
/// @param targetSellThrough   the share of stock a style should have sold by its season's end (the plan)
/// @param slowPace            sell-through below this share of the plan to date is slow
/// @param fastPace            at or above this share of the plan to date it sells ahead of plan
/// @param lateSeason          share of the season gone from which a slow style is marked down
/// @param minMarkdownPercent  the smallest markdown suggested
/// @param maxMarkdownPercent  the deepest markdown suggested
/// @param stepPercent         markdowns are whole multiples of this
/// @param sellOutCoverShare   ahead of plan AND cover below this share of the weeks left = selling out
/// @param discountedShareStop a style selling out with at least this share of units sold discounted: stop
///                            discounting
/// @param competitorRaiseIndex a style selling out whose category's competitor price index is at least this
///                            (100 = our price level) may go up
/// @param raisePercent        how much it goes up
/// @param negativeSentiment   sentiment at or below this deepens a markdown by one step
/// @param defaultElasticity   used when neither the style nor its category has enough price history
/// @param defaultMinMarginPercent the price floor's margin on the price until a manager sets one
public record PricingThresholds(double targetSellThrough, double slowPace, double fastPace, double lateSeason,
        int minMarkdownPercent, int maxMarkdownPercent, int stepPercent, double sellOutCoverShare,
        double discountedShareStop, double competitorRaiseIndex, int raisePercent, double negativeSentiment,
        double defaultElasticity, int defaultMinMarginPercent) {

    public static PricingThresholds defaults() {
        return new PricingThresholds(0.80, 0.70, 1.30, 0.50, 10, 50, 5, 0.75, 0.25, 103.0, 5, -0.30, -1.5, 20);
    }
}
