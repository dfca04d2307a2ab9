package com.trendythreads.opsdesk.api.dto.admin;

/// Generated once from `openapi.yaml` (`SimulatorTickResult`); keep the two in step.
public record SimulatorTickResult(
        int events,
        String lastToken) {
}
