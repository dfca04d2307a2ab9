package com.trendythreads.opsdesk.cache.inventory;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.trendythreads.opsdesk.api.Json;
import com.trendythreads.opsdesk.cache.store.CacheDatabase;
import com.trendythreads.opsdesk.cache.store.CacheException;
import java.io.IOException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/// Daily unit sales per location × SKU, derived from the cached orders (the working set: the last 90
/// days by default). A day counts the units ordered that day at the order's location, whatever became
/// of the order later except a cancellation: demand is what customers asked for, and a return is
/// stock coming back, not less demand.
///
/// The platform's `/v1/analytics/daily-sales` is not used: it reports per category and channel (not per
/// SKU) and warehouse staff may not call it.
public final class SalesHistory {

    /// Receives one series: units per day, oldest first, the last element the window's last day.
    @FunctionalInterface
    public interface SeriesConsumer {
        void accept(String locationId, String sku, double[] daily);
    }

    private static final ObjectMapper MAPPER = Json.mapper();

    private final LocalDate first;
    private final int days;
    private final Map<String, double[]> series;

    private SalesHistory(LocalDate first, int days, Map<String, double[]> series) {
        this.first = first;
        this.days = days;
        this.series = series;
    }

    /// Sales of the `days` days before `today` (today, being incomplete, is left out).
    public static SalesHistory load(CacheDatabase db, LocalDate today, int days, ZoneId zone) {
        Objects.requireNonNull(db, "db");
        LocalDate first = today.minusDays(days);
        Map<String, double[]> series = new HashMap<>();
        db.read(h -> {
            h.createQuery("SELECT placed_at, location_id, doc FROM orders WHERE placed_at >= :from AND placed_at < :to"
                            + " AND (status IS NULL OR status <> 'CANCELLED')")
                    .bind("from", first.atStartOfDay(zone).toOffsetDateTime())
                    .bind("to", today.atStartOfDay(zone).toOffsetDateTime())
                    .setFetchSize(1_000)
                    .map((rs, ctx) -> {
                        OffsetDateTime at = rs.getObject(1, OffsetDateTime.class);
                        String loc = rs.getString(2);
                        if (at == null || loc == null) {
                            return 0;
                        }
                        int day = (int) ChronoUnit.DAYS.between(first, at.atZoneSameInstant(zone).toLocalDate());
                        if (day < 0 || day >= days) {
                            return 0;
                        }
                        for (JsonNode line : parse(rs.getString(3)).path("lines")) {
                            String sku = line.path("sku").asText(null);
                            int qty = line.path("quantity").asInt(0);
                            if (sku != null && qty > 0) {
                                series.computeIfAbsent(loc + "|" + sku, k -> new double[days])[day] += qty;
                            }
                        }
                        return 0;
                    }).forEach(x -> { });
            return null;
        });
        return new SalesHistory(first, days, series);
    }

    /// A history from given series (keys `<locationId>|<sku>`), for tests and what-ifs.
    public static SalesHistory of(LocalDate first, int days, Map<String, double[]> series) {
        Map<String, double[]> copy = new HashMap<>();
        series.forEach((k, v) -> {
            if (v.length != days) {
                throw new IllegalArgumentException(k + " has " + v.length + " days, not " + days);
            }
            copy.put(k, v.clone());
        });
        return new SalesHistory(first, days, copy);
    }

    private static JsonNode parse(String doc) {
        try {
            return MAPPER.readTree(doc);
        } catch (IOException e) {
            throw new CacheException("A stored order cannot be read: " + e.getMessage(), e);
        }
    }

    /// The window's first day.
    public LocalDate first() {
        return first;
    }

    /// The window's length in days.
    public int days() {
        return days;
    }

    /// The day after the window (the first forecast day).
    public LocalDate end() {
        return first.plusDays(days);
    }

    /// Units per day of `sku` at `locationId` (all zero when it did not sell).
    public double[] daily(String locationId, String sku) {
        double[] s = series.get(locationId + "|" + sku);
        return s == null ? new double[days] : s.clone();
    }

    /// Every series with at least one sale.
    public void forEach(SeriesConsumer consumer) {
        series.forEach((k, v) -> {
            int bar = k.indexOf('|');
            consumer.accept(k.substring(0, bar), k.substring(bar + 1), v);
        });
    }

    /// How many location × SKU series sold at least once.
    public int seriesCount() {
        return series.size();
    }
}
