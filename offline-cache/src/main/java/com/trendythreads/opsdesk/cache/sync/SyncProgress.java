package com.trendythreads.opsdesk.cache.sync;

import java.time.Duration;

/// Where a long pull stands, for a progress bar.
///
/// @param phase          what runs (`Initial sync`, `Catching up`)
/// @param resource       the resource being pulled now (`product`), or `null`
/// @param done           items stored so far (including those of an earlier, interrupted run)
/// @param total          items expected in all, or -1 while unknown
/// @param itemsPerSecond the rate of this run
/// @param eta            time left at that rate, or `null` while unknown
public record SyncProgress(String phase, String resource, long done, long total, double itemsPerSecond,
        Duration eta) {

    /// 0..1, or -1 when the total is unknown (an indeterminate bar).
    public double fraction() {
        return total <= 0 ? -1 : Math.min(1.0, (double) done / total);
    }
}
