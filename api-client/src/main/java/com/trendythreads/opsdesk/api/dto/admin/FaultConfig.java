package com.trendythreads.opsdesk.api.dto.admin;

/// Generated once from `openapi.yaml` (`FaultConfig`); keep the two in step.
public record FaultConfig(
        Integer latencyMs,
        Double errorRate,
        Integer errorStatus,
        Double dropRate,
        Double malformedRate,
        Integer rateLimitBurst,
        FaultRule failNext,
        FaultRule dropNext) {
}
