package com.trendythreads.opsdesk.viewmodels.catalog;

import com.trendythreads.opsdesk.api.dto.catalog.ProductStatus;
import com.trendythreads.opsdesk.api.dto.common.Channel;
import com.trendythreads.opsdesk.cache.catalog.CatalogQuery.SortKey;
import com.trendythreads.opsdesk.cache.catalog.CatalogQuery.StockFilter;
import java.util.List;
import java.util.Objects;

/// A named state of the product list (search, filters, visible columns, sort), saved per user.
public record SavedView(String name, String text, String categoryId, String brand, String season,
                        ProductStatus status, Channel channel, boolean incompleteOnly, StockFilter stock,
                        List<ProductColumn> visibleColumns, SortKey sort, boolean ascending) {

    public SavedView {
        Objects.requireNonNull(name, "name");
        text = text == null ? "" : text;
        stock = stock == null ? StockFilter.ANY : stock;
        visibleColumns = visibleColumns == null ? List.of(ProductColumn.values()) : List.copyOf(visibleColumns);
        sort = sort == null ? SortKey.TITLE : sort;
    }

    @Override
    public String toString() {
        return name;
    }
}
