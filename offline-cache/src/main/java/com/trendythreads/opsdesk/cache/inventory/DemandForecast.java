package com.trendythreads.opsdesk.cache.inventory;

import java.util.Arrays;
import java.util.Objects;

/// A daily demand forecast from a daily unit-sales series (oldest first), plain Java.
///
/// - **Holt-Winters** (additive level, trend and weekly season, m = 7) when the series has at least two
///   full weeks and sells on most days. Its smoothing constants are chosen per series from a small grid by
///   the one-step-ahead squared error, so a steady seller is smoothed hard and a changing one follows.
///   The initial state is taken from the first two weeks (level and trend from their means, the season
///   from the first week's deviations), so a series that *is* a line or a repeating week is forecast
///   exactly.
/// - **Mean rate** for short series (under two weeks) and intermittent ones (more than half the days
///   without a sale): Holt-Winters chases single spikes there. The flat rate `units / days` is what
///   Croston's method converges to for stationary intermittent demand, and unlike it stays defined for a
///   series with one sale.
/// - **None** for an empty or all-zero series: forecast zero.
///
/// Forecasts are never negative.
public final class DemandForecast {

    /// The season length: one week of days.
    public static final int SEASON = 7;

    private static final double[] ALPHAS = {0.05, 0.1, 0.2, 0.3, 0.5, 0.7, 0.9};
    private static final double[] BETAS = {0.0, 0.02, 0.05, 0.1, 0.2};
    private static final double[] GAMMAS = {0.0, 0.1, 0.2, 0.4};

    /// Which model produced a forecast.
    public enum Method { NONE, MEAN_RATE, HOLT_WINTERS }

    /// A forecast of the next `daily.length` days.
    ///
    /// @param daily  expected units for day 1, 2, … after the series' last day
    /// @param method the model used
    public record Result(double[] daily, Method method) {

        public Result {
            daily = daily.clone();
        }

        /// Expected units over the first `days` days of the forecast (beyond its horizon, the last week repeats).
        public double total(int days) {
            double sum = 0;
            for (int d = 0; d < days; d++) {
                sum += at(d);
            }
            return sum;
        }

        /// Average expected units per day over the horizon.
        public double meanPerDay() {
            return daily.length == 0 ? 0 : total(daily.length) / daily.length;
        }

        /// Expected units on day `d` (0 = the first day after the series).
        public double at(int d) {
            if (daily.length == 0) {
                return 0;
            }
            if (d < daily.length) {
                return daily[d];
            }
            int span = Math.min(SEASON, daily.length);
            return daily[daily.length - span + (d - daily.length) % span];
        }

        /// The first day (0-based) on which cumulative expected demand exceeds `stock`, or -1 when it does
        /// not within `maxDays`. With no stock at all that is day 0.
        public int stockOutDay(double stock, int maxDays) {
            if (stock <= 0) {
                return 0;
            }
            double cum = 0;
            for (int d = 0; d < maxDays; d++) {
                cum += at(d);
                if (cum > stock + 1e-9) {
                    return d;
                }
            }
            return -1;
        }
    }

    private DemandForecast() {
    }

    /// Forecasts `horizon` days after `series`.
    public static Result forecast(double[] series, int horizon) {
        Objects.requireNonNull(series, "series");
        if (horizon < 0) {
            throw new IllegalArgumentException("horizon must not be negative: " + horizon);
        }
        int n = series.length;
        double total = 0;
        int zeros = 0;
        for (double x : series) {
            total += Math.max(0, x);
            if (x <= 0) {
                zeros++;
            }
        }
        if (n == 0 || total == 0) {
            return new Result(new double[horizon], Method.NONE);
        }
        if (n < 2 * SEASON || zeros * 2 > n) {
            double[] flat = new double[horizon];
            Arrays.fill(flat, total / n);
            return new Result(flat, Method.MEAN_RATE);
        }
        double[] x = Arrays.stream(series).map(v -> Math.max(0, v)).toArray();
        State best = null;
        double bestError = Double.POSITIVE_INFINITY;
        for (double a : ALPHAS) {
            for (double b : BETAS) {
                for (double g : GAMMAS) {
                    State s = fit(x, a, b, g);
                    if (s.sse < bestError - 1e-12) {
                        bestError = s.sse;
                        best = s;
                    }
                }
            }
        }
        double[] out = new double[horizon];
        for (int h = 1; h <= horizon; h++) {
            double season = best.season[(n - 1 + h) % SEASON];
            out[h - 1] = Math.max(0, best.level + h * best.trend + season);
        }
        return new Result(out, Method.HOLT_WINTERS);
    }

    private record State(double level, double trend, double[] season, double sse) {
    }

    /// Runs additive Holt-Winters over `x`; the state is as of the last day, `season[t % 7]` the
    /// seasonal term of day t.
    private static State fit(double[] x, double alpha, double beta, double gamma) {
        int m = SEASON;
        double mean1 = mean(x, 0, m);
        double mean2 = mean(x, m, 2 * m);
        double trend = (mean2 - mean1) / m;
        // mean1 is the level at the first week's middle day ((m-1)/2); move it to day m-1.
        double level = mean1 + trend * (m - 1) / 2.0;
        double[] season = new double[m];
        for (int i = 0; i < m; i++) {
            season[i] = x[i] - (level - (m - 1 - i) * trend);
        }
        double sse = 0;
        for (int t = m; t < x.length; t++) {
            int si = t % m;
            double predicted = level + trend + season[si];
            double err = x[t] - predicted;
            sse += err * err;
            double prevLevel = level;
            level = alpha * (x[t] - season[si]) + (1 - alpha) * (level + trend);
            trend = beta * (level - prevLevel) + (1 - beta) * trend;
            season[si] = gamma * (x[t] - level) + (1 - gamma) * season[si];
        }
        return new State(level, trend, season, sse);
    }

    private static double mean(double[] x, int from, int to) {
        double s = 0;
        for (int i = from; i < to; i++) {
            s += x[i];
        }
        return s / (to - from);
    }
}
