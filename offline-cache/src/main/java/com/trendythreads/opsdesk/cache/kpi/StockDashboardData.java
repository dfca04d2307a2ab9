package com.trendythreads.opsdesk.cache.kpi;

import com.trendythreads.opsdesk.cache.inventory.DemandForecast;
import com.trendythreads.opsdesk.cache.inventory.SalesHistory;
import com.trendythreads.opsdesk.cache.inventory.StockIndex;
import com.trendythreads.opsdesk.cache.inventory.StockIndex.Level;
import com.trendythreads.opsdesk.cache.inventory.StockIndex.Query;
import com.trendythreads.opsdesk.cache.store.CacheDatabase;
import com.trendythreads.opsdesk.cache.store.ResourceType;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.PriorityQueue;
import java.util.TreeMap;
import java.util.TreeSet;

/// The stock dashboard's figures, computed from the in-memory [StockIndex] (every SKU × location with its
/// recent weekly sales) and the [SalesHistory] behind it, so a recompute after a live stock change is a
/// scan of arrays, not SQL. Definitions: `docs/KPIS.md`, section "Stock dashboard".
///
/// - **Heatmap**: one row per product category (the categories products are filed under) × one column per
///   location, each cell weeks of cover (available ÷ weekly sales) or availability (share of its stock
///   levels with something available).
/// - **Low stock**: levels with something available that the [DemandForecast] expects to sell out within
///   [#HORIZON_DAYS], soonest first.
/// - **Overstock**: the inventory grid's overstock levels (more cover than the threshold, or no sales),
///   most excess units first.
/// - **Size curves**: per style (product × colour) and location, the units available per size; the styles in
///   stock at a location with a size at zero there, most sizes missing first.
public final class StockDashboardData {

    /// How far ahead the low-stock list looks for a stock-out (8 weeks).
    public static final int HORIZON_DAYS = 56;

    /// Levels handed to the forecast for the low-stock list: the lowest cover first (a forecast per level
    /// costs a fit; the levels with the most cover cannot run out first).
    private static final int FORECAST_CANDIDATES = 300;

    /// What a heatmap cell shows.
    public enum Measure { WEEKS_OF_COVER, AVAILABILITY }

    /// What the figures are narrowed to: one location or all (`null`), and a set of categories or all
    /// (empty; a chosen category comes with its descendants).
    public record Filter(String locationId, Set<String> categoryIds) {

        public static final Filter ALL = new Filter(null, Set.of());

        public Filter {
            locationId = locationId == null || locationId.isBlank() ? null : locationId;
            categoryIds = categoryIds == null ? Set.of() : Set.copyOf(categoryIds);
        }

        Query query(Level level) {
            return new Query(locationId, categoryIds.isEmpty() ? null : categoryIds, level, null, null, null);
        }
    }

    /// One heatmap cell: the stock levels of one category at one location.
    ///
    /// @param levels       stock levels (SKU × location)
    /// @param inStock      levels with available > 0
    /// @param available    units available (negative levels count as 0)
    /// @param weeklyDemand units sold per week over the recent window
    public record Cell(String categoryId, String locationId, int levels, int inStock, long available,
                       double weeklyDemand) {

        /// Available ÷ weekly sales; `null` when nothing sold.
        public Double weeksOfCover() {
            return weeklyDemand <= 0 ? null : available / weeklyDemand;
        }

        /// In-stock levels ÷ levels; `null` without levels.
        public Double availability() {
            return levels == 0 ? null : (double) inStock / levels;
        }

        public Double value(Measure m) {
            return m == Measure.WEEKS_OF_COVER ? weeksOfCover() : availability();
        }
    }

    /// Rows (categories, in tree order) × columns (locations, by id); a missing cell has no stock levels.
    public record Heatmap(List<String> categoryIds, List<String> locationIds, Map<String, Cell> cells) {

        public Heatmap {
            categoryIds = List.copyOf(categoryIds);
            locationIds = List.copyOf(locationIds);
            cells = Map.copyOf(cells);
        }

        public Cell cell(String categoryId, String locationId) {
            return cells.get(categoryId + "|" + locationId);
        }
    }

    /// A level expected to run out.
    ///
    /// @param dailyDemand the forecast's mean units per day
    /// @param stockOut    the first day on which expected sales exceed what is available
    public record LowStock(String locationId, String sku, String productId, String title, int available,
                           double dailyDemand, LocalDate stockOut) {

        public String stockId() {
            return ResourceType.stockId(locationId, sku);
        }
    }

    /// An overstocked level.
    ///
    /// @param excess units above what the threshold's weeks of sales need
    public record Overstock(String locationId, String sku, String productId, String title, int available,
                            double weeklyDemand, int excess) {

        public String stockId() {
            return ResourceType.stockId(locationId, sku);
        }

        /// `null` when it did not sell (infinite cover).
        public Double weeksOfCover() {
            return weeklyDemand <= 0 ? null : available / weeklyDemand;
        }
    }

    /// Units available of one size of a style.
    public record SizeLevel(String size, int available) {
    }

    /// The size curve of one style (product × colour) at one location: every size the catalog lists for the
    /// style, in size order (a size without a stock row there has 0).
    public record SizeCurve(String productId, String colour, String locationId, String title, List<SizeLevel> sizes) {

        public SizeCurve {
            sizes = List.copyOf(sizes);
        }

        /// Sizes with nothing available.
        public List<String> missing() {
            return sizes.stream().filter(s -> s.available() <= 0).map(SizeLevel::size).toList();
        }

        public long available() {
            return sizes.stream().mapToLong(s -> Math.max(0, s.available())).sum();
        }

        /// In stock, but at least one size at zero.
        public boolean broken() {
            return available() > 0 && !missing().isEmpty();
        }
    }

    /// The lists for one filter, plus how many there are in all.
    ///
    /// @param styles       styles (product × colour) × location with something available there
    /// @param brokenStyles of those, the ones with a size at zero there
    public record Lists(List<LowStock> lowStock, int lowStockTotal, List<Overstock> overstock, int overstockTotal,
                        List<SizeCurve> sizeCurves, int styles, int brokenStyles) {
    }

    /// A SKU's style facts; `style` (`<productId>|<colour>`) is one shared string per style; `onSale`: its
    /// product is ACTIVE.
    private record Facts(String productId, String colour, String size, String style, boolean onSale) {
    }

    private final Map<String, Facts> variants;
    /// style → size → SKU, sizes in size order
    private final Map<String, Map<String, String>> styleSkus;
    private final Map<String, String> categoryNames;
    private final Map<String, String> categoryParents;

    private StockDashboardData(Map<String, Facts> variants, Map<String, String> categoryNames,
                               Map<String, String> categoryParents) {
        this.variants = variants;
        this.styleSkus = new HashMap<>();
        variants.forEach((sku, f) -> {
            if (f.size() != null) {
                styleSkus.computeIfAbsent(f.style(), k -> new TreeMap<>(SIZE_ORDER)).put(f.size(), sku);
            }
        });
        this.categoryNames = categoryNames;
        this.categoryParents = categoryParents;
    }

    private boolean onSale(StockIndex.Row row) {
        Facts facts = variants.get(row.sku());
        return facts != null && facts.onSale();
    }

    /// Reads what the stock index does not hold: each SKU's colour and size, and the category names.
    public static StockDashboardData load(CacheDatabase db) {
        Objects.requireNonNull(db, "db");
        Map<String, Facts> variants = new HashMap<>();
        Map<String, String> styles = new HashMap<>();
        Map<String, String> names = new HashMap<>();
        Map<String, String> parents = new HashMap<>();
        db.read(h -> {
            h.createQuery("SELECT v.sku, v.product_id, v.colour, v.size, p.status FROM product_variant v"
                            + " JOIN products p ON p.id = v.product_id").setFetchSize(5_000)
                    .map((rs, ctx) -> {
                        String style = rs.getString(2) + "|" + rs.getString(3);
                        return variants.put(rs.getString(1), new Facts(rs.getString(2), rs.getString(3),
                                rs.getString(4), styles.computeIfAbsent(style, k -> k), "ACTIVE".equals(rs.getString(5))));
                    })
                    .forEach(x -> { });
            h.createQuery("SELECT id, name, parent_id FROM categories").map((rs, ctx) -> {
                names.put(rs.getString(1), rs.getString(2));
                if (rs.getString(3) != null) {
                    parents.put(rs.getString(1), rs.getString(3));
                }
                return 0;
            }).forEach(x -> { });
            return null;
        });
        return new StockDashboardData(variants, names, parents);
    }

    /// A category's name with its parents' (`Women › Dresses`), for a heatmap row.
    public String categoryLabel(String categoryId) {
        List<String> parts = new ArrayList<>();
        String id = categoryId;
        Set<String> seen = new TreeSet<>();
        while (id != null && seen.add(id)) {
            parts.addFirst(categoryNames.getOrDefault(id, id));
            id = categoryParents.get(id);
        }
        return String.join(" › ", parts);
    }

    /// `categoryId` and all categories below it.
    public Set<String> subtree(String categoryId) {
        Set<String> out = new TreeSet<>();
        out.add(categoryId);
        boolean grew = true;
        while (grew) {
            grew = false;
            for (Map.Entry<String, String> e : categoryParents.entrySet()) {
                if (out.contains(e.getValue()) && out.add(e.getKey())) {
                    grew = true;
                }
            }
        }
        return out;
    }

    /// Category × location cells over the stock levels in `filter`.
    public Heatmap heatmap(StockIndex index, Filter filter) {
        List<String> locs = index.locations();
        int n = locs.size();
        Map<String, long[]> sums = new HashMap<>(); // per category: levels, inStock, available per location
        Map<String, double[]> demand = new HashMap<>();
        Map<String, Integer> locIndex = new HashMap<>();
        for (int i = 0; i < n; i++) {
            locIndex.put(locs.get(i), i);
        }
        boolean[] seen = new boolean[n];
        for (int r : index.query(filter.query(Level.ALL))) {
            StockIndex.Row row = index.row(r);
            if (row.categoryId() == null || !onSale(row)) {
                continue;
            }
            int l = locIndex.get(row.locationId());
            long[] s = sums.computeIfAbsent(row.categoryId(), k -> new long[3 * n]);
            s[l]++;
            if (row.available() > 0) {
                s[n + l]++;
                s[2 * n + l] += row.available();
            }
            demand.computeIfAbsent(row.categoryId(), k -> new double[n])[l] += row.weeklyDemand();
            seen[l] = true;
        }
        Map<String, Cell> cells = new HashMap<>();
        List<String> columns = new ArrayList<>();
        for (int l = 0; l < n; l++) {
            if (seen[l]) {
                columns.add(locs.get(l));
            }
        }
        sums.forEach((cat, s) -> {
            for (int l = 0; l < n; l++) {
                if (s[l] > 0) {
                    cells.put(cat + "|" + locs.get(l), new Cell(cat, locs.get(l), (int) s[l], (int) s[n + l],
                            s[2 * n + l], demand.get(cat)[l]));
                }
            }
        });
        List<String> categories = new ArrayList<>(sums.keySet());
        categories.sort(Comparator.comparing(this::categoryLabel));
        columns.sort(Comparator.naturalOrder());
        return new Heatmap(categories, columns, cells);
    }

    /// The low-stock, overstock and size-curve lists for `filter`, at most `limit` rows each.
    ///
    /// One pass over the filtered stock levels feeds all three (a LARGE catalogue has 2.4 million levels):
    /// the levels with the least cover for the forecast, a bounded heap of the most excess units, and per
    /// style × location counts of sizes in stock; only what makes a list is then looked at more closely.
    ///
    /// @param overstockWeeks the weeks of cover above which a level is overstocked (the index's threshold)
    public Lists lists(StockIndex index, SalesHistory history, Filter filter, double overstockWeeks, int limit) {
        int[] rows = index.query(filter.query(Level.ALL));
        int[] over = index.query(filter.query(Level.OVER)); // the index's overstock rule; ascending like `rows`
        List<String> locs = index.locations();
        int n = locs.size();
        Map<String, Integer> locIndex = new HashMap<>();
        for (int i = 0; i < n; i++) {
            locIndex.put(locs.get(i), i);
        }
        PriorityQueue<StockIndex.Row> leastCover = new PriorityQueue<>(
                Comparator.comparingDouble(StockIndex.Row::weeksOfCover).reversed());
        PriorityQueue<Overstock> mostExcess = new PriorityQueue<>(MOST_EXCESS.reversed());
        Map<String, int[]> styleCounts = new HashMap<>(); // per style: rows, sizes in stock, units, per location
        int o = 0;
        for (int r : rows) {
            StockIndex.Row row = index.row(r);
            while (o < over.length && over[o] < r) {
                o++;
            }
            if (o < over.length && over[o] == r) {
                int need = (int) Math.ceil(overstockWeeks * row.weeklyDemand() - 1e-9);
                int excess = row.available() - need;
                if (mostExcess.size() < limit || excess >= mostExcess.peek().excess()) { // allocate only contenders
                    mostExcess.add(new Overstock(row.locationId(), row.sku(), row.productId(), row.title(),
                            row.available(), row.weeklyDemand(), excess));
                    if (mostExcess.size() > limit) {
                        mostExcess.poll();
                    }
                }
            }
            if (!onSale(row)) {
                continue; // a draft's or an archived product's empty shelf is not missing availability
            }
            if (row.available() > 0 && row.weeklyDemand() > 0 && (leastCover.size() < FORECAST_CANDIDATES
                    || row.weeksOfCover() < leastCover.peek().weeksOfCover())) {
                leastCover.add(row);
                if (leastCover.size() > FORECAST_CANDIDATES) {
                    leastCover.poll();
                }
            }
            Facts facts = variants.get(row.sku());
            if (row.productId() != null && facts != null && facts.size() != null) {
                int l = locIndex.get(row.locationId());
                int[] c = styleCounts.computeIfAbsent(facts.style(), k -> new int[3 * n]);
                c[l]++;
                if (row.available() > 0) {
                    c[n + l]++;
                    c[2 * n + l] += row.available();
                }
            }
        }
        List<LowStock> low = lowStock(leastCover, history);
        List<Overstock> overstock = new ArrayList<>(mostExcess);
        overstock.sort(MOST_EXCESS);
        Curves curves = sizeCurves(index, styleCounts, locs, limit);
        return new Lists(head(low, limit), low.size(), overstock, over.length, curves.broken(), curves.styles(),
                curves.brokenTotal());
    }

    private record Curves(List<SizeCurve> broken, int styles, int brokenTotal) {
    }

    private static <T> List<T> head(List<T> list, int limit) {
        return List.copyOf(list.subList(0, Math.min(limit, list.size())));
    }

    private static List<LowStock> lowStock(Collection<StockIndex.Row> candidates, SalesHistory history) {
        LocalDate today = history.end();
        List<LowStock> out = new ArrayList<>();
        for (StockIndex.Row row : candidates) {
            DemandForecast.Result f = DemandForecast.forecast(history.daily(row.locationId(), row.sku()), HORIZON_DAYS);
            int day = f.stockOutDay(row.available(), HORIZON_DAYS);
            if (day >= 0) {
                out.add(new LowStock(row.locationId(), row.sku(), row.productId(), row.title(), row.available(),
                        f.meanPerDay(), today.plusDays(day)));
            }
        }
        out.sort(Comparator.comparing(LowStock::stockOut).thenComparingInt(LowStock::available)
                .thenComparing(LowStock::sku).thenComparing(LowStock::locationId));
        return out;
    }

    private static final Comparator<Overstock> MOST_EXCESS = Comparator.comparingInt((Overstock o) -> -o.excess())
            .thenComparing(Overstock::sku).thenComparing(Overstock::locationId);

    /// A style at a location that is in stock but misses sizes.
    private record Gap(String style, int location, int missing, long units) {
    }

    private static final Comparator<Gap> WORST_GAP = Comparator.comparingInt((Gap g) -> -g.missing())
            .thenComparingLong(g -> -g.units()).thenComparing(Gap::style).thenComparingInt(Gap::location);

    // Only the top `limit` gaps are drawn as full curves: a large catalogue has a million style × location pairs.
    private Curves sizeCurves(StockIndex index, Map<String, int[]> counts, List<String> locs, int limit) {
        int n = locs.size();
        int styles = 0;
        int broken = 0;
        PriorityQueue<Gap> top = new PriorityQueue<>(WORST_GAP.reversed());
        for (Map.Entry<String, int[]> e : counts.entrySet()) {
            int[] c = e.getValue();
            int sizes = styleSkus.get(e.getKey()).size();
            for (int l = 0; l < n; l++) {
                if (c[l] == 0 || c[n + l] == 0) {
                    continue; // no stock rows there, or nothing in stock
                }
                styles++;
                if (c[n + l] < sizes) {
                    broken++;
                    top.add(new Gap(e.getKey(), l, sizes - c[n + l], c[2 * n + l]));
                    if (top.size() > limit) {
                        top.poll();
                    }
                }
            }
        }
        List<Gap> gaps = new ArrayList<>(top);
        gaps.sort(WORST_GAP);
        List<SizeCurve> out = new ArrayList<>();
        for (Gap g : gaps) {
            String loc = locs.get(g.location());
            String title = null;
            List<SizeLevel> levels = new ArrayList<>();
            for (Map.Entry<String, String> size : styleSkus.get(g.style()).entrySet()) {
                int r = index.rowOf(loc, size.getValue());
                StockIndex.Row row = r < 0 ? null : index.row(r);
                if (row != null && title == null) {
                    title = row.title();
                }
                levels.add(new SizeLevel(size.getKey(), row == null ? 0 : Math.max(0, row.available())));
            }
            Facts facts = variants.get(styleSkus.get(g.style()).values().iterator().next());
            out.add(new SizeCurve(facts.productId(), facts.colour(), loc, title, levels));
        }
        return new Curves(out, styles, broken);
    }

    private static final List<String> LETTER_SIZES = List.of("XXS", "XS", "S", "M", "L", "XL", "XXL", "XXXL");

    /// Sizes in the order of a size run: letter sizes XXS…XXXL, numbers (EU, children's heights, `W28`
    /// waists) by value, anything else by name after them.
    public static final Comparator<String> SIZE_ORDER = Comparator.comparingDouble(StockDashboardData::sizeRank)
            .thenComparing(Comparator.naturalOrder());

    private static double sizeRank(String size) {
        String s = size.trim().toUpperCase(java.util.Locale.ROOT);
        int letter = LETTER_SIZES.indexOf(s);
        if (letter >= 0) {
            return letter;
        }
        String digits = s.startsWith("W") ? s.substring(1) : s;
        try {
            return 100 + Double.parseDouble(digits.replace(',', '.'));
        } catch (NumberFormatException e) {
            return 10_000;
        }
    }
}
