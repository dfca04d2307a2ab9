package com.trendythreads.opsdesk.viewmodels.catalog.bulk;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.trendythreads.opsdesk.api.Json;
import com.trendythreads.opsdesk.api.dto.catalog.Variant;

/// JSON of DTOs for edits made "by someone else" in tests.
final class CatalogDeskJson {

    private CatalogDeskJson() {
    }

    static ObjectNode variant(Variant v) {
        return Json.mapper().valueToTree(v);
    }
}
