package com.trendythreads.opsdesk.viewmodels.catalog.editor;

/// A product often bought with this one: in how many cached orders both appear.
public record BoughtItem(String productId, String title, int orders) {
}
