package com.trendythreads.opsdesk.cache.kpi;

import com.trendythreads.opsdesk.cache.store.CacheDatabase;
import com.trendythreads.opsdesk.cache.store.ChangeBus;
import com.trendythreads.opsdesk.cache.store.ResourceType;
import com.trendythreads.opsdesk.cache.store.TableChange;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;

/// The operations figures: fill rate and picks per hour from the pick lists, open tickets and SLA breaches
/// from the support tickets (definitions in `docs/KPIS.md`, section "Operations").
///
/// [PickRollup] and [TicketRollup] keep per-record contributions, so a changed pick list or ticket is
/// subtracted and added again; a figure for a filter adds up the cells of the period's days.
public final class OpsKpis implements KpiSource {


    private static final Set<Kpi> KPIS = EnumSet.of(Kpi.FILL_RATE, Kpi.PICKS_PER_HOUR, Kpi.OPEN_TICKETS,
            Kpi.SLA_BREACHES);
    private static final Set<String> TABLES = Set.of(ResourceType.PICK_LIST.table(), ResourceType.TICKET.table(),
            ResourceType.PRODUCT.table());

    private final CacheDatabase db;
    private final Clock clock;
    private final Object lock = new Object();
    private final KpiListeners listeners = new KpiListeners("operations");
    private final Map<String, String> categoryOfSku = new HashMap<>();
    private final PickRollup picks;
    private final TicketRollup tickets = new TicketRollup();
    private final ChangeBus.Subscription subscription;

    /// Loads the cached pick lists and tickets, then follows the cache's changes. Blocks for the load:
    /// call it off the FX thread.
    ///
    /// @param clock "now" for the SLA deadlines
    public OpsKpis(CacheDatabase db, Clock clock) {
        this.db = Objects.requireNonNull(db, "db");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.picks = new PickRollup(categoryOfSku::get);
        synchronized (lock) {
            // subscribed first; every update re-reads and replaces, so one applied twice is harmless
            this.subscription = db.changes().subscribe(TABLES, this::onTableChange);
            loadCategories(null);
            picks.loadAll(db);
            tickets.loadAll(db);
        }
    }

    @Override
    public Set<Kpi> kpis() {
        return KPIS;
    }

    @Override
    public KpiValue value(Kpi kpi, KpiFilter filter) {
        requireOwn(kpi);
        synchronized (lock) {
            return switch (kpi) {
                case FILL_RATE -> period(kpi, filter, 1, 0);
                case PICKS_PER_HOUR -> period(kpi, filter, 2, 3);
                case OPEN_TICKETS -> new KpiValue(kpi, (double) tickets.open(), null, List.of(), KpiValue.Source.LOCAL);
                case SLA_BREACHES -> breaches(filter);
                default -> throw new IllegalStateException(kpi.name());
            };
        }
    }

    /// A pick figure: numerator field / denominator field of [PickRollup#perDay], summed over the period.
    private KpiValue period(Kpi kpi, KpiFilter filter, int num, int den) {
        long[][] days = picks.perDay(filter);
        List<Double> line = new ArrayList<>();
        Double last = null;
        for (long[] d : days) {
            if (d[den] > 0) {
                last = (double) d[num] / d[den];
            }
            line.add(last);
        }
        // a day without picks repeats the day before (the first ones take the first day with picks)
        Double firstValue = line.stream().filter(Objects::nonNull).findFirst().orElse(null);
        List<Double> sparkline = firstValue == null ? List.of()
                : line.stream().map(v -> v == null ? firstValue : v).toList();
        return new KpiValue(kpi, ratio(days, num, den),
                ratio(picks.perDay(filter.comparison()), num, den), sparkline, KpiValue.Source.LOCAL);
    }

    private static Double ratio(long[][] days, int num, int den) {
        long n = 0;
        long d = 0;
        for (long[] day : days) {
            n += day[num];
            d += day[den];
        }
        return d == 0 ? null : (double) n / d;
    }

    private KpiValue breaches(KpiFilter filter) {
        Instant now = clock.instant();
        long[] daily = tickets.breachesPerDay(filter, now);
        long sum = 0;
        List<Double> line = new ArrayList<>();
        for (long d : daily) {
            sum += d;
            line.add((double) d);
        }
        long previous = 0;
        for (long d : tickets.breachesPerDay(filter.comparison(), now)) {
            previous += d;
        }
        return new KpiValue(Kpi.SLA_BREACHES, (double) sum, (double) previous, line, KpiValue.Source.LOCAL);
    }

    @Override
    public DrillTable records(Kpi kpi, KpiFilter filter) {
        requireOwn(kpi);
        synchronized (lock) {
            return switch (kpi) {
                case FILL_RATE, PICKS_PER_HOUR -> pickLists(kpi, filter);
                case OPEN_TICKETS, SLA_BREACHES -> ticketRows(kpi, filter);
                default -> throw new IllegalStateException(kpi.name());
            };
        }
    }

    private DrillTable pickLists(Kpi kpi, KpiFilter filter) {
        var lists = new ArrayList<>(picks.lists(filter));
        if (kpi == Kpi.FILL_RATE) {
            // the worst filled first
            lists.sort(Comparator.comparingDouble((Map.Entry<PickRollup.Contribution, long[]> e) -> fill(e.getValue()))
                    .thenComparing(e -> e.getKey().listId()));
        } else {
            lists.sort(Comparator.comparingLong((Map.Entry<PickRollup.Contribution, long[]> e) -> -e.getValue()[2])
                    .thenComparing(e -> e.getKey().listId()));
        }
        List<DrillTable.Row> rows = lists.stream().limit(DrillTable.LIMIT).map(e -> {
            PickRollup.Contribution c = e.getKey();
            long[] t = e.getValue();
            List<Object> values = kpi == Kpi.FILL_RATE
                    ? List.of(c.listId(), nz(c.location()), t[0], t[1], fill(t))
                    : List.of(c.listId(), nz(c.location()), nz(c.assignee()), t[2]);
            return new DrillTable.Row(DrillTable.Target.PICK_LIST, c.listId(), values);
        }).toList();
        List<String> columns = kpi == Kpi.FILL_RATE
                ? List.of("drill.column.pickList", "drill.column.location", "drill.column.unitsRequested",
                        "drill.column.unitsPicked", "drill.column.fillRate")
                : List.of("drill.column.pickList", "drill.column.location", "drill.column.picker",
                        "drill.column.linesPicked");
        return new DrillTable(kpi, columns, rows, lists.size());
    }

    private static double fill(long[] t) {
        return t[0] == 0 ? 0 : (double) t[1] / t[0];
    }

    private DrillTable ticketRows(Kpi kpi, KpiFilter filter) {
        List<TicketRollup.Facts> list = tickets.list(kpi == Kpi.SLA_BREACHES, filter, clock.instant());
        List<DrillTable.Row> rows = list.stream().limit(DrillTable.LIMIT).map(t -> new DrillTable.Row(
                DrillTable.Target.TICKET, t.id(), List.of(nz(t.subject()), name(t.status()), name(t.priority()),
                        t.slaDueAt() == null ? "" : t.slaDueAt(), t.answeredAt() == null ? "" : t.answeredAt())))
                .toList();
        return new DrillTable(kpi, List.of("drill.column.subject", "drill.column.status", "drill.column.priority",
                "drill.column.slaDue", "drill.column.firstReply"), rows, list.size());
    }

    private static String name(Enum<?> e) {
        return e == null ? "" : e.name();
    }

    private static String nz(String s) {
        return s == null ? "" : s;
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

    private static void requireOwn(Kpi kpi) {
        if (!KPIS.contains(kpi)) {
            throw new IllegalArgumentException(kpi + " is not an operations figure");
        }
    }

    private void onTableChange(TableChange change) {
        Set<Kpi> changed = EnumSet.noneOf(Kpi.class);
        synchronized (lock) {
            String table = change.table();
            if (table.equals(ResourceType.PRODUCT.table())) {
                // new SKUs get their category; lines already counted keep the one they were counted under
                loadCategories(change.all() ? null : List.copyOf(change.ids()));
            } else if (table.equals(ResourceType.PICK_LIST.table())) {
                boolean moved;
                if (change.all()) {
                    picks.loadAll(db);
                    moved = true;
                } else {
                    moved = picks.apply(db, change.ids());
                }
                if (moved) {
                    changed.add(Kpi.FILL_RATE);
                    changed.add(Kpi.PICKS_PER_HOUR);
                }
            } else if (change.all()) {
                tickets.loadAll(db);
                changed.add(Kpi.OPEN_TICKETS);
                changed.add(Kpi.SLA_BREACHES);
            } else {
                boolean[] moved = tickets.apply(db, change.ids());
                if (moved[0]) {
                    changed.add(Kpi.OPEN_TICKETS);
                }
                if (moved[1]) {
                    changed.add(Kpi.SLA_BREACHES);
                }
            }
        }
        listeners.fire(changed);
    }

    private void loadCategories(List<String> productIds) {
        String sql = "SELECT v.sku, p.category_id FROM product_variant v JOIN products p ON p.id = v.product_id";
        if (productIds == null) {
            db.read(h -> {
                h.createQuery(sql).setFetchSize(5_000).map((rs, ctx) -> categoryOfSku.put(rs.getString(1), rs.getString(2)))
                        .forEach(x -> { });
                return null;
            });
            return;
        }
        for (int from = 0; from < productIds.size(); from += 500) {
            List<String> chunk = productIds.subList(from, Math.min(productIds.size(), from + 500));
            db.read(h -> {
                h.createQuery(sql + " WHERE p.id IN (<ids>)").bindList("ids", chunk)
                        .map((rs, ctx) -> categoryOfSku.put(rs.getString(1), rs.getString(2))).forEach(x -> { });
                return null;
            });
        }
    }
}
