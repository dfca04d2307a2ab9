package com.trendythreads.opsdesk.viewmodels.catalog.bulk;

import com.fasterxml.jackson.databind.JsonNode;

/// One change of a bulk preview: product, SKU (for a variant's field), field, before → after, and
/// whether the product is still valid with it. An invalid row is not applied; `reason` says why (for a
/// valid row it may hold a warning).
public record PreviewRow(String productId, String title, String sku, String field, String fieldLabel,
        JsonNode before, JsonNode after, String beforeText, String afterText, boolean valid, String reason) {

    public boolean warning() {
        return valid && !reason.isEmpty();
    }
}
