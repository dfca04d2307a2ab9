package com.trendythreads.opsdesk.api.dto.supply;

import java.time.Instant;

/// Generated once from `openapi.yaml` (`Supplier`); keep the two in step.
public record Supplier(
        String id,
        String name,
        String contactName,
        String email,
        String phone,
        String countryCode,
        String currency,
        int leadTimeDays,
        long minimumOrderCents,
        SupplierPayout payout,
        Instant updatedAt,
        long version) {
}
