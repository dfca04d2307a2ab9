package com.trendythreads.opsdesk.api.dto.analytics;

import com.trendythreads.opsdesk.api.dto.common.OrderChannel;
import java.time.LocalDate;

/// Generated once from `openapi.yaml` (`DailySalesRow`); keep the two in step.
/// Dimensions not grouped by are null
public record DailySalesRow(
        LocalDate date,
        OrderChannel channel,
        String categoryId,
        String locationId,
        long orders,
        long units,
        long grossSalesCents,
        long discountCents,
        long netSalesCents,
        long returnedUnits,
        long refundedCents) {
}
