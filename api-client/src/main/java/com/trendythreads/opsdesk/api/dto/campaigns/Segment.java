package com.trendythreads.opsdesk.api.dto.campaigns;

/// Generated once from `openapi.yaml` (`Segment`); keep the two in step.
public record Segment(
        String id,
        String name,
        String description,
        String rule,
        int customerCount,
        long version) {
}
