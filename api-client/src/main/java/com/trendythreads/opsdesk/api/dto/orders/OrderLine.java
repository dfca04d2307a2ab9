package com.trendythreads.opsdesk.api.dto.orders;

/// Generated once from `openapi.yaml` (`OrderLine`); keep the two in step.
public record OrderLine(
        String id,
        String sku,
        String productId,
        String title,
        String size,
        String colour,
        int quantity,
        long unitPriceCents,
        long discountCents,
        long totalCents,
        int refundedQuantity,
        int returnedQuantity) {
}
