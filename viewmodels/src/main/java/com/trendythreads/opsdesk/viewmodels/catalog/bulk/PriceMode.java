package com.trendythreads.opsdesk.viewmodels.catalog.bulk;

/// How a bulk change computes a new price from the old one.
public enum PriceMode {
    /// The amount typed, for every variant.
    SET,
    /// Plus or minus that many percent.
    PERCENT,
    /// Plus or minus that amount.
    AMOUNT,
    /// Remove it (compare-at price only).
    CLEAR
}
