package com.trendythreads.opsdesk.api.dto.campaigns;

import java.util.List;

/// Generated once from `openapi.yaml` (`PromoCodeBulkResult`); keep the two in step.
public record PromoCodeBulkResult(
        int count,
        List<String> codes) {
}
