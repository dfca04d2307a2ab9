package com.trendythreads.opsdesk.cache.kpi;

import java.util.List;
import java.util.Objects;

/// One figure for one filter.
///
/// @param value      the figure (MONEY in cents, PERCENT as a fraction), or `null` when there is nothing
///                   to divide by or the data is not available ([#source()] says which)
/// @param previous   the same figure for [KpiFilter#comparison()], or `null` when it has none (a stock
///                   snapshot has no history)
/// @param sparkline  one point per day of the period (oldest first), or empty where a trend does not help
/// @param source     where the figure came from
public record KpiValue(Kpi kpi, Double value, Double previous, List<Double> sparkline, Source source) {

    public enum Source {
        /// computed from the local cache
        LOCAL,
        /// from the platform's aggregate endpoints (periods longer than the cache window, conversion)
        PLATFORM,
        /// last fetched from the platform, now offline
        PLATFORM_CACHED,
        /// the user's role may not read the data behind it
        NOT_PERMITTED,
        /// needs the platform and none was ever fetched for this period
        UNAVAILABLE
    }

    public KpiValue {
        Objects.requireNonNull(kpi, "kpi");
        Objects.requireNonNull(source, "source");
        sparkline = sparkline == null ? List.of() : List.copyOf(sparkline);
    }

    public static KpiValue missing(Kpi kpi, Source why) {
        return new KpiValue(kpi, null, null, List.of(), why);
    }

    /// Relative change against the comparison period (0.1 = +10 %), or `null` without one.
    public Double delta() {
        if (value == null || previous == null || previous == 0) {
            return null;
        }
        return (value - previous) / Math.abs(previous);
    }
}
