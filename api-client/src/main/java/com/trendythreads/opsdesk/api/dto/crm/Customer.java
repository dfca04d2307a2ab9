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
        List<LoyaltyAdjustment> loyaltyAdjustments,
        Instant createdAt,
        Instant updatedAt,
        long version) {

    /// A customer nobody has adjusted points for by hand.
    public Customer(String id, String firstName, String lastName, String email, String phone, List<Address> addresses,
            Consents consents, LoyaltyTier loyaltyTier, int loyaltyPoints, int orderCount, long lifetimeValueCents,
            List<String> tags, Instant createdAt, Instant updatedAt, long version) {
        this(id, firstName, lastName, email, phone, addresses, consents, loyaltyTier, loyaltyPoints, orderCount,
                lifetimeValueCents, tags, null, createdAt, updatedAt, version);
    }

    /// The manual point adjustments, oldest first; empty rather than null.
    public List<LoyaltyAdjustment> adjustments() {
        return loyaltyAdjustments == null ? List.of() : loyaltyAdjustments;
    }
}
