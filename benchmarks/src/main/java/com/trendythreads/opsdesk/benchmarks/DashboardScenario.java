package com.trendythreads.opsdesk.benchmarks;

import com.trendythreads.opsdesk.api.rules.SalesCalendar;
import com.trendythreads.opsdesk.cache.kpi.Kpi;
import com.trendythreads.opsdesk.cache.kpi.KpiFilter;
import com.trendythreads.opsdesk.cache.kpi.KpiValue;
import com.trendythreads.opsdesk.cache.kpi.SalesKpis;
import com.trendythreads.opsdesk.cache.store.CacheDatabase;
import com.trendythreads.opsdesk.cache.sync.SyncSettings;
import com.trendythreads.opsdesk.viewmodels.common.TaskRunner;
import com.trendythreads.opsdesk.viewmodels.dashboard.DashboardChoices;
import com.trendythreads.opsdesk.viewmodels.dashboard.DashboardFilters;
import com.trendythreads.opsdesk.viewmodels.dashboard.DashboardPeriod;
import com.trendythreads.opsdesk.viewmodels.dashboard.DashboardViewModel;
import com.trendythreads.opsdesk.viewmodels.dashboard.FilterChoice;
import com.trendythreads.opsdesk.viewmodels.dashboard.KpiSources;
import com.trendythreads.opsdesk.viewmodels.shell.Workspaces;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/// The manager dashboard recomputed for a new filter, as the desk does it: [DashboardViewModel#refresh()]
/// over the session's [SalesKpis] (rollups built once from the cached orders, then kept current), against
/// the same seven sales figures (value, comparison period and daily sparkline) computed by hand-written SQL
/// with raw JDBC over the same cache. Both must give equal values for every filter.
///
/// The SQL reads what the cache stores: the typed columns select the orders (shop days on `placed_at`, not
/// cancelled, channel, location) and the lines, refunds and promo codes come from each order's JSON through
/// H2's JSON field access (the cache has no line table). The shop day is `FORMATDATETIME` in Europe/Berlin:
/// H2's `CAST(placed_at AT TIME ZONE 'Europe/Berlin' AS DATE)` gave the UTC date (an order at 00:30 in
/// Berlin landed on the day before).
final class DashboardScenario {

    /// The figures computed from cached orders (`docs/KPIS.md`, "Sales"); the other tiles have their own
    /// sources (stock, operations) that this figure does not measure.
    static final List<Kpi> SALES = List.of(Kpi.NET_SALES, Kpi.ORDERS, Kpi.AVERAGE_ORDER_VALUE, Kpi.RETURN_RATE_UNITS,
            Kpi.RETURN_RATE_ORDERS, Kpi.CAMPAIGN_REVENUE, Kpi.CODE_REDEMPTIONS);

    // One row per shop day of the selected orders. Lines are unnested with SYSTEM_RANGE over the JSON array
    // (H2 has no JSON_TABLE); a line's refunds are the refund lines naming it.
    private static final String PER_DAY = """
            SELECT d, SUM(net), SUM(units), SUM(returned), SUM(CASE WHEN campaign THEN net ELSE 0 END), COUNT(*),
                   SUM(CASE WHEN returned > 0 THEN 1 ELSE 0 END), SUM(codes)
            FROM (
              SELECT id, d, campaign, codes,
                     COALESCE(SUM(%s * %s - %s
                       - CASE WHEN rc = 0 THEN 0 ELSE (
                           SELECT COALESCE(SUM(%s), 0)
                           FROM SYSTEM_RANGE(1, 1000) a JOIN SYSTEM_RANGE(1, 1000) b
                             ON b.X <= CARDINALITY((j)."refunds"[a.X]."lines")
                           WHERE a.X <= rc AND ((j)."refunds"[a.X]."lines"[b.X])."lineId" = (line)."id") END), 0) AS net,
                     COALESCE(SUM(%s), 0) AS units,
                     COALESCE(SUM(%s), 0) AS returned
              FROM (
                SELECT o.id, o.d, o.j, o.rc, o.campaign, o.codes, (o.j)."lines"[r.X] AS line
                FROM (
                  SELECT id, CAST(FORMATDATETIME(placed_at, 'yyyy-MM-dd', 'en', 'Europe/Berlin') AS DATE) AS d, (doc FORMAT JSON) AS j,
                         campaign_id IS NOT NULL AS campaign,
                         COALESCE(CARDINALITY((doc FORMAT JSON)."refunds"), 0) AS rc,
                         COALESCE(CARDINALITY((doc FORMAT JSON)."lines"), 0) AS lc,
                         COALESCE(CARDINALITY((doc FORMAT JSON)."promoCodes"), 0) AS codes
                  FROM orders
                  WHERE placed_at >= ? AND placed_at < ? AND status <> 'CANCELLED'
                    AND (CAST(? AS VARCHAR) IS NULL OR channel = ?) AND (CAST(? AS VARCHAR) IS NULL OR location_id = ?)
                ) o LEFT JOIN SYSTEM_RANGE(1, 1000) r ON r.X <= o.lc
              ) x
              GROUP BY id, d, campaign, codes
            ) per_order
            GROUP BY d
            """.formatted(num("(line).\"unitPriceCents\""), num("(line).\"quantity\""),
            num("(line).\"discountCents\""), num("((j).\"refunds\"[a.X].\"lines\"[b.X]).\"amountCents\""),
            num("(line).\"quantity\""), num("(line).\"returnedQuantity\""));

    // A JSON number as BIGINT (H2 casts JSON to text, not to numbers).
    private static String num(String json) {
        return "CAST(CAST(" + json + " AS VARCHAR) AS BIGINT)";
    }

    private DashboardScenario() {
    }

    static void run(Report report, DeskSession desk, CacheDatabase db) {
        int windowDays = SyncSettings.defaults().workingSetDays();
        long orders = db.read(h -> h.createQuery("SELECT COUNT(*) FROM orders").mapTo(Long.class).one());
        KpiSources sources = new KpiSources(desk.sessions,
                s -> List.of(new SalesKpis(s.data().db(), Clock.systemUTC(), windowDays, null)),
                s -> new DashboardChoices(s.data().reference().locations(), s.data().reference().categories()));
        // Synchronous, so each refresh is timed from the filter to the tiles shown; the same code runs on
        // the app's executor.
        DashboardViewModel vm = new DashboardViewModel(sources, desk.sessions, desk.links, Workspaces.standard(),
                TaskRunner.direct(), desk.notifier, desk.i18n, Clock.systemUTC());
        long t0 = System.nanoTime();
        vm.activate();
        double openSeconds = (System.nanoTime() - t0) / 1e9;
        // Filter changes below recompute through refresh() alone: inactive, setting a filter recomputes nothing.
        vm.deactivate();
        DashboardFilters filters = vm.filters();
        filters.periodProperty().set(DashboardPeriod.CUSTOM);

        LocalDate today = SalesCalendar.saleDay(Clock.systemUTC().instant());
        String location = filters.locations().size() > 1 ? filters.locations().get(1).id() : null;
        // warm-up (not measured) on other filters than the measured ones, so each measured one is cold
        for (int shift = 2; shift < 22; shift++) {
            show(vm, filters, today.minusDays(shift + 6), today.minusDays(shift), shift % 2 == 0 ? location : null,
                    shift % 3 == 0 ? "WEB" : null);
        }
        List<Sample> samples = List.of(
                new Sample(today.minusDays(29), today, null, null),
                new Sample(today.minusDays(6), today, null, "WEB"),
                new Sample(today, today, null, null),
                new Sample(today.minusDays(29), today, location, null),
                new Sample(today.minusDays(7), today.minusDays(1), location, "STORE"),
                new Sample(today.minusDays(59), today.minusDays(30), null, "APP"));
        long[] deskNanos = new long[samples.size()];
        long[] sqlNanos = new long[samples.size()];
        List<String> differences = new ArrayList<>();
        for (int i = 0; i < samples.size(); i++) {
            Sample s = samples.get(i);
            long s0 = System.nanoTime();
            Map<Kpi, KpiValue> shown = show(vm, filters, s.from(), s.to(), s.location(), s.channel());
            deskNanos[i] = System.nanoTime() - s0;
            KpiFilter f = vm.currentFilter();
            s0 = System.nanoTime();
            Map<Kpi, KpiValue> sql = sql(db, f);
            sqlNanos[i] = System.nanoTime() - s0;
            for (Kpi k : SALES) {
                KpiValue a = shown.get(k);
                KpiValue b = sql.get(k);
                if (a == null || !Objects.equals(a.value(), b.value()) || !Objects.equals(a.previous(), b.previous())
                        || !a.sparkline().equals(b.sparkline())) {
                    differences.add(k + " " + f + ": desk " + a + ", SQL " + b);
                }
            }
        }
        sources.current().forEach(source -> source.close());
        Stats desks = Stats.of(deskNanos);
        Stats sqls = Stats.of(sqlNanos);
        double value = desks.percentileMs(50);
        double baseline = sqls.percentileMs(50);
        boolean equal = differences.isEmpty();
        report.add(new Figure("dashboard recompute", value, "ms", baseline, "the same aggregates as plain SQL",
                "≤ 1.5× baseline, ≤ 100 ms", equal && value <= 1.5 * baseline && value <= 100,
                String.format(Locale.ROOT, "%,d cached orders; medians of %d filters (1–30 days, channel, location) "
                        + "of the 7 sales tiles with their comparison and daily sparkline (desk max %.2f ms, SQL max "
                        + "%.1f ms); the desk's rollups built once on opening the dashboard in %.1f s; %s",
                        orders, samples.size(), desks.percentileMs(100), sqls.percentileMs(100), openSeconds,
                        equal ? "values equal to the SQL's for every filter"
                                : differences.size() + " values differ, first: " + differences.getFirst())));
    }

    private record Sample(LocalDate from, LocalDate to, String location, String channel) {
    }

    /// Sets the dashboard's filters and recomputes every tile, as a filter change does in the app.
    private static Map<Kpi, KpiValue> show(DashboardViewModel vm, DashboardFilters f, LocalDate from, LocalDate to,
                                           String location, String channel) {
        f.customFromProperty().set(from);
        f.customToProperty().set(to);
        f.locationProperty().set(choice(f.locations(), location));
        f.channelProperty().set(choice(f.channels(), channel));
        vm.refresh();
        Map<Kpi, KpiValue> out = new HashMap<>();
        for (Kpi k : SALES) {
            out.put(k, vm.tile(k).figureProperty().get());
        }
        return out;
    }

    private static FilterChoice choice(List<FilterChoice> choices, String id) {
        return choices.stream().filter(c -> Objects.equals(c.id(), id)).findFirst()
                .orElseThrow(() -> new IllegalStateException("no filter choice " + id));
    }

    // ------------------------------------------------------------------ the baseline

    /// Sums of one shop day, as the SQL returns them.
    private record Day(long net, long units, long returned, long campaignNet, long orders, long returnedOrders,
                       long codes) {

        static final Day NONE = new Day(0, 0, 0, 0, 0, 0, 0);

        Day plus(Day o) {
            return new Day(net + o.net, units + o.units, returned + o.returned, campaignNet + o.campaignNet,
                    orders + o.orders, returnedOrders + o.returnedOrders, codes + o.codes);
        }

        /// The figure as `docs/KPIS.md` defines it; `null` where there is nothing to divide by.
        Double figure(Kpi k) {
            return switch (k) {
                case NET_SALES -> (double) net;
                case ORDERS -> (double) orders;
                case AVERAGE_ORDER_VALUE -> orders == 0 ? null : (double) net / orders;
                case RETURN_RATE_UNITS -> units == 0 ? null : (double) returned / units;
                case RETURN_RATE_ORDERS -> orders == 0 ? null : (double) returnedOrders / orders;
                case CAMPAIGN_REVENUE -> (double) campaignNet;
                case CODE_REDEMPTIONS -> (double) codes;
                default -> throw new IllegalArgumentException(k.name());
            };
        }
    }

    /// The seven figures of `f` with their comparison period and daily sparkline, from SQL.
    static Map<Kpi, KpiValue> sql(CacheDatabase db, KpiFilter f) {
        List<Day> days = perDay(db, f);
        List<Day> before = perDay(db, f.comparison());
        Day total = days.stream().reduce(Day.NONE, Day::plus);
        Day previous = before.stream().reduce(Day.NONE, Day::plus);
        Map<Kpi, KpiValue> out = new HashMap<>();
        for (Kpi k : SALES) {
            List<Double> spark = new ArrayList<>();
            for (Day d : days) {
                Double v = d.figure(k);
                spark.add(v == null ? 0.0 : v);
            }
            out.put(k, new KpiValue(k, total.figure(k), previous.figure(k), spark, KpiValue.Source.LOCAL));
        }
        return out;
    }

    // Every day of the period, days without orders as zeros.
    private static List<Day> perDay(CacheDatabase db, KpiFilter f) {
        Map<LocalDate, Day> found = db.read(h -> {
            Map<LocalDate, Day> rows = new HashMap<>();
            Connection c = h.getConnection();
            try (PreparedStatement ps = c.prepareStatement(PER_DAY)) {
                ps.setObject(1, OffsetDateTime.from(f.from().atStartOfDay(SalesCalendar.ZONE)));
                ps.setObject(2, OffsetDateTime.from(f.to().plusDays(1).atStartOfDay(SalesCalendar.ZONE)));
                ps.setString(3, f.channel());
                ps.setString(4, f.channel());
                ps.setString(5, f.locationId());
                ps.setString(6, f.locationId());
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        rows.put(rs.getObject(1, LocalDate.class), new Day(rs.getLong(2), rs.getLong(3),
                                rs.getLong(4), rs.getLong(5), rs.getLong(6), rs.getLong(7), rs.getLong(8)));
                    }
                }
            } catch (SQLException e) {
                throw new IllegalStateException("The baseline SQL failed: " + e.getMessage(), e);
            }
            return rows;
        });
        List<Day> out = new ArrayList<>();
        for (LocalDate d = f.from(); !d.isAfter(f.to()); d = d.plusDays(1)) {
            out.add(found.getOrDefault(d, Day.NONE));
        }
        return out;
    }
}
