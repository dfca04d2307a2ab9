package com.trendythreads.opsdesk.cache.pricing;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/// Own-price elasticity by a log-log regression of units on price: `ln units = a_g + b · ln price`, one
/// intercept per group (a style; a category pools its styles, each with its own level), so `b` is the
/// elasticity and comes only from price changes within a style. Points are weeks with sales (weeks without
/// any are left out: their log is undefined); the price is the week's mean shelf price relative to the
/// style's list price.
public final class Elasticity {

    /// Where an estimate comes from.
    public enum Source { STYLE, CATEGORY, ASSUMED }

    /// One week of one style: its relative price and units.
    public record Point(String group, double price, double units) {
    }

    /// @param value    the elasticity (negative: units fall as the price rises)
    /// @param stdError its standard error (NaN when assumed)
    /// @param low      lower end of the 95 % interval
    /// @param high     upper end
    /// @param points   weeks used
    public record Estimate(double value, double stdError, double low, double high, int points, Source source) {

        static Estimate assumed(double value) {
            return new Estimate(value, Double.NaN, value, value, 0, Source.ASSUMED);
        }
    }

    /// At least this many weeks…
    static final int MIN_POINTS = 6;
    /// …with prices at least this far apart (ln 1.05: a 5 % difference).
    static final double MIN_LOG_PRICE_RANGE = Math.log(1.05);

    private Elasticity() {
    }

    /// The style's own estimate if its points suffice, else its category's, else `assumed`.
    public static Estimate estimate(List<Point> style, List<Point> category, double assumed) {
        Estimate own = fit(style, Source.STYLE);
        if (own != null) {
            return own;
        }
        Estimate cat = fit(category, Source.CATEGORY);
        return cat != null ? cat : Estimate.assumed(assumed);
    }

    /// The fit, or `null` when the points are too few or the price hardly moved.
    static Estimate fit(List<Point> points, Source source) {
        List<Point> usable = points.stream().filter(p -> p.units() > 0 && p.price() > 0).toList();
        Map<String, double[]> sums = new HashMap<>(); // x, y, n
        double minX = Double.MAX_VALUE;
        double maxX = -Double.MAX_VALUE;
        for (Point p : usable) {
            double x = Math.log(p.price());
            double[] s = sums.computeIfAbsent(p.group(), k -> new double[3]);
            s[0] += x;
            s[1] += Math.log(p.units());
            s[2]++;
            minX = Math.min(minX, x);
            maxX = Math.max(maxX, x);
        }
        int df = usable.size() - sums.size() - 1;
        if (usable.size() < MIN_POINTS || maxX - minX < MIN_LOG_PRICE_RANGE || df < 1) {
            return null;
        }
        double sxx = 0;
        double sxy = 0;
        for (Point p : usable) {
            double[] s = sums.get(p.group());
            double x = Math.log(p.price()) - s[0] / s[2];
            double y = Math.log(p.units()) - s[1] / s[2];
            sxx += x * x;
            sxy += x * y;
        }
        if (sxx < 1e-12) {
            return null;
        }
        double b = sxy / sxx;
        double rss = 0;
        for (Point p : usable) {
            double[] s = sums.get(p.group());
            double x = Math.log(p.price()) - s[0] / s[2];
            double y = Math.log(p.units()) - s[1] / s[2];
            rss += (y - b * x) * (y - b * x);
        }
        double se = Math.sqrt(rss / df / sxx);
        double t = t975(df);
        return new Estimate(b, se, b - t * se, b + t * se, usable.size(), source);
    }

    /// Student's t, 97.5 % quantile.
    static double t975(int df) {
        double[] table = {12.706, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306, 2.262, 2.228, 2.201, 2.179,
                2.160, 2.145, 2.131, 2.120, 2.110, 2.101, 2.093, 2.086, 2.080, 2.074, 2.069, 2.064, 2.060, 2.056,
                2.052, 2.048, 2.045, 2.042};
        return df <= table.length ? table[df - 1] : df <= 60 ? 2.000 : 1.960;
    }
}
