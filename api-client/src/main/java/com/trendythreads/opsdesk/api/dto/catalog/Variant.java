package com.trendythreads.opsdesk.api.dto.catalog;

/// Generated once from `openapi.yaml` (`Variant`); keep the two in step.
public record Variant(
        String sku,
        String ean,
        String size,
        String colour,
        Long priceCents,
        Long compareAtPriceCents,
        Long costCents,
        Integer weightGrams) {
}
