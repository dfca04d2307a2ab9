package com.trendythreads.opsdesk.cache.kpi;

import com.trendythreads.opsdesk.api.rules.SalesCalendar;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Set;

/// What the dashboard is filtered to. Days are the shop's calendar days (`SalesCalendar`, Europe/Berlin), the
/// platform's sale date, so local
/// figures and the platform's aggregates add up to the same thing.
///
/// @param from        first day, inclusive
/// @param to          last day, inclusive
/// @param locationId  one location, or `null` for all
/// @param channel     one order channel (`WEB`, `APP`, …), or `null` for all
/// @param categoryIds the chosen category and its descendants, or empty for all
public record KpiFilter(LocalDate from, LocalDate to, String locationId, String channel, Set<String> categoryIds) {

    public KpiFilter {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("to " + to + " is before from " + from);
        }
        categoryIds = categoryIds == null ? Set.of() : Set.copyOf(categoryIds);
    }

    public static KpiFilter days(LocalDate from, LocalDate to) {
        return new KpiFilter(from, to, null, null, Set.of());
    }

    public long length() {
        return ChronoUnit.DAYS.between(from, to) + 1;
    }

    /// The period the tiles compare with: a single day against the same weekday a week earlier, any
    /// longer period against the one of the same length just before it.
    public KpiFilter comparison() {
        long shift = length() == 1 ? 7 : length();
        return new KpiFilter(from.minusDays(shift), to.minusDays(shift), locationId, channel, categoryIds);
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(from) && !day.isAfter(to);
    }

    public KpiFilter withDays(LocalDate newFrom, LocalDate newTo) {
        return new KpiFilter(newFrom, newTo, locationId, channel, categoryIds);
    }
}
