package com.trendythreads.opsdesk.api.dto.orders;

/// Generated once from `openapi.yaml` (`OrderCustomer`); keep the two in step.
public record OrderCustomer(
        String id,
        String name,
        String email,
        String phone) {
}
