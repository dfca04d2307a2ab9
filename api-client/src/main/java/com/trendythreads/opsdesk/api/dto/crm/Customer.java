package com.trendythreads.opsdesk.api.dto.crm;

import com.trendythreads.opsdesk.api.dto.common.Address;
import java.time.Instant;
import java.util.List;

/// Generated once from `openapi.yaml` (`Customer`); keep the two in step.
public record Customer(
        String id,
        String firstName,
        String lastName,
        String email,
        String phone,
        List<Address> addresses,
        Consents consents,
        LoyaltyTier loyaltyTier,
        int loyaltyPoints,
        int orderCount,
        long lifetimeValueCents,
        List<String> tags,
        Instant createdAt,
        Instant updatedAt,
        long version) {
}
