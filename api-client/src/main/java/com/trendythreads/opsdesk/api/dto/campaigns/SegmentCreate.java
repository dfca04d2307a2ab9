package com.trendythreads.opsdesk.api.dto.campaigns;

import java.util.List;

/// Generated once from `openapi.yaml` (`SegmentCreate`); keep the two in step.
public record SegmentCreate(
        String name,
        String description,
        String rule,
        List<String> customerIds) {
}
