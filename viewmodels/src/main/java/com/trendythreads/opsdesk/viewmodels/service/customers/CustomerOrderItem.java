package com.trendythreads.opsdesk.viewmodels.service.customers;

/// One of the customer's cached orders in the 360; opening it opens the order in the Orders workspace.
///
/// @param id     the order's id (`ord_…`), what [com.trendythreads.opsdesk.viewmodels.shell.RecordLinks] opens
/// @param status the order's status with its payment and fulfilment state, translated
public record CustomerOrderItem(String id, String number, String placed, String status, String total, int items) {
}
