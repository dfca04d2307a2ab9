package com.trendythreads.opsdesk.viewmodels.catalog;

import java.util.List;

/// Where the catalog's screens lead: the workspace host implements it and opens each as a tab, so the
/// list, the editor, bulk changes and imports know nothing of one another's screens.
public interface CatalogNavigator {

    /// Opens the editor of a product (or brings its tab to the front).
    void openProduct(String productId);

    /// Opens the editor for a new product.
    void newProduct();

    /// Opens a bulk change of these products.
    void openBulkChange(List<String> productIds);

    /// Opens the import of a product file.
    void openImport();
}
