package com.trendythreads.opsdesk.cache.pricing;

import com.trendythreads.opsdesk.cache.inventory.DemandForecast;

/// Units, revenue and margin to the season's end at a price, with a band.
///
/// The base is the inventory forecast ([DemandForecast]) of the style's daily units over the horizon (the
/// days left, at least a week). At `priceFactor` × the current price the units are `base × factor ^ elasticity`,
/// never more than the stock on hand. The band takes both ends of the elasticity's 95 % interval and adds
/// ±1.96 √units of Poisson noise, again within 0…on hand. Revenue is units × price × factor, margin
/// units × (price × factor − cost).
public final class WhatIf {

    /// @param units expected units; `low`/`high` the band
    public record Projection(double priceFactor, long priceCents, double units, double unitsLow, double unitsHigh,
            long revenueCents, long revenueLowCents, long revenueHighCents, long marginCents, long marginLowCents,
            long marginHighCents, int horizonDays) {
    }

    private WhatIf() {
    }

    public static Projection project(StyleFacts f, Elasticity.Estimate e, double priceFactor) {
        int horizon = (int) Math.round(f.weeksLeft() * 7);
        double base = DemandForecast.forecast(f.daily(), horizon).total(horizon);
        double mid = base * Math.pow(priceFactor, e.value());
        double a = base * Math.pow(priceFactor, e.low());
        double b = base * Math.pow(priceFactor, e.high());
        double low = Math.min(a, b);
        double high = Math.max(a, b);
        low = low - 1.96 * Math.sqrt(Math.max(low, 0));
        high = high + 1.96 * Math.sqrt(Math.max(high, 0));
        double cap = f.onHand();
        double units = clamp(mid, cap);
        double unitsLow = clamp(low, cap);
        double unitsHigh = clamp(high, cap);
        long price = Math.round(f.priceCents() * priceFactor);
        long unitMargin = price - f.costCents();
        return new Projection(priceFactor, price, units, unitsLow, unitsHigh, Math.round(units * price),
                Math.round(unitsLow * price), Math.round(unitsHigh * price), Math.round(units * unitMargin),
                Math.round(unitsLow * unitMargin), Math.round(unitsHigh * unitMargin), horizon);
    }

    private static double clamp(double v, double cap) {
        return Math.max(0, Math.min(cap, v));
    }
}
