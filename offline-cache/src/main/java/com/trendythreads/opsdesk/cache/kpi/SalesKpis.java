package com.trendythreads.opsdesk.cache.kpi;

import com.trendythreads.opsdesk.api.rules.SalesCalendar;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.trendythreads.opsdesk.api.Json;
import com.trendythreads.opsdesk.api.dto.common.OrderChannel;
import com.trendythreads.opsdesk.api.dto.orders.Order;
import com.trendythreads.opsdesk.cache.kpi.SalesRollup.Contribution;
import com.trendythreads.opsdesk.cache.kpi.SalesRollup.Selection;
import com.trendythreads.opsdesk.cache.kpi.SalesRollup.Totals;
import com.trendythreads.opsdesk.cache.store.CacheDatabase;
import com.trendythreads.opsdesk.cache.store.CacheException;
import com.trendythreads.opsdesk.cache.store.ChangeBus;
import com.trendythreads.opsdesk.cache.store.TableChange;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/// Net sales, orders, average order value, return rates, campaign revenue and code redemptions from the
/// cached orders (definitions in `docs/KPIS.md`, "Sales"), plus conversion rate and the days before the
/// local window from the platform's aggregates when a [PlatformAggregates] is given.
///
/// The figures come from in-memory rollups ([SalesRollup]) built once from the cache and kept current per
/// changed order through the cache's [ChangeBus]: a changed order's old part is subtracted and its new
/// part added, never a rebuild. Figures for a filter only add up rollup cells. Thread-safe.
public final class SalesKpis implements KpiSource {

    private static final Logger log = LoggerFactory.getLogger(SalesKpis.class);
    private static final ObjectMapper JSON = Json.mapper();

    /// The category of a line whose product is not (or no longer) cached, as the platform names it.
    static final String UNKNOWN_CATEGORY = "unknown";

    static final Set<Kpi> LOCAL = EnumSet.of(Kpi.NET_SALES, Kpi.ORDERS, Kpi.AVERAGE_ORDER_VALUE,
            Kpi.RETURN_RATE_UNITS, Kpi.RETURN_RATE_ORDERS, Kpi.CAMPAIGN_REVENUE, Kpi.CODE_REDEMPTIONS);
    /// What the platform's daily sales report carries, so a period may reach back before the window.
    static final Set<Kpi> STITCHABLE = EnumSet.of(Kpi.NET_SALES, Kpi.ORDERS, Kpi.AVERAGE_ORDER_VALUE,
            Kpi.RETURN_RATE_UNITS);

    private final CacheDatabase db;
    private final Clock clock;
    private final int windowDays;
    private final PlatformAggregates platform;
    private final SalesRollup rollup = new SalesRollup();
    private final Map<String, String> categoryOfProduct = new HashMap<>();
    // every cached order id applied so far, counted or not (guarded by this)
    private final Set<String> seen = new HashSet<>();
    // sums per filter of local days, until the next change (guarded by this)
    private final Map<KpiFilter, Period> memo = new HashMap<>();
    private final KpiListeners listeners = new KpiListeners("sales");
    private final ChangeBus.Subscription subscription;
    // ids changed while the first load ran: re-read once it is done
    private Set<String> pendingOrders = new LinkedHashSet<>();

    /// Reads every cached order once (blocking: call it in the background) and follows the cache from then
    /// on.
    ///
    /// @param windowDays the sync engine's working set (`SyncSettings.workingSetDays()`): days before
    ///                   today − windowDays + 1 are not fully cached and come from `platform`
    /// @param platform   the platform's aggregates, or `null` (then conversion and older days are
    ///                   [KpiValue.Source#UNAVAILABLE])
    public SalesKpis(CacheDatabase db, Clock clock, int windowDays, PlatformAggregates platform) {
        this.db = Objects.requireNonNull(db, "db");
        this.clock = Objects.requireNonNull(clock, "clock");
        if (windowDays < 1) {
            throw new IllegalArgumentException("windowDays must be positive: " + windowDays);
        }
        this.windowDays = windowDays;
        this.platform = platform;
        // Subscribe before the load so no change between the two is lost.
        this.subscription = db.changes().subscribe(Set.of("orders", "products"), this::onTableChange);
        load();
    }

    @Override
    public Set<Kpi> kpis() {
        Set<Kpi> out = EnumSet.copyOf(LOCAL);
        out.add(Kpi.CONVERSION_RATE);
        return out;
    }

    /// The first shop day whose orders are all in the cache.
    public LocalDate firstLocalDay() {
        return SalesCalendar.saleDay(clock.instant()).minusDays(windowDays - 1L);
    }

    @Override
    public KpiValue value(Kpi kpi, KpiFilter filter) {
        Objects.requireNonNull(filter, "filter");
        if (kpi == Kpi.CONVERSION_RATE) {
            return platform == null ? KpiValue.missing(kpi, KpiValue.Source.UNAVAILABLE)
                    : platform.conversion(filter);
        }
        if (!LOCAL.contains(kpi)) {
            throw new IllegalArgumentException(kpi + " is not a sales figure");
        }
        Period now = period(kpi, filter);
        if (now.source != KpiValue.Source.LOCAL && now.source != KpiValue.Source.PLATFORM
                && now.source != KpiValue.Source.PLATFORM_CACHED) {
            return KpiValue.missing(kpi, now.source);
        }
        Period before = period(kpi, filter.comparison());
        Double previous = before.source == KpiValue.Source.UNAVAILABLE || before.source == KpiValue.Source.NOT_PERMITTED
                ? null : figure(kpi, before.total);
        List<Double> spark = new ArrayList<>(now.days.size());
        for (Totals t : now.days) {
            Double v = figure(kpi, t);
            spark.add(v == null ? 0.0 : v);
        }
        return new KpiValue(kpi, figure(kpi, now.total), previous, spark, now.source);
    }

    private record Period(Totals total, List<Totals> days, KpiValue.Source source) {
    }

    // The sums of `filter`'s days: local cells for the window, the platform's daily rows before it.
    private Period period(Kpi kpi, KpiFilter filter) {
        LocalDate first = firstLocalDay();
        List<Totals> days = new ArrayList<>();
        Totals total = new Totals();
        KpiValue.Source source = KpiValue.Source.LOCAL;
        if (filter.from().isBefore(first)) {
            LocalDate lastRemote = filter.to().isBefore(first) ? filter.to() : first.minusDays(1);
            if (platform == null || !STITCHABLE.contains(kpi)) {
                return new Period(total, days, KpiValue.Source.UNAVAILABLE);
            }
            PlatformAggregates.Days remote = platform.dailySales(filter.withDays(filter.from(), lastRemote));
            if (remote.source() == KpiValue.Source.UNAVAILABLE || remote.source() == KpiValue.Source.NOT_PERMITTED) {
                return new Period(total, days, remote.source());
            }
            source = remote.source();
            for (Totals t : remote.days()) {
                days.add(t);
                add(total, t);
            }
        }
        if (!filter.to().isBefore(first)) {
            LocalDate from = filter.from().isBefore(first) ? first : filter.from();
            Period local = local(filter.withDays(from, filter.to()));
            days.addAll(local.days);
            add(total, local.total);
        }
        return new Period(total, days, source);
    }

    // The sums of days inside the window. The tiles ask for each figure of one filter in turn: the sums are
    // kept until the next change, so the seven figures (and their comparison) add up the cells once.
    private synchronized Period local(KpiFilter filter) {
        Period known = memo.get(filter);
        if (known != null) {
            return known;
        }
        Selection s = selection(filter);
        List<Totals> days = new ArrayList<>();
        Totals total = new Totals();
        for (LocalDate d = filter.from(); !d.isAfter(filter.to()); d = d.plusDays(1)) {
            Totals t = new Totals();
            rollup.sum((int) d.toEpochDay(), s, t);
            days.add(t);
            add(total, t);
        }
        Period p = new Period(total, List.copyOf(days), KpiValue.Source.LOCAL);
        if (memo.size() >= 64) {
            memo.clear();
        }
        memo.put(filter, p);
        return p;
    }

    private static void add(Totals into, Totals t) {
        into.net += t.net;
        into.units += t.units;
        into.returned += t.returned;
        into.campaignNet += t.campaignNet;
        into.orders += t.orders;
        into.returnedOrders += t.returnedOrders;
        into.codes += t.codes;
    }

    /// An order's net sales as net sales and campaign revenue count it (`docs/KPIS.md`, "Sales"): the
    /// lines' unit price × quantity less line discounts and line refunds; 0 when cancelled.
    public static long netOf(Order order) {
        return SalesRollup.orderNet(order);
    }

    static Double figure(Kpi kpi, Totals t) {
        return switch (kpi) {
            case NET_SALES -> (double) t.net;
            case ORDERS -> (double) t.orders;
            case AVERAGE_ORDER_VALUE -> t.orders == 0 ? null : (double) t.net / t.orders;
            case RETURN_RATE_UNITS -> t.units == 0 ? null : (double) t.returned / t.units;
            case RETURN_RATE_ORDERS -> t.orders == 0 ? null : (double) t.returnedOrders / t.orders;
            case CAMPAIGN_REVENUE -> (double) t.campaignNet;
            case CODE_REDEMPTIONS -> (double) t.codes;
            default -> throw new IllegalArgumentException(kpi + " is not a sales figure");
        };
    }

    // Callers hold the lock.
    private Selection selection(KpiFilter f) {
        boolean none = false;
        int channel = -1;
        if (f.channel() != null) {
            try {
                channel = OrderChannel.valueOf(f.channel()).ordinal();
            } catch (IllegalArgumentException e) {
                none = true;
            }
        }
        int location = -1;
        if (f.locationId() != null) {
            Integer l = rollup.findLocation(f.locationId());
            none |= l == null;
            location = l == null ? -1 : l;
        }
        BitSet cats = null;
        if (!f.categoryIds().isEmpty()) {
            cats = new BitSet();
            for (String id : f.categoryIds()) {
                Integer c = rollup.findCategory(id);
                if (c != null) {
                    cats.set(c);
                }
            }
            none |= cats.isEmpty();
        }
        return new Selection(channel, location, cats, none);
    }

    @Override
    public DrillTable records(Kpi kpi, KpiFilter filter) {
        if (!LOCAL.contains(kpi)) {
            return new DrillTable(kpi, List.of(), List.of(), 0);
        }
        LocalDate from = filter.from().isBefore(firstLocalDay()) ? firstLocalDay() : filter.from();
        List<Contribution> orders = new ArrayList<>();
        Selection s;
        synchronized (this) {
            s = selection(filter);
            if (!from.isAfter(filter.to())) {
                rollup.forEachOrder(from, filter.to(), s, orders::add);
            }
        }
        return switch (kpi) {
            case CAMPAIGN_REVENUE -> campaigns(orders, s);
            case RETURN_RATE_UNITS, RETURN_RATE_ORDERS -> orderTable(kpi, orders.stream()
                    .filter(c -> SalesRollup.units(c, s, true) > 0).toList(), s, true);
            case CODE_REDEMPTIONS -> orderTable(kpi, orders.stream().filter(c -> c.codes() > 0).toList(), s, false);
            default -> orderTable(kpi, orders, s, false);
        };
    }

    private static DrillTable orderTable(Kpi kpi, List<Contribution> orders, Selection s, boolean returns) {
        List<String> columns = returns
                ? List.of("drill.column.orderNumber", "drill.column.placedAt", "drill.column.orderChannel",
                "drill.column.orderUnits", "drill.column.returnedUnits")
                : List.of("drill.column.orderNumber", "drill.column.placedAt", "drill.column.orderChannel",
                "drill.column.orderUnits", "drill.column.netSales");
        List<DrillTable.Row> rows = orders.stream()
                .sorted(Comparator.comparingLong(Contribution::placedAt).reversed().thenComparing(Contribution::id))
                .limit(DrillTable.LIMIT)
                .map(c -> new DrillTable.Row(DrillTable.Target.ORDER, c.id(), List.of(
                        c.number() == null ? c.id() : c.number(), Instant.ofEpochSecond(c.placedAt()),
                        OrderChannel.values()[c.channel()].name(), SalesRollup.units(c, s, false),
                        returns ? SalesRollup.units(c, s, true) : SalesRollup.net(c, s))))
                .toList();
        return new DrillTable(kpi, columns, rows, orders.size());
    }

    private DrillTable campaigns(List<Contribution> orders, Selection s) {
        Map<String, long[]> byCampaign = new HashMap<>();
        for (Contribution c : orders) {
            if (c.campaign()) {
                long[] m = byCampaign.computeIfAbsent(c.campaignId(), k -> new long[2]);
                m[0] += SalesRollup.net(c, s);
                m[1]++;
            }
        }
        Map<String, String> names = campaignNames(byCampaign.keySet());
        List<DrillTable.Row> rows = byCampaign.entrySet().stream()
                .sorted(Comparator.<Map.Entry<String, long[]>>comparingLong(e -> e.getValue()[0]).reversed()
                        .thenComparing(Map.Entry::getKey))
                .limit(DrillTable.LIMIT)
                .map(e -> new DrillTable.Row(DrillTable.Target.CAMPAIGN, e.getKey(), List.of(
                        names.getOrDefault(e.getKey(), e.getKey()), e.getValue()[1], e.getValue()[0])))
                .toList();
        return new DrillTable(Kpi.CAMPAIGN_REVENUE,
                List.of("drill.column.campaign", "drill.column.campaignOrders", "drill.column.campaignRevenue"), rows,
                byCampaign.size());
    }

    private Map<String, String> campaignNames(Collection<String> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<String, String> out = new HashMap<>();
        db.read(h -> h.createQuery("SELECT id, name FROM campaigns WHERE id IN (<ids>)")
                .bindList("ids", List.copyOf(ids))
                .map((rs, ctx) -> out.put(rs.getString(1), rs.getString(2))).list());
        return out;
    }

    @Override
    public AutoCloseable onChange(Consumer<Set<Kpi>> listener) {
        return listeners.add(listener);
    }

    @Override
    public void close() {
        subscription.close();
        listeners.clear();
    }

    /// Forgets the kept sums, as a change does (for measuring the cold path).
    synchronized void forgetSums() {
        memo.clear();
    }

    /// How many orders count in the figures now (for tests and diagnostics).
    public synchronized int countedOrders() {
        return rollup.orderCount();
    }

    // ------------------------------------------------------------------ keeping current

    private void load() {
        Map<String, String> cats = new HashMap<>();
        db.read(h -> {
            h.createQuery("SELECT id, category_id FROM products").setFetchSize(5_000)
                    .map((rs, ctx) -> cats.put(rs.getString(1), rs.getString(2))).forEach(x -> { });
            return null;
        });
        synchronized (this) {
            categoryOfProduct.putAll(cats);
        }
        db.read(h -> {
            h.createQuery("SELECT id, doc FROM orders").setFetchSize(2_000)
                    .map((rs, ctx) -> {
                        Order o = parse(rs.getString(2));
                        synchronized (this) {
                            seen.add(rs.getString(1));
                            rollup.put(rs.getString(1), rollup.contribution(o, this::categoryOf));
                            memo.clear();
                        }
                        return 0;
                    }).forEach(x -> { });
            return null;
        });
        Set<String> pending;
        synchronized (this) {
            pending = pendingOrders;
            pendingOrders = null;
        }
        refreshOrders(pending);
        log.debug("Sales figures built from {} orders", countedOrders());
    }

    private String categoryOf(String productId) {
        String c = productId == null ? null : categoryOfProduct.get(productId);
        return c == null ? UNKNOWN_CATEGORY : c;
    }

    private void onTableChange(TableChange change) {
        if (change.table().equals("products")) {
            onProductsChange(change);
            return;
        }
        Collection<String> ids = change.all() ? differingIds() : change.ids();
        synchronized (this) {
            if (pendingOrders != null) {
                pendingOrders.addAll(ids);
                return;
            }
        }
        Set<Kpi> changed = refreshOrders(ids);
        if (!changed.isEmpty()) {
            listeners.fire(changed);
        }
    }

    // A product's category applies to the orders that change from now on: the platform, too, files a line
    // under the category its product had when the order was placed.
    private void onProductsChange(TableChange change) {
        Map<String, String> cats = new HashMap<>();
        if (change.all()) {
            db.read(h -> h.createQuery("SELECT id, category_id FROM products")
                    .map((rs, ctx) -> cats.put(rs.getString(1), rs.getString(2))).list());
        } else if (!change.ids().isEmpty()) {
            List<String> ids = List.copyOf(change.ids());
            for (int i = 0; i < ids.size(); i += 500) {
                List<String> chunk = ids.subList(i, Math.min(ids.size(), i + 500));
                db.read(h -> h.createQuery("SELECT id, category_id FROM products WHERE id IN (<ids>)")
                        .bindList("ids", chunk)
                        .map((rs, ctx) -> cats.put(rs.getString(1), rs.getString(2))).list());
            }
        }
        synchronized (this) {
            cats.forEach((id, cat) -> {
                if (cat != null) {
                    categoryOfProduct.put(id, cat);
                }
            });
        }
    }

    // "Any order may have changed" comes from pruning the working set and from a customer's erasure, both of
    // which delete rows: the ids that came or went are re-read rather than every order (the id index is
    // cheap to list; reading 250,000 documents again is not).
    private Collection<String> differingIds() {
        Set<String> present = new HashSet<>(db.read(h -> h.createQuery("SELECT id FROM orders")
                .mapTo(String.class).list()));
        Set<String> differing = new LinkedHashSet<>();
        synchronized (this) {
            for (String id : seen) {
                if (!present.contains(id)) {
                    differing.add(id);
                }
            }
            for (String id : present) {
                if (!seen.contains(id)) {
                    differing.add(id);
                }
            }
        }
        return differing;
    }

    // Re-reads the given orders and applies each as "old part out, new part in".
    private Set<Kpi> refreshOrders(Collection<String> ids) {
        Set<Kpi> changed = EnumSet.noneOf(Kpi.class);
        if (ids.isEmpty()) {
            return changed;
        }
        List<String> all = List.copyOf(ids);
        Map<String, String> docs = new HashMap<>();
        for (int i = 0; i < all.size(); i += 500) {
            List<String> chunk = all.subList(i, Math.min(all.size(), i + 500));
            db.read(h -> h.createQuery("SELECT id, doc FROM orders WHERE id IN (<ids>)").bindList("ids", chunk)
                    .map((rs, ctx) -> docs.put(rs.getString(1), rs.getString(2))).list());
        }
        synchronized (this) {
            for (String id : new HashSet<>(all)) {
                String doc = docs.get(id);
                Order o = doc == null ? null : parse(doc);
                if (doc == null) {
                    seen.remove(id);
                } else {
                    seen.add(id);
                }
                changed.addAll(rollup.put(id, o == null ? null : rollup.contribution(o, this::categoryOf)));
            }
            memo.clear();
        }
        return changed;
    }

    private static Order parse(String doc) {
        try {
            return JSON.readValue(doc, Order.class);
        } catch (JsonProcessingException e) {
            throw new CacheException("A cached order cannot be read: " + e.getOriginalMessage(), e);
        }
    }
}
