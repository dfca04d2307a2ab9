package com.trendythreads.opsdesk.api.dto.analytics;

import java.time.LocalDate;

/// Generated once from `openapi.yaml` (`ExternalContextRow`); keep the two in step.
public record ExternalContextRow(
        LocalDate date,
        String categoryId,
        double weatherIndex,
        double competitorPriceIndex,
        Double sentimentScore) {
}
