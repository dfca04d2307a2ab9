package com.trendythreads.opsdesk.api.dto.catalog;

import java.time.Instant;

/// Generated once from `openapi.yaml` (`Media`); keep the two in step.
public record Media(
        String id,
        String fileName,
        String contentType,
        long sizeBytes,
        Integer width,
        Integer height,
        String altText,
        int position,
        String contentUrl,
        Instant createdAt) {
}
