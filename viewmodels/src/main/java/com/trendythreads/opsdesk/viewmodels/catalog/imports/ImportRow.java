package com.trendythreads.opsdesk.viewmodels.catalog.imports;

import com.trendythreads.opsdesk.cache.catalog.CatalogJobs;
import java.util.List;

/// One data row of the file after checking: its line number (the header is line 1), SKU, the product it
/// updates, and either the changes it makes or why it is rejected.
public record ImportRow(int line, String sku, String productId, String title, boolean valid, String changes,
        String reason, List<CatalogJobs.FieldEdit> edits, List<String> cells) {

    public ImportRow {
        edits = List.copyOf(edits);
        cells = List.copyOf(cells);
    }
}
