package com.trendythreads.opsdesk.api.dto.admin;

/// Generated once from `openapi.yaml` (`FaultRule`); keep the two in step.
public record FaultRule(
        Integer count,
        Integer status,
        String pathPrefix) {
}
