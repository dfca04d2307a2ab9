package com.trendythreads.opsdesk.viewmodels.catalog;

import java.util.List;
import java.util.Objects;

/// A tab of the catalog workspace. The View maps each [Kind] to its screen in one place.
///
/// @param key        unique among the open tabs (`list`, `product:<id>`, `new:1`, `bulk:2`, `import:3`)
/// @param title      the tab's label
/// @param productIds the products the tab works on (one for an editor, the selection for a bulk change)
public record CatalogTab(Kind kind, String key, String title, List<String> productIds) {

    /// What a tab shows.
    public enum Kind {
        /// the product list (always first, never closed)
        LIST,
        /// the editor of an existing product
        PRODUCT,
        /// the editor of a new product
        NEW_PRODUCT,
        /// a bulk change of selected products
        BULK_CHANGE,
        /// an import of a product file
        IMPORT
    }

    public CatalogTab {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(title, "title");
        productIds = productIds == null ? List.of() : List.copyOf(productIds);
    }

    public boolean closable() {
        return kind != Kind.LIST;
    }
}
