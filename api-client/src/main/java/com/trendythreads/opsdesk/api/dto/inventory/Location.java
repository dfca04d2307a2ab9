package com.trendythreads.opsdesk.api.dto.inventory;

/// Generated once from `openapi.yaml` (`Location`); keep the two in step.
public record Location(
        String id,
        String name,
        LocationType type,
        String city,
        String countryCode,
        int binCount,
        long version) {
}
