package com.trendythreads.opsdesk.viewmodels.service.customers;

/// One loyalty point adjustment, with its reason and who made it.
///
/// @param pending true while it is queued on this desk and the platform has not confirmed it
public record AdjustmentItem(String when, String points, String reason, String by, boolean pending) {
}
