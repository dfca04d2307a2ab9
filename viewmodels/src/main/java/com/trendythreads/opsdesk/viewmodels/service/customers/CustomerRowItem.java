package com.trendythreads.opsdesk.viewmodels.service.customers;

/// One customer in the search list, as this role sees them (masked values stay masked).
///
/// @param tier   the loyalty tier's name, e.g. `GOLD`
public record CustomerRowItem(String id, String name, String email, String phone, String tier, int points) {
}
