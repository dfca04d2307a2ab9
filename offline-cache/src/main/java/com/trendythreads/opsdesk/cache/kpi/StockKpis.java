package com.trendythreads.opsdesk.cache.kpi;

import com.trendythreads.opsdesk.cache.inventory.StockIndex;
import com.trendythreads.opsdesk.cache.store.CacheDatabase;
import com.trendythreads.opsdesk.cache.store.ChangeBus;
import com.trendythreads.opsdesk.cache.store.ResourceType;
import com.trendythreads.opsdesk.cache.store.TableChange;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/// The stock figures: sell-through, weeks of cover, out-of-stock rate and broken sizes (definitions in
/// `docs/KPIS.md`, section "Stock").
///
/// Stock levels come from a [StockIndex] (the inventory screens' in-memory index, updated in place);
/// on top of it this source keeps counters per location × category (plus "every location" ×
/// category): SKUs ranged, SKUs out of stock, units available, styles in stock, styles with a broken
/// size run. Units sold come from [UnitsSold] (day × channel × location × category). A changed stock
/// level, product or order subtracts the old contribution of the SKUs and styles it touches and adds
/// the new one; a figure for a filter adds up at most a few hundred counters.
///
/// [SalesHistory][com.trendythreads.opsdesk.cache.inventory.SalesHistory] is not reused for the units:
/// it keeps neither the channel nor the category a filter needs, and it is rebuilt, not updated.
public final class StockKpis implements KpiSource {

    private static final Logger log = LoggerFactory.getLogger(StockKpis.class);

    private static final Set<Kpi> KPIS = EnumSet.of(Kpi.SELL_THROUGH, Kpi.WEEKS_OF_COVER, Kpi.OUT_OF_STOCK_RATE,
            Kpi.BROKEN_SIZES);
    private static final Set<String> TABLES = Set.of(ResourceType.STOCK.table(), ResourceType.PRODUCT.table(),
            ResourceType.ORDER.table());

    // counters of a cell
    private static final int RANGED = 0;
    private static final int OUT = 1;
    private static final int AVAILABLE = 2;
    private static final int STYLES = 3;
    private static final int BROKEN = 4;
    private static final int FIELDS = 5;

    /// One cell: a location (null = every location) × a category (null = none).
    private record Cell(String location, String category) {
    }

    /// A SKU's catalog facts.
    private record Sku(String sku, String productId, String title, String categoryId, boolean active,
                       String colour, String size) {
        String style() {
            return productId + "|" + colour;
        }
    }

    /// A product × colour with its SKUs.
    private record Style(String key, List<Sku> skus, Set<String> core) {
        Sku first() {
            return skus.getFirst();
        }
    }

    /// Units available at a location (or every location), and whether the SKU is stocked there at all.
    private record Level(boolean ranged, int available, int incoming) {
        static final Level NONE = new Level(false, 0, 0);
    }

    private final CacheDatabase db;
    private final Object lock = new Object();
    private final KpiListeners listeners = new KpiListeners("stock");
    private final Map<String, Sku> skus = new HashMap<>();
    private final Map<String, List<String>> skusOfProduct = new HashMap<>();
    private final Map<String, Style> styles = new HashMap<>();
    private final Map<Cell, long[]> cells = new HashMap<>();
    private final UnitsSold sold;
    private final ChangeBus.Subscription subscription;
    private StockIndex index;

    /// Loads the stock, the catalog facts and the cached orders, then follows the cache's changes.
    /// Blocks for the load: call it off the FX thread.
    public StockKpis(CacheDatabase db) {
        this.db = Objects.requireNonNull(db, "db");
        this.sold = new UnitsSold(this::categoryOf);
        // Subscribe first: a change committed during the load waits for the lock and is then re-read, and
        // every update re-reads and replaces, so applying one twice is harmless.
        synchronized (lock) {
            this.subscription = db.changes().subscribe(TABLES, this::onTableChange);
            long t0 = System.nanoTime();
            loadFacts(null);
            long t1 = System.nanoTime();
            index = StockIndex.load(db, Double.MAX_VALUE);
            long t2 = System.nanoTime();
            rebuildStock();
            long t3 = System.nanoTime();
            sold.loadAll(db);
            log.info("Stock figures loaded: {} SKUs in {} ms, {} stock levels in {} ms, counters in {} ms, orders in {} ms",
                    skus.size(), (t1 - t0) / 1_000_000, index.size(), (t2 - t1) / 1_000_000, (t3 - t2) / 1_000_000,
                    (System.nanoTime() - t3) / 1_000_000);
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
            long[] t = totals(filter);
            return switch (kpi) {
                case OUT_OF_STOCK_RATE -> snapshot(kpi, ratio(t[OUT], t[RANGED]));
                case BROKEN_SIZES -> snapshot(kpi, ratio(t[BROKEN], t[STYLES]));
                case SELL_THROUGH -> sellThrough(filter, t[AVAILABLE]);
                case WEEKS_OF_COVER -> {
                    long units = sold.units(filter);
                    yield snapshot(kpi, units <= 0 ? null : t[AVAILABLE] / (units * 7.0 / filter.length()));
                }
                default -> throw new IllegalStateException(kpi.name());
            };
        }
    }

    private KpiValue sellThrough(KpiFilter filter, long available) {
        long[] daily = sold.perDay(filter);
        long units = Arrays.stream(daily).sum();
        long denominator = units + available;
        if (denominator <= 0) {
            return snapshot(Kpi.SELL_THROUGH, null);
        }
        List<Double> curve = new ArrayList<>(daily.length);
        long running = 0;
        for (long d : daily) {
            running += d;
            curve.add((double) running / denominator);
        }
        return new KpiValue(Kpi.SELL_THROUGH, (double) units / denominator, null, curve, KpiValue.Source.LOCAL);
    }

    // The cache keeps no history of stock levels, so a stock figure has nothing to compare with.
    private static KpiValue snapshot(Kpi kpi, Double value) {
        return new KpiValue(kpi, value, null, List.of(), KpiValue.Source.LOCAL);
    }

    private static Double ratio(long part, long whole) {
        return whole == 0 ? null : (double) part / whole;
    }

    private long[] totals(KpiFilter f) {
        long[] t = new long[FIELDS];
        cells.forEach((cell, c) -> {
            if (Objects.equals(cell.location(), f.locationId())
                    && (f.categoryIds().isEmpty() || f.categoryIds().contains(cell.category()))) {
                for (int i = 0; i < FIELDS; i++) {
                    t[i] += c[i];
                }
            }
        });
        return t;
    }

    @Override
    public DrillTable records(Kpi kpi, KpiFilter filter) {
        requireOwn(kpi);
        return StockDrill.records(this, kpi, filter);
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
            throw new IllegalArgumentException(kpi + " is not a stock figure");
        }
    }

    // ------------------------------------------------------------------ reads for the drill-down

    /// Calls `action` with the facts of every SKU of an active product in the filter's categories and its
    /// level at the filter's location, under the lock.
    void forEachSku(KpiFilter f, boolean activeOnly, SkuVisitor action) {
        synchronized (lock) {
            for (Sku s : skus.values()) {
                if ((activeOnly && !s.active()) || !inCategories(f, s.categoryId())) {
                    continue;
                }
                Level l = level(s.sku(), f.locationId());
                action.visit(s.sku(), s.productId(), s.title(), s.colour(), s.size(), l.ranged(), l.available(),
                        l.incoming());
            }
        }
    }

    @FunctionalInterface
    interface SkuVisitor {
        void visit(String sku, String productId, String title, String colour, String size, boolean ranged,
                   int available, int incoming);
    }

    /// Calls `action` with every broken style (in stock at the filter's location, a core size not).
    void forEachBrokenStyle(KpiFilter f, BrokenVisitor action) {
        synchronized (lock) {
            for (Style st : styles.values()) {
                Sku first = st.first();
                if (!first.active() || !inCategories(f, first.categoryId())) {
                    continue;
                }
                List<String> inStock = new ArrayList<>();
                List<String> missing = new ArrayList<>();
                for (Sku s : st.skus()) {
                    if (level(s.sku(), f.locationId()).available() > 0) {
                        inStock.add(s.size());
                    } else if (st.core().contains(s.size())) {
                        missing.add(s.size());
                    }
                }
                if (!inStock.isEmpty() && !missing.isEmpty()) {
                    action.visit(first.productId(), first.title(), first.colour(), CoreSizes.run(missing),
                            CoreSizes.run(inStock));
                }
            }
        }
    }

    @FunctionalInterface
    interface BrokenVisitor {
        void visit(String productId, String title, String colour, List<String> missing, List<String> inStock);
    }

    CacheDatabase db() {
        return db;
    }

    String categoryOf(String productId, String sku) {
        Sku s = sku == null ? null : skus.get(sku);
        if (s != null) {
            return s.categoryId();
        }
        List<String> of = productId == null ? null : skusOfProduct.get(productId);
        return of == null || of.isEmpty() ? null : skus.get(of.getFirst()).categoryId();
    }

    private static boolean inCategories(KpiFilter f, String category) {
        return f.categoryIds().isEmpty() || f.categoryIds().contains(category);
    }

    // ------------------------------------------------------------------ live

    private void onTableChange(TableChange change) {
        Set<Kpi> changed;
        synchronized (lock) {
            Map<Cell, long[]> before = copyCells();
            boolean unitsMoved = false;
            if (change.table().equals(ResourceType.ORDER.table())) {
                if (change.all()) {
                    sold.loadAll(db);
                    unitsMoved = true;
                } else {
                    unitsMoved = sold.apply(db, change.ids());
                }
            } else if (change.table().equals(ResourceType.PRODUCT.table())) {
                if (change.all()) {
                    loadFacts(null);
                    rebuildStock();
                } else {
                    products(change.ids());
                }
            } else if (change.all()) {
                index = StockIndex.load(db, Double.MAX_VALUE);
                rebuildStock();
            } else {
                stock(change.ids());
            }
            changed = diff(before, unitsMoved);
        }
        listeners.fire(changed);
    }

    private Map<Cell, long[]> copyCells() {
        Map<Cell, long[]> copy = new HashMap<>(cells.size() * 2);
        cells.forEach((k, v) -> copy.put(k, v.clone()));
        return copy;
    }

    private Set<Kpi> diff(Map<Cell, long[]> before, boolean unitsMoved) {
        Set<Kpi> out = EnumSet.noneOf(Kpi.class);
        if (unitsMoved) {
            out.add(Kpi.SELL_THROUGH);
            out.add(Kpi.WEEKS_OF_COVER);
        }
        Set<Cell> keys = new LinkedHashSet<>(before.keySet());
        keys.addAll(cells.keySet());
        long[] zero = new long[FIELDS];
        for (Cell k : keys) {
            long[] a = before.getOrDefault(k, zero);
            long[] b = cells.getOrDefault(k, zero);
            if (a[RANGED] != b[RANGED] || a[OUT] != b[OUT]) {
                out.add(Kpi.OUT_OF_STOCK_RATE);
            }
            if (a[STYLES] != b[STYLES] || a[BROKEN] != b[BROKEN]) {
                out.add(Kpi.BROKEN_SIZES);
            }
            if (a[AVAILABLE] != b[AVAILABLE]) {
                out.add(Kpi.SELL_THROUGH);
                out.add(Kpi.WEEKS_OF_COVER);
            }
        }
        return out;
    }

    /// Stock levels `ids` (`<locationId>|<sku>`) changed.
    private void stock(Collection<String> ids) {
        Set<String> changedSkus = new LinkedHashSet<>();
        Set<String> locations = new LinkedHashSet<>();
        for (String id : ids) {
            ResourceType.parseStockId(id).ifPresent(k -> {
                locations.add(k.locationId());
                changedSkus.add(k.sku());
            });
        }
        List<String> slots = new ArrayList<>(locations);
        slots.add(null);
        contribute(changedSkus, slots, -1);
        StockIndex.Update u = index.refresh(ids);
        if (u.needsReload()) {
            // a stock level appeared or went away: the index cannot take it in place (rare: a new SKU)
            index = StockIndex.load(db, Double.MAX_VALUE);
            rebuildStock();
            return;
        }
        contribute(changedSkus, slots, 1);
    }

    /// Products `ids` changed: their SKUs' facts (status, category, colours, sizes) are read again.
    private void products(Collection<String> ids) {
        Set<String> before = new LinkedHashSet<>();
        for (String id : ids) {
            before.addAll(skusOfProduct.getOrDefault(id, List.of()));
        }
        List<String> slots = new ArrayList<>(index.locations());
        slots.add(null);
        contribute(before, slots, -1);
        for (String sku : before) {
            Sku gone = skus.remove(sku);
            if (gone != null) {
                styles.remove(gone.style());
            }
        }
        ids.forEach(skusOfProduct::remove);
        loadFacts(List.copyOf(ids));
        Set<String> after = new LinkedHashSet<>();
        for (String id : ids) {
            after.addAll(skusOfProduct.getOrDefault(id, List.of()));
        }
        contribute(after, slots, 1);
    }

    /// Adds (`sign` 1) or subtracts (-1) the SKUs' and their styles' counters at each slot.
    private void contribute(Collection<String> changedSkus, List<String> slots, int sign) {
        Set<String> touchedStyles = new LinkedHashSet<>();
        for (String sku : changedSkus) {
            Sku s = skus.get(sku);
            if (s == null) {
                continue; // stock of a SKU the catalog does not list: left out
            }
            touchedStyles.add(s.style());
            for (String slot : slots) {
                addSku(s, slot, sign);
            }
        }
        for (String key : touchedStyles) {
            Style st = styles.get(key);
            if (st != null) {
                for (String slot : slots) {
                    addStyle(st, slot, sign);
                }
            }
        }
    }

    private void rebuildStock() {
        cells.clear();
        List<String> slots = new ArrayList<>(index.locations());
        slots.add(null);
        for (Sku s : skus.values()) {
            for (String slot : slots) {
                addSku(s, slot, 1);
            }
        }
        for (Style st : styles.values()) {
            for (String slot : slots) {
                addStyle(st, slot, 1);
            }
        }
    }

    private void addSku(Sku s, String slot, int sign) {
        Level l = level(s.sku(), slot);
        if (!l.ranged()) {
            return;
        }
        long[] c = cells.computeIfAbsent(new Cell(slot, s.categoryId()), k -> new long[FIELDS]);
        c[AVAILABLE] += (long) sign * l.available();
        if (s.active()) {
            c[RANGED] += sign;
            if (l.available() == 0) {
                c[OUT] += sign;
            }
        }
    }

    private void addStyle(Style st, String slot, int sign) {
        Sku first = st.first();
        if (!first.active()) {
            return;
        }
        boolean inStock = false;
        boolean missing = false;
        for (Sku s : st.skus()) {
            if (level(s.sku(), slot).available() > 0) {
                inStock = true;
            } else if (st.core().contains(s.size())) {
                missing = true;
            }
        }
        if (inStock) {
            long[] c = cells.computeIfAbsent(new Cell(slot, first.categoryId()), k -> new long[FIELDS]);
            c[STYLES] += sign;
            if (missing) {
                c[BROKEN] += sign;
            }
        }
    }

    /// The level of `sku` at `location`, or summed over every location (`null`). Negative availability
    /// (oversold) counts as nothing.
    private Level level(String sku, String location) {
        if (location != null) {
            int r = index.rowOf(location, sku);
            if (r < 0) {
                return Level.NONE;
            }
            StockIndex.Row row = index.row(r);
            return new Level(true, Math.max(0, row.available()), row.incoming());
        }
        boolean ranged = false;
        int available = 0;
        int incoming = 0;
        for (String loc : index.locations()) {
            int r = index.rowOf(loc, sku);
            if (r >= 0) {
                StockIndex.Row row = index.row(r);
                ranged = true;
                available += Math.max(0, row.available());
                incoming += row.incoming();
            }
        }
        return ranged ? new Level(true, available, incoming) : Level.NONE;
    }

    /// Reads the catalog facts of `productIds` (null: every product) and rebuilds their styles.
    private void loadFacts(List<String> productIds) {
        if (productIds == null) {
            skus.clear();
            skusOfProduct.clear();
            styles.clear();
        }
        String sql = """
                SELECT v.sku, v.product_id, p.title, p.category_id, p.status, v.colour, v.size
                FROM product_variant v JOIN products p ON p.id = v.product_id""";
        List<Sku> read = new ArrayList<>();
        if (productIds == null) {
            read.addAll(db.read(h -> h.createQuery(sql).setFetchSize(5_000).map((rs, ctx) -> sku(rs)).list()));
        } else {
            for (int from = 0; from < productIds.size(); from += 500) {
                List<String> chunk = productIds.subList(from, Math.min(productIds.size(), from + 500));
                read.addAll(db.read(h -> h.createQuery(sql + " WHERE p.id IN (<ids>)").bindList("ids", chunk)
                        .map((rs, ctx) -> sku(rs)).list()));
            }
        }
        Map<String, List<Sku>> byStyle = new HashMap<>();
        for (Sku s : read) {
            skus.put(s.sku(), s);
            skusOfProduct.computeIfAbsent(s.productId(), k -> new ArrayList<>()).add(s.sku());
            byStyle.computeIfAbsent(s.style(), k -> new ArrayList<>()).add(s);
        }
        byStyle.forEach((key, list) -> styles.put(key,
                new Style(key, List.copyOf(list), CoreSizes.core(list.stream().map(Sku::size).toList()))));
    }

    private static Sku sku(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Sku(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                "ACTIVE".equals(rs.getString(5)), rs.getString(6), rs.getString(7));
    }
}
