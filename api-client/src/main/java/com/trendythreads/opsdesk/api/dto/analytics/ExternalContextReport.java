package com.trendythreads.opsdesk.api.dto.analytics;

import java.time.LocalDate;
import java.util.List;

/// Generated once from `openapi.yaml` (`ExternalContextReport`); keep the two in step.
public record ExternalContextReport(
        LocalDate from,
        LocalDate to,
        List<ExternalContextRow> rows) {
}
