package com.trendythreads.opsdesk.api.rules;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/// The shop's calendar: a sale belongs to the calendar day of its `placedAt` in the shop's time zone,
/// Europe/Berlin (the contract's `DailySalesRow.date` and `TrafficRow.date`). The platform files its
/// aggregates by it and the desk's dashboard counts "today" by it, so the two always agree, and a
/// manager's "today" starts at midnight where the shop is, not at midnight UTC.
public final class SalesCalendar {

    public static final ZoneId ZONE = ZoneId.of("Europe/Berlin");

    private SalesCalendar() {
    }

    public static LocalDate saleDay(Instant placedAt) {
        return LocalDate.ofInstant(placedAt, ZONE);
    }

    /// The first instant of `day` in the shop's time zone.
    public static Instant startOf(LocalDate day) {
        return day.atStartOfDay(ZONE).toInstant();
    }
}
