package com.trendythreads.opsdesk.platform.seed;

/// Past temporary markdowns of every third style, so the seed has real price points for the desk's price
/// elasticity (issue #11). Deterministic: which style, when and how deep depends only on the style's index
/// and the day; no random draw of the order stream is added or moved.
///
/// A style with index `i % 3 == 0` was sold at 75 % of its list price 66–79 days ago, at 85 % 35–44 days
/// ago and at 90 % 18–24 days ago (each window shifted back by `(i / 3) % 4 × 3` days so the styles do not
/// all move together), otherwise at list price. On those days its order lines carry the lower unit price and
/// customers bought more: a line's quantity is scaled by `factor ^ ELASTICITY` (rounded at random with a
/// separate generator). So the true own-price elasticity of these styles is [#ELASTICITY]; the desk's
/// log-log estimate should find it within its interval. All windows lie inside the desk's 90-day order cache.
final class PriceHistory {

    /// The own-price elasticity the seeded demand follows (units ∝ price ^ ELASTICITY).
    static final double ELASTICITY = -2.0;

    private PriceHistory() {
    }

    /// The share of the list price style `productIndex` sold at `daysAgo` days before the seed's day.
    static double factor(int productIndex, int daysAgo) {
        if (productIndex % 3 != 0) {
            return 1.0;
        }
        int a = daysAgo - (productIndex / 3) % 4 * 3;
        if (a >= 66 && a < 80) {
            return 0.75;
        }
        if (a >= 35 && a < 45) {
            return 0.85;
        }
        if (a >= 18 && a < 25) {
            return 0.90;
        }
        return 1.0;
    }

    /// The unit price in cents at `factor` of `listCents`, ending in 99 cents like a shop's markdown.
    static long unitCents(long listCents, double factor) {
        if (factor >= 1.0) {
            return listCents;
        }
        long c = Math.round(listCents * factor);
        return Math.max(99, c / 100 * 100 - 1);
    }
}
