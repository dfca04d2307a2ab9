package com.trendythreads.opsdesk.cache.pricing;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/// The selling season of a style, from its season code (`SS26`, `AW26`), by the shop's season calendar:
///
/// | code | first day | last day |
/// |---|---|---|
/// | `SSyy` | 1 February 20yy | 31 July 20yy |
/// | `AWyy` | 1 August 20yy | 31 January 20yy+1 |
///
/// @param start the season's first day
/// @param end   its last day (inclusive)
public record Season(String code, LocalDate start, LocalDate end) {

    private static final Pattern CODE = Pattern.compile("(SS|AW)(\\d{2})");

    /// The season of `code`, or empty for a code outside the calendar.
    public static Optional<Season> of(String code) {
        if (code == null) {
            return Optional.empty();
        }
        Matcher m = CODE.matcher(code.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        int year = 2000 + Integer.parseInt(m.group(2));
        return Optional.of(m.group(1).equals("SS")
                ? new Season(code, LocalDate.of(year, 2, 1), LocalDate.of(year, 7, 31))
                : new Season(code, LocalDate.of(year, 8, 1), LocalDate.of(year + 1, 1, 31)));
    }

    /// Selling days left after `today` (0 when the season is over, today included when it runs).
    public long daysLeft(LocalDate today) {
        return Math.max(0, ChronoUnit.DAYS.between(today, end) + 1);
    }

    public boolean over(LocalDate today) {
        return today.isAfter(end);
    }

    /// The share of the season's days gone before `today`: 0 before it starts, 1 once it is over.
    public double elapsed(LocalDate today) {
        long length = ChronoUnit.DAYS.between(start, end) + 1;
        long gone = ChronoUnit.DAYS.between(start, today);
        return Math.max(0, Math.min(1, (double) gone / length));
    }
}
