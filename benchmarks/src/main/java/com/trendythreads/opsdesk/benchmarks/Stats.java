package com.trendythreads.opsdesk.benchmarks;

import java.util.Arrays;

/// Percentiles of a set of durations in nanoseconds (nearest rank).
record Stats(long[] sortedNanos) {

    static Stats of(long[] nanos) {
        long[] s = nanos.clone();
        Arrays.sort(s);
        return new Stats(s);
    }

    /// The `p`-th percentile (0 < p ≤ 100) in milliseconds.
    double percentileMs(double p) {
        if (sortedNanos.length == 0) {
            return Double.NaN;
        }
        int rank = (int) Math.ceil(p / 100.0 * sortedNanos.length);
        return sortedNanos[Math.max(0, Math.min(sortedNanos.length - 1, rank - 1))] / 1e6;
    }
}
