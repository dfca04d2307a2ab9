package com.trendythreads.opsdesk.platform.analytics;

import com.trendythreads.opsdesk.api.dto.analytics.DailySalesReport;
import com.trendythreads.opsdesk.api.dto.analytics.DailySalesRow;
import com.trendythreads.opsdesk.api.dto.analytics.ExternalContextReport;
import com.trendythreads.opsdesk.api.dto.analytics.ExternalContextRow;
import com.trendythreads.opsdesk.api.dto.analytics.TrafficReport;
import com.trendythreads.opsdesk.api.dto.analytics.TrafficRow;
import com.trendythreads.opsdesk.api.dto.common.OrderChannel;
import com.trendythreads.opsdesk.platform.crm.DomainDeps;
import com.trendythreads.opsdesk.platform.crm.Responses;
import com.trendythreads.opsdesk.platform.http.ApiError;
import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/// `getDailySales`, `getTraffic`, `getExternalContext`: aggregates over any date range, beyond what a
/// client caches.
///
/// A bad range (`from` after `to`, or more than 731 days) is answered 400 naming `to`: the contract declares
/// no 422 on these operations, and a range is a query parameter, which the platform's conventions treat as
/// a malformed request.
public final class AnalyticsHandlers {

    static final int MAX_DAYS = 731;

    enum Dimension { CHANNEL, CATEGORY, LOCATION }

    private final DomainDeps deps;

    public AnalyticsHandlers(DomainDeps deps) {
        this.deps = deps;
    }

    /// Per day (and per grouped dimension): orders = distinct order ids, units, gross, discount,
    /// net = gross − discount − refunded, returned units, refunded cents. Cancelled lines are left out.
    public void dailySales(Context ctx) {
        LocalDate from = date(ctx, "from");
        LocalDate to = date(ctx, "to");
        checkRange(from, to);
        Set<Dimension> groupBy = groupBy(ctx);
        List<String> cols = new ArrayList<>(List.of("sale_date"));
        if (groupBy.contains(Dimension.CHANNEL)) cols.add("channel");
        if (groupBy.contains(Dimension.CATEGORY)) cols.add("category_id");
        if (groupBy.contains(Dimension.LOCATION)) cols.add("location_id");
        String keys = String.join(", ", cols);
        String sql = "SELECT " + keys + ", COUNT(DISTINCT order_id) AS orders, SUM(quantity) AS units,"
                + " SUM(gross_cents) AS gross, SUM(discount_cents) AS discount, SUM(returned_qty) AS returned,"
                + " SUM(refunded_cents) AS refunded FROM order_line_facts"
                + " WHERE sale_date BETWEEN :from AND :to AND cancelled = FALSE"
                + " GROUP BY " + keys + " ORDER BY " + keys;
        List<DailySalesRow> rows = deps.jdbi().withHandle(h -> h.createQuery(sql)
                .bind("from", from).bind("to", to)
                .map((rs, c) -> {
                    long gross = rs.getLong("gross");
                    long discount = rs.getLong("discount");
                    long refunded = rs.getLong("refunded");
                    return new DailySalesRow(rs.getObject("sale_date", LocalDate.class),
                            groupBy.contains(Dimension.CHANNEL) ? OrderChannel.valueOf(rs.getString("channel")) : null,
                            groupBy.contains(Dimension.CATEGORY) ? rs.getString("category_id") : null,
                            groupBy.contains(Dimension.LOCATION) ? rs.getString("location_id") : null,
                            rs.getLong("orders"), rs.getLong("units"), gross, discount, gross - discount - refunded,
                            rs.getLong("returned"), refunded);
                }).list());
        // Dimensions not grouped by are absent: the core mapper leaves nulls out, which the contract's
        // nullable allOf-enum `channel` needs (a validator refuses a null there).
        Responses.json(ctx, deps.json(), new DailySalesReport(from, to, rows));
    }

    public void traffic(Context ctx) {
        LocalDate from = date(ctx, "from");
        LocalDate to = date(ctx, "to");
        checkRange(from, to);
        List<TrafficRow> rows = deps.jdbi().withHandle(h -> h.createQuery(
                        "SELECT sale_day, channel, sessions, conversions FROM traffic_daily"
                                + " WHERE sale_day BETWEEN :from AND :to ORDER BY sale_day, channel")
                .bind("from", from).bind("to", to)
                .map((rs, c) -> new TrafficRow(rs.getObject(1, LocalDate.class),
                        OrderChannel.valueOf(rs.getString(2)), rs.getLong(3), rs.getLong(4)))
                .list());
        Responses.json(ctx, deps.json(), new TrafficReport(from, to, rows));
    }

    public void externalContext(Context ctx) {
        LocalDate from = date(ctx, "from");
        LocalDate to = date(ctx, "to");
        checkRange(from, to);
        String category = ctx.queryParam("categoryId");
        boolean byCategory = category != null && !category.isBlank();
        List<ExternalContextRow> rows = deps.jdbi().withHandle(h -> h.createQuery(
                        "SELECT context_day, category_id, weather_index, competitor_price_index, sentiment_score"
                                + " FROM external_context WHERE context_day BETWEEN :from AND :to"
                                + (byCategory ? " AND category_id = :cat" : "")
                                + " ORDER BY context_day, category_id")
                .bind("from", from).bind("to", to).bind("cat", category)
                .map((rs, c) -> {
                    double sentiment = rs.getDouble(5);
                    Double score = rs.wasNull() ? null : sentiment; // before any other column is read
                    return new ExternalContextRow(rs.getObject(1, LocalDate.class), rs.getString(2), rs.getDouble(3),
                            rs.getDouble(4), score);
                })
                .list());
        Responses.json(ctx, deps.json(), new ExternalContextReport(from, to, rows));
    }

    static LocalDate date(Context ctx, String name) {
        String raw = ctx.queryParam(name);
        if (raw == null || raw.isBlank()) {
            throw ApiError.invalidParameter(name, "is required (YYYY-MM-DD)");
        }
        try {
            return LocalDate.parse(raw);
        } catch (DateTimeParseException e) {
            throw ApiError.invalidParameter(name, "must be a date YYYY-MM-DD");
        }
    }

    static void checkRange(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            throw ApiError.invalidParameter("to", "must not be before from");
        }
        if (ChronoUnit.DAYS.between(from, to) > MAX_DAYS) {
            throw ApiError.invalidParameter("to", "must be at most " + MAX_DAYS + " days after from");
        }
    }

    /// `groupBy=channel,category` (one comma-separated value) or `groupBy=channel&groupBy=category`.
    static Set<Dimension> groupBy(Context ctx) {
        Set<Dimension> dims = EnumSet.noneOf(Dimension.class);
        for (String value : ctx.queryParams("groupBy")) {
            for (String part : value.split(",")) {
                String p = part.trim();
                if (p.isEmpty()) {
                    continue;
                }
                try {
                    dims.add(Dimension.valueOf(p.toUpperCase(Locale.ROOT)));
                } catch (IllegalArgumentException e) {
                    throw ApiError.invalidParameter("groupBy", "must be a comma-separated list of channel, category,"
                            + " location");
                }
            }
        }
        return dims;
    }
}
