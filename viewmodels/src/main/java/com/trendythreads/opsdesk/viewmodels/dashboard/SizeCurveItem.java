package com.trendythreads.opsdesk.viewmodels.dashboard;

import java.util.List;

/// A style (product × colour) at a location with its sizes' availability, which opens the product in the catalog.
public record SizeCurveItem(String productId, String title, String colour, String locationId, List<Size> sizes,
                            String missing) {

    /// One size: its label and units available (0 = missing).
    public record Size(String size, int available) {
    }

    public SizeCurveItem {
        sizes = List.copyOf(sizes);
    }
}
