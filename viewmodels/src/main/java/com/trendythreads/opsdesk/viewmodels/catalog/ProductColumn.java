package com.trendythreads.opsdesk.viewmodels.catalog;

import com.trendythreads.opsdesk.cache.catalog.CatalogQuery.SortKey;

/// The columns of the product list, in their default order. Saved views and exports name them.
public enum ProductColumn {
    THUMBNAIL(null),
    TITLE(SortKey.TITLE),
    BRAND(SortKey.BRAND),
    CATEGORY(SortKey.CATEGORY),
    SEASON(SortKey.SEASON),
    STATUS(SortKey.STATUS),
    PRICE(SortKey.PRICE),
    VARIANTS(SortKey.VARIANTS),
    STOCK(SortKey.STOCK),
    COMPLETENESS(SortKey.COMPLETENESS);

    private final SortKey sortKey;

    ProductColumn(SortKey sortKey) {
        this.sortKey = sortKey;
    }

    /// The index's sort key, `null` for a column that does not sort (the thumbnail).
    public SortKey sortKey() {
        return sortKey;
    }

    /// The resource bundle key of the header.
    public String titleKey() {
        return "catalog.column." + name().toLowerCase(java.util.Locale.ROOT);
    }

    public static ProductColumn of(SortKey key) {
        for (ProductColumn c : values()) {
            if (c.sortKey == key) {
                return c;
            }
        }
        throw new IllegalArgumentException(String.valueOf(key));
    }
}
