package com.trendythreads.opsdesk.api.dto.common;

/// Generated once from `openapi.yaml` (`Address`); keep the two in step.
public record Address(
        String name,
        String street,
        String postalCode,
        String city,
        String countryCode) {
}
