package com.trendythreads.opsdesk.viewmodels.catalog.bulk;

/// Price endings after a change: the nearest price ending in .99 or .95, or whole euros.
public enum Rounding {
    NONE, END_99, END_95, WHOLE;

    /// `cents` rounded; a tie goes to the lower price, and nothing rounds below zero.
    public long apply(long cents) {
        return switch (this) {
            case NONE -> cents;
            case WHOLE -> Math.max(0, Math.round(cents / 100.0) * 100);
            case END_99 -> ending(cents, 99);
            case END_95 -> ending(cents, 95);
        };
    }

    private static long ending(long cents, int end) {
        long base = Math.floorDiv(cents, 100) * 100 + end;
        long best = -1;
        for (long candidate : new long[] {base - 100, base, base + 100}) {
            if (candidate < 0) {
                continue;
            }
            // Ascending candidates: on a tie the lower price stays.
            if (best < 0 || Math.abs(candidate - cents) < Math.abs(best - cents)) {
                best = candidate;
            }
        }
        return best;
    }
}
