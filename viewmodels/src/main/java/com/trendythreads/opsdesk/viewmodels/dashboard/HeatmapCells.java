package com.trendythreads.opsdesk.viewmodels.dashboard;

import com.trendythreads.opsdesk.cache.kpi.StockDashboardData.Cell;
import com.trendythreads.opsdesk.cache.kpi.StockDashboardData.Measure;
import com.trendythreads.opsdesk.viewmodels.common.I18n;
import com.trendythreads.opsdesk.viewmodels.dashboard.HeatmapRowItem.Band;

/// How a heatmap cell reads: its text and its colour band (`docs/KPIS.md`, "Stock dashboard").
final class HeatmapCells {

    /// Weeks of cover below which a cell is critical, and below which it is tight.
    static final double CRITICAL_WEEKS = 2;
    static final double LOW_WEEKS = 4;
    /// Availability below which a cell is critical, and below which it is tight.
    static final double CRITICAL_AVAILABILITY = 0.8;
    static final double LOW_AVAILABILITY = 0.95;

    private HeatmapCells() {
    }

    /// Cover with one decimal (99+ from 100 weeks; ∞ for unsold stock, – for none), or availability in %.
    static String text(Cell c, Measure m, I18n i18n) {
        if (m == Measure.AVAILABILITY) {
            return i18n.get("stockdash.percent", c.availability());
        }
        Double w = c.weeksOfCover();
        if (w == null) {
            return c.available() > 0 ? "∞" : "–";
        }
        return w >= 100 ? "99+" : i18n.get("stockdash.cover", w);
    }

    /// Cover under 2 weeks critical, under 4 tight, above the overstock threshold (or stock that does not
    /// sell) too much; availability under 80 % critical, under 95 % tight.
    static Band band(Cell c, Measure m, double overstockWeeks) {
        if (m == Measure.AVAILABILITY) {
            double a = c.availability();
            return a < CRITICAL_AVAILABILITY ? Band.CRITICAL : a < LOW_AVAILABILITY ? Band.LOW : Band.OK;
        }
        Double w = c.weeksOfCover();
        if (w == null) {
            return c.available() > 0 ? Band.HIGH : Band.NONE;
        }
        return w < CRITICAL_WEEKS ? Band.CRITICAL : w < LOW_WEEKS ? Band.LOW : w > overstockWeeks ? Band.HIGH : Band.OK;
    }
}
