package com.trendythreads.opsdesk.api.dto.orders;

import java.time.Instant;
import java.util.List;

/// Generated once from `openapi.yaml` (`Refund`); keep the two in step.
public record Refund(
        String id,
        long amountCents,
        List<RefundLine> lines,
        long shippingCents,
        String reason,
        String by,
        Instant at) {
}
