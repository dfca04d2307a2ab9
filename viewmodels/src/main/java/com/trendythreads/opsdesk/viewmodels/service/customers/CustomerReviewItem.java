package com.trendythreads.opsdesk.viewmodels.service.customers;

/// One of the customer's reviews.
///
/// @param stars the rating as stars, `★★★★☆`
public record CustomerReviewItem(String date, String stars, String title, String status) {
}
