package com.trendythreads.opsdesk.api.dto.catalog;

/// Generated once from `openapi.yaml` (`ProductStatus`); keep the two in step.
public enum ProductStatus {
    DRAFT, ACTIVE, ARCHIVED
}
