package com.trendythreads.opsdesk.api.dto.orders;

import java.util.List;

/// Generated once from `openapi.yaml` (`RefundCreate`); keep the two in step.
/// The amount is computed by the platform from the lines (never above what was paid)
public record RefundCreate(
        List<Line> lines,
        Boolean includeShipping,
        String reason) {

    public record Line(
            String lineId,
            Integer quantity) {
    }
}
