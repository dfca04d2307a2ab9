package com.trendythreads.opsdesk.viewmodels.catalog.bulk;

/// What a bulk change sets.
public enum BulkOperation {
    /// Every chosen variant's price.
    PRICE,
    /// Every chosen variant's compare-at ("was") price.
    COMPARE_AT,
    STATUS,
    /// Publish to a channel or take the products off it.
    CHANNEL,
    /// One attribute of the products' category.
    ATTRIBUTE
}
