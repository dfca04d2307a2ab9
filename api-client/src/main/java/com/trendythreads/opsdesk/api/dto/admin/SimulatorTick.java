package com.trendythreads.opsdesk.api.dto.admin;

/// Generated once from `openapi.yaml` (`SimulatorTick`); keep the two in step.
public record SimulatorTick(
        Integer events) {
}
