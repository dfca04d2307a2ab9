package com.trendythreads.opsdesk.viewmodels.dashboard;

/// A row of the low-stock or overstock list: one stock level, which opens in the inventory workspace.
///
/// @param figure the list's figure (the predicted stock-out date; the excess units)
/// @param detail the figure behind it (units a day; weeks of cover)
public record StockLineItem(String stockId, String sku, String title, String locationId, int available,
                            String figure, String detail) {
}
