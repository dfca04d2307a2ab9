package com.trendythreads.opsdesk.viewmodels.dashboard;

import java.util.List;

/// One heatmap row: a category and its cells, one per location column (in the columns' order).
public record HeatmapRowItem(String categoryId, String label, List<Cell> cells) {

    /// How a cell is coloured: too little, tight, fine, too much stock, or no stock levels at all.
    public enum Band { CRITICAL, LOW, OK, HIGH, NONE }

    /// One cell as shown: its text, a tooltip with the figures behind it, and its band.
    public record Cell(String categoryId, String locationId, String text, String tooltip, Band band) {
    }

    public HeatmapRowItem {
        cells = List.copyOf(cells);
    }
}
