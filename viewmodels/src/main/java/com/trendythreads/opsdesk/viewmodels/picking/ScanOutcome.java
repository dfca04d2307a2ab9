package com.trendythreads.opsdesk.viewmodels.picking;

/// What the last scan did; the View flashes green for the first three and red for the rest.
public enum ScanOutcome {
    /// The line is complete and queued for the platform.
    CONFIRMED,
    /// One or more units of a multi-unit line counted; more to scan.
    COUNTED,
    /// The line was short-picked.
    SHORT,
    /// A product from the catalog, but not the one this line needs.
    WRONG_ITEM,
    /// A code that is no product in the catalog.
    UNKNOWN,
    /// Nothing left to pick, or the quantity entered does not fit.
    REJECTED;

    public boolean good() {
        return this == CONFIRMED || this == COUNTED || this == SHORT;
    }
}
