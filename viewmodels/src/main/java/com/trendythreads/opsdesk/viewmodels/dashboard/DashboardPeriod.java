package com.trendythreads.opsdesk.viewmodels.dashboard;

/// The periods the dashboard offers; days are the shop's calendar days (api.rules.SalesCalendar) ending today.
public enum DashboardPeriod {
    TODAY(1), LAST_7_DAYS(7), LAST_30_DAYS(30), CUSTOM(0);

    private final int days;

    DashboardPeriod(int days) {
        this.days = days;
    }

    /// Days ending today, 0 for a custom range.
    public int days() {
        return days;
    }
}
