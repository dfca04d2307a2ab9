package com.trendythreads.opsdesk.cache.catalog;

import com.trendythreads.opsdesk.api.dto.catalog.ProductStatus;
import com.trendythreads.opsdesk.api.dto.common.Channel;
import java.util.Objects;

/// What the catalog list asks [CatalogIndex#search]: search text, filters and the sort. A `null`
/// filter means "any".
///
/// @param text               words matched against title and brand (token prefix, substring, one typo),
///                           SKU and EAN (prefix, exact first); blank: every product
/// @param categoryId         the category or any of its subcategories
/// @param brand              exact brand, ignoring case
/// @param channel            published on this channel
/// @param incompleteOnly     only products with completeness below 100%
/// @param stock              availability filter; [StockFilter#LOW] uses `lowStockThreshold`
/// @param lowStockThreshold  "low" means 1 to this many units available
public record CatalogQuery(
        String text,
        String categoryId,
        String brand,
        String season,
        ProductStatus status,
        Channel channel,
        boolean incompleteOnly,
        StockFilter stock,
        int lowStockThreshold,
        SortKey sort,
        boolean ascending) {

    /// The columns the list sorts by. Ties are broken by title, then id, so the order is stable.
    public enum SortKey {
        TITLE, BRAND, CATEGORY, SEASON, STATUS, PRICE, VARIANTS, STOCK, COMPLETENESS
    }

    /// Availability filter.
    public enum StockFilter {
        /// every product
        ANY,
        /// 1 to `lowStockThreshold` units available over all locations
        LOW,
        /// nothing available
        NONE
    }

    public static final int DEFAULT_LOW_STOCK = 10;

    public CatalogQuery {
        text = text == null ? "" : text;
        stock = stock == null ? StockFilter.ANY : stock;
        sort = sort == null ? SortKey.TITLE : sort;
        if (lowStockThreshold < 0) {
            throw new IllegalArgumentException("lowStockThreshold must not be negative: " + lowStockThreshold);
        }
    }

    /// Every product, by title.
    public static CatalogQuery all() {
        return new CatalogQuery("", null, null, null, null, null, false, StockFilter.ANY, DEFAULT_LOW_STOCK,
                SortKey.TITLE, true);
    }

    public CatalogQuery withText(String t) {
        return new CatalogQuery(t, categoryId, brand, season, status, channel, incompleteOnly, stock,
                lowStockThreshold, sort, ascending);
    }

    public CatalogQuery withCategory(String id) {
        return new CatalogQuery(text, id, brand, season, status, channel, incompleteOnly, stock, lowStockThreshold,
                sort, ascending);
    }

    public CatalogQuery withBrand(String b) {
        return new CatalogQuery(text, categoryId, b, season, status, channel, incompleteOnly, stock, lowStockThreshold,
                sort, ascending);
    }

    public CatalogQuery withSeason(String s) {
        return new CatalogQuery(text, categoryId, brand, s, status, channel, incompleteOnly, stock, lowStockThreshold,
                sort, ascending);
    }

    public CatalogQuery withStatus(ProductStatus s) {
        return new CatalogQuery(text, categoryId, brand, season, s, channel, incompleteOnly, stock, lowStockThreshold,
                sort, ascending);
    }

    public CatalogQuery withChannel(Channel c) {
        return new CatalogQuery(text, categoryId, brand, season, status, c, incompleteOnly, stock, lowStockThreshold,
                sort, ascending);
    }

    public CatalogQuery withIncompleteOnly(boolean only) {
        return new CatalogQuery(text, categoryId, brand, season, status, channel, only, stock, lowStockThreshold,
                sort, ascending);
    }

    public CatalogQuery withStock(StockFilter f, int threshold) {
        return new CatalogQuery(text, categoryId, brand, season, status, channel, incompleteOnly,
                Objects.requireNonNull(f), threshold, sort, ascending);
    }

    public CatalogQuery sortedBy(SortKey key, boolean asc) {
        return new CatalogQuery(text, categoryId, brand, season, status, channel, incompleteOnly, stock,
                lowStockThreshold, Objects.requireNonNull(key), asc);
    }
}
