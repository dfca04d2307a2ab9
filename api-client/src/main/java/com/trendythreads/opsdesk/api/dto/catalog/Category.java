package com.trendythreads.opsdesk.api.dto.catalog;

import java.util.List;

/// Generated once from `openapi.yaml` (`Category`); keep the two in step.
public record Category(
        String id,
        String name,
        String parentId,
        List<CategoryAttribute> attributes,
        long version) {
}
