package com.trendythreads.opsdesk.cache.kpi;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.trendythreads.opsdesk.api.Json;
import com.trendythreads.opsdesk.api.dto.analytics.DailySalesReport;
import com.trendythreads.opsdesk.api.dto.analytics.DailySalesRow;
import com.trendythreads.opsdesk.api.dto.analytics.TrafficReport;
import com.trendythreads.opsdesk.api.dto.analytics.TrafficRow;
import com.trendythreads.opsdesk.api.error.ApiProblem;
import com.trendythreads.opsdesk.api.error.Forbidden;
import com.trendythreads.opsdesk.api.service.AnalyticsApi;
import com.trendythreads.opsdesk.cache.kpi.SalesRollup.Totals;
import com.trendythreads.opsdesk.cache.store.CacheDatabase;
import com.trendythreads.opsdesk.cache.store.CacheException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/// The platform's aggregate reports (`getDailySales`, `getTraffic`) for what the local orders cannot
/// answer: conversion rate, and days before the local window. Every fetched report is stored in the cache
/// (`kpi_reports`), so offline the dashboard shows the last fetched figures
/// ([KpiValue.Source#PLATFORM_CACHED]); a report is fetched again after [#FRESH_FOR] at the earliest.
///
/// The platform's daily rows group by channel, location and category only as asked, so a filter asks for
/// exactly its dimensions. Orders of a multi-category filter are summed per category (the platform counts
/// distinct orders per category only), so there an order with lines in two of the categories counts twice.
public final class PlatformAggregates {

    private static final Logger log = LoggerFactory.getLogger(PlatformAggregates.class);
    private static final ObjectMapper JSON = Json.mapper();

    /// How long a fetched report is used without asking the platform again.
    public static final Duration FRESH_FOR = Duration.ofMinutes(5);

    enum Kind { DAILY_SALES, TRAFFIC }

    /// The per-day sums of a filter's days (oldest first), and where they came from.
    record Days(List<Totals> days, KpiValue.Source source) {
    }

    private record Key(Kind kind, String groupBy, LocalDate from, LocalDate to) {
    }

    private record Fetched(String doc, Instant at, KpiValue.Source source) {
    }

    private final CacheDatabase db;
    private final Supplier<AnalyticsApi> api;
    private final Clock clock;
    private final Map<Key, Fetched> recent = new ConcurrentHashMap<>();

    /// @param api the platform's analytics operations (e.g. `() -> engine.service(AnalyticsApi.class)`), or
    ///            `null` for a session without a platform: then only stored reports are shown
    public PlatformAggregates(CacheDatabase db, Supplier<AnalyticsApi> api, Clock clock) {
        this.db = Objects.requireNonNull(db, "db");
        this.api = api;
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /// Conversion rate = conversions ÷ sessions of the filter's days and channel (traffic has no location or
    /// category: those filters do not apply), with its comparison period and a daily sparkline.
    public KpiValue conversion(KpiFilter filter) {
        Optional<Fetched> now = fetch(Kind.TRAFFIC, "", filter.from(), filter.to());
        if (now.isEmpty() || now.get().doc() == null) {
            return KpiValue.missing(Kpi.CONVERSION_RATE,
                    now.map(Fetched::source).orElse(KpiValue.Source.UNAVAILABLE));
        }
        TrafficReport report = read(now.get().doc(), TrafficReport.class);
        long[] sum = new long[2];
        List<Double> spark = new ArrayList<>();
        Map<LocalDate, long[]> perDay = new java.util.TreeMap<>();
        for (LocalDate d = filter.from(); !d.isAfter(filter.to()); d = d.plusDays(1)) {
            perDay.put(d, new long[2]);
        }
        for (TrafficRow r : report.rows()) {
            if (filter.channel() != null && (r.channel() == null || !r.channel().name().equals(filter.channel()))) {
                continue;
            }
            long[] m = perDay.get(r.date());
            if (m != null) {
                m[0] += r.conversions();
                m[1] += r.sessions();
                sum[0] += r.conversions();
                sum[1] += r.sessions();
            }
        }
        perDay.values().forEach(m -> spark.add(m[1] == 0 ? 0.0 : (double) m[0] / m[1]));
        Double previous = null;
        KpiFilter cmp = filter.comparison();
        Optional<Fetched> before = fetch(Kind.TRAFFIC, "", cmp.from(), cmp.to());
        if (before.isPresent() && before.get().doc() != null) {
            long conv = 0;
            long sessions = 0;
            for (TrafficRow r : read(before.get().doc(), TrafficReport.class).rows()) {
                if (filter.channel() == null || r.channel() != null && r.channel().name().equals(filter.channel())) {
                    conv += r.conversions();
                    sessions += r.sessions();
                }
            }
            previous = sessions == 0 ? null : (double) conv / sessions;
        }
        return new KpiValue(Kpi.CONVERSION_RATE, sum[1] == 0 ? null : (double) sum[0] / sum[1], previous, spark,
                now.get().source());
    }

    /// The platform's daily sales of `filter`'s days, summed per day over the rows the filter selects.
    Days dailySales(KpiFilter filter) {
        List<String> dims = new ArrayList<>();
        if (filter.channel() != null) {
            dims.add("channel");
        }
        if (!filter.categoryIds().isEmpty()) {
            dims.add("category");
        }
        if (filter.locationId() != null) {
            dims.add("location");
        }
        Optional<Fetched> got = fetch(Kind.DAILY_SALES, String.join(",", dims), filter.from(), filter.to());
        if (got.isEmpty() || got.get().doc() == null) {
            return new Days(List.of(), got.map(Fetched::source).orElse(KpiValue.Source.UNAVAILABLE));
        }
        Map<LocalDate, Totals> perDay = new java.util.TreeMap<>();
        for (LocalDate d = filter.from(); !d.isAfter(filter.to()); d = d.plusDays(1)) {
            perDay.put(d, new Totals());
        }
        for (DailySalesRow r : read(got.get().doc(), DailySalesReport.class).rows()) {
            Totals t = perDay.get(r.date());
            if (t == null
                    || filter.channel() != null && (r.channel() == null || !r.channel().name().equals(filter.channel()))
                    || filter.locationId() != null && !filter.locationId().equals(r.locationId())
                    || !filter.categoryIds().isEmpty() && !filter.categoryIds().contains(r.categoryId())) {
                continue;
            }
            t.net += r.netSalesCents();
            t.orders += r.orders();
            t.units += r.units();
            t.returned += r.returnedUnits();
        }
        return new Days(List.copyOf(perDay.values()), got.get().source());
    }

    // The report from the platform (stored for offline use), else the stored one, else empty.
    private Optional<Fetched> fetch(Kind kind, String groupBy, LocalDate from, LocalDate to) {
        Key key = new Key(kind, groupBy, from, to);
        Fetched mem = recent.get(key);
        Instant now = clock.instant();
        if (mem != null && mem.source() == KpiValue.Source.PLATFORM
                && mem.at().plus(FRESH_FOR).isAfter(now)) {
            return Optional.of(mem);
        }
        if (api != null) {
            try {
                AnalyticsApi a = api.get();
                Object report = kind == Kind.TRAFFIC ? a.getTraffic(from, to)
                        : a.getDailySales(from, to, groupBy.isEmpty() ? null : groupBy);
                String doc = JSON.writeValueAsString(report);
                store(key, doc, now);
                Fetched f = new Fetched(doc, now, KpiValue.Source.PLATFORM);
                recent.put(key, f);
                return Optional.of(f);
            } catch (Forbidden e) {
                // The role may not read the aggregates: say so rather than show what was stored earlier.
                return Optional.of(new Fetched(null, now, KpiValue.Source.NOT_PERMITTED));
            } catch (ApiProblem | JsonProcessingException | CacheException e) {
                log.info("Platform {} {}..{} not fetched ({}); using the stored one if any", kind, from, to,
                        e.getMessage());
            }
        }
        return stored(key);
    }

    private void store(Key key, String doc, Instant at) {
        db.write(tx -> tx.handle().createUpdate("""
                        MERGE INTO kpi_reports (kind, from_day, to_day, group_by, fetched_at, doc)
                        KEY (kind, group_by, from_day, to_day) VALUES (:kind, :from, :to, :groupBy, :at, :doc)""")
                .bind("kind", key.kind().name()).bind("from", key.from()).bind("to", key.to())
                .bind("groupBy", key.groupBy()).bind("at", OffsetDateTime.ofInstant(at, ZoneOffset.UTC))
                .bind("doc", doc).execute());
    }

    private Optional<Fetched> stored(Key key) {
        return db.read(h -> h.createQuery("""
                        SELECT doc, fetched_at FROM kpi_reports
                        WHERE kind = :kind AND group_by = :groupBy AND from_day = :from AND to_day = :to""")
                .bind("kind", key.kind().name()).bind("groupBy", key.groupBy())
                .bind("from", key.from()).bind("to", key.to())
                .map((rs, ctx) -> new Fetched(rs.getString(1), rs.getObject(2, OffsetDateTime.class).toInstant(),
                        KpiValue.Source.PLATFORM_CACHED))
                .findOne());
    }

    /// When the report behind `filter`'s conversion rate was last fetched, if ever (the tile's "as of").
    public Optional<Instant> trafficFetchedAt(KpiFilter filter) {
        return stored(new Key(Kind.TRAFFIC, "", filter.from(), filter.to())).map(Fetched::at);
    }

    private static <T> T read(String doc, Class<T> type) {
        try {
            return JSON.readValue(doc, type);
        } catch (JsonProcessingException e) {
            throw new CacheException("A stored platform report cannot be read: " + e.getOriginalMessage(), e);
        }
    }
}
