package com.trendythreads.opsdesk.viewmodels.service.customers;

/// One return (RMA) on one of the customer's cached orders.
public record CustomerReturnItem(String orderId, String orderNumber, String created, String status,
        String resolution, int units, String reasons) {
}
