package com.trendythreads.opsdesk.api.dto.analytics;

import java.time.LocalDate;
import java.util.List;

/// Generated once from `openapi.yaml` (`DailySalesReport`); keep the two in step.
public record DailySalesReport(
        LocalDate from,
        LocalDate to,
        List<DailySalesRow> rows) {
}
