package com.trendythreads.opsdesk.api.dto.analytics;

import com.trendythreads.opsdesk.api.dto.common.OrderChannel;
import java.time.LocalDate;

/// Generated once from `openapi.yaml` (`TrafficRow`); keep the two in step.
public record TrafficRow(
        LocalDate date,
        OrderChannel channel,
        long sessions,
        long conversions) {
}
