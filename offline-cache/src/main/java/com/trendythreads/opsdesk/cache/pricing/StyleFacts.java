package com.trendythreads.opsdesk.cache.pricing;

import java.util.List;

/// What the cache knows about one style (product) for pricing, over the cached order window.
///
/// @param daysLeft         selling days left in its season (0 when over; -1 when the season is unknown)
/// @param seasonElapsed    share of the season gone (0.5 when unknown)
/// @param unitsToDate      units sold in the window's part of the season
/// @param onHand           units on hand over all locations
/// @param plannedSellThrough the sell-through the plan expects by now (see [PricingFacts])
/// @param weeklyUnits      units per week over the last 28 days
/// @param trend            last 14 days' units against the 14 before, −1…+∞ (0 = flat)
/// @param discountedShare  share of units sold discounted: below list price, under a compare-at ("was") price, or
///                         with a promo discount
/// @param priceCents       mean list price of its variants
/// @param costCents        mean cost of its variants (0 when unknown)
/// @param competitorIndex  its category's competitor price index, mean of the last 14 days (100 = ours)
/// @param weatherIndex     its category's weather index, same days (100 = seasonal normal)
/// @param sentiment        social sentiment −1…1, where the platform has one
/// @param daily            units per day of the window, oldest first
/// @param weeks            the window's weeks with their relative price (for the elasticity)
public record StyleFacts(String productId, String title, String categoryId, String season, long daysLeft,
        double seasonElapsed, int unitsToDate, int onHand, double plannedSellThrough, double weeklyUnits,
        double trend, double discountedShare, long priceCents, long costCents, Double competitorIndex,
        Double weatherIndex, Double sentiment, double[] daily, List<Elasticity.Point> weeks) {

    /// Units sold ÷ (sold + on hand).
    public double sellThrough() {
        int all = unitsToDate + onHand;
        return all == 0 ? 0 : (double) unitsToDate / all;
    }

    /// Sell-through against the plan to date: 1 = on plan.
    public double pace() {
        return plannedSellThrough <= 0 ? 1 : sellThrough() / plannedSellThrough;
    }

    /// Weeks the stock on hand lasts at the last 28 days' rate (infinite without sales, 0 without stock).
    public double weeksOfCover() {
        if (onHand == 0) {
            return 0;
        }
        return weeklyUnits <= 0 ? Double.POSITIVE_INFINITY : onHand / weeklyUnits;
    }

    /// Weeks left to sell in, at least one (a style whose season is over still needs a week to clear).
    public double weeksLeft() {
        return Math.max(1.0, (daysLeft < 0 ? 13 * 7 : daysLeft) / 7.0);
    }

    /// Margin on the price at the current list price, 0…1.
    public double margin() {
        return priceCents <= 0 || costCents <= 0 ? 0 : (double) (priceCents - costCents) / priceCents;
    }
}
