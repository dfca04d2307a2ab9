package com.trendythreads.opsdesk.viewmodels.picking;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;

/// The picker's own pace in lines per hour: over the session so far, and over the last hour.
///
/// @param sessionLines lines confirmed or short-picked since the session started
/// @param perHourSession lines per hour since the session started (a session shorter than 10 minutes
///                       counts as 10 minutes, so the first scan does not read as 3,600 an hour)
/// @param lastHour       lines in the last 60 minutes
public record PickRate(int sessionLines, double perHourSession, int lastHour) {

    static final Duration MIN_SPAN = Duration.ofMinutes(10);

    public static PickRate of(Collection<Instant> myLines, Instant sessionStart, Instant now) {
        int session = 0;
        int hour = 0;
        Instant hourAgo = now.minus(Duration.ofHours(1));
        for (Instant at : myLines) {
            if (at == null || at.isAfter(now)) {
                continue;
            }
            if (!at.isBefore(sessionStart)) {
                session++;
            }
            if (at.isAfter(hourAgo)) {
                hour++;
            }
        }
        Duration span = Duration.between(sessionStart, now);
        if (span.compareTo(MIN_SPAN) < 0) {
            span = MIN_SPAN;
        }
        double perHour = session * 3_600_000.0 / span.toMillis();
        return new PickRate(session, perHour, hour);
    }
}
