package com.trendythreads.opsdesk.api.dto.fulfilment;

/// Generated once from `openapi.yaml` (`PackCreate`); keep the two in step.
public record PackCreate(
        Integer packageCount,
        Integer weightGrams) {
}
