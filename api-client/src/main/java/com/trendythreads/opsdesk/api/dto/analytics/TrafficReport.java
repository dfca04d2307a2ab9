package com.trendythreads.opsdesk.api.dto.analytics;

import java.time.LocalDate;
import java.util.List;

/// Generated once from `openapi.yaml` (`TrafficReport`); keep the two in step.
public record TrafficReport(
        LocalDate from,
        LocalDate to,
        List<TrafficRow> rows) {
}
