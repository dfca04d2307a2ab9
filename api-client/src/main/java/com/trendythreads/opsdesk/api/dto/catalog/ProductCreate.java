package com.trendythreads.opsdesk.api.dto.catalog;

import com.trendythreads.opsdesk.api.dto.common.Channel;
import java.util.List;
import java.util.Map;

/// Generated once from `openapi.yaml` (`ProductCreate`); keep the two in step.
public record ProductCreate(
        String title,
        String description,
        String brand,
        String categoryId,
        String season,
        ProductStatus status,
        Map<String, String> attributes,
        List<Channel> channels,
        List<Variant> variants) {
}
