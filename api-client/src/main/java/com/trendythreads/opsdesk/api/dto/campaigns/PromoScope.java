package com.trendythreads.opsdesk.api.dto.campaigns;

import java.util.List;

/// Generated once from `openapi.yaml` (`PromoScope`); keep the two in step.
/// Empty lists mean the whole catalog
public record PromoScope(
        List<String> categoryIds,
        List<String> productIds) {
}
