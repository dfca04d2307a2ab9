package com.trendythreads.opsdesk.api.dto.crm;

import java.time.Instant;

/// Generated once from `openapi.yaml` (`LoyaltyAdjustment`); keep the two in step.
public record LoyaltyAdjustment(
        String id,
        int points,
        String reason,
        String by,
        Instant at) {
}
