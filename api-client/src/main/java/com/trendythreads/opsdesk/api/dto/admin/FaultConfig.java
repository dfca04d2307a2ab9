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
        FaultRule dropNext,
        FaultRule loseResponseNext,
        Long seed) {

    /// No faults at all.
    public static FaultConfig none() {
        return new FaultConfig(0, 0.0, 500, 0.0, 0.0, 0, null, null, null, null);
    }
}
