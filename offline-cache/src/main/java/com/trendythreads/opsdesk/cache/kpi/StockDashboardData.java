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
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
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

    private record Facts(String productId, String colour, String size) {
    }

    private final Map<String, Facts> variants;
    /// `<productId>|<colour>` → every size the catalog lists for that style
    private final Map<String, Set<String>> styleSizes;
    private final Map<String, String> categoryNames;
    private final Map<String, String> categoryParents;

    private StockDashboardData(Map<String, Facts> variants, Map<String, String> categoryNames,
                               Map<String, String> categoryParents) {
        this.variants = variants;
        this.styleSizes = new HashMap<>();
        variants.values().forEach(f -> {
            if (f.size() != null) {
                styleSizes.computeIfAbsent(f.productId() + "|" + f.colour(), k -> new TreeSet<>(SIZE_ORDER)).add(f.size());
            }
        });
        this.categoryNames = categoryNames;
        this.categoryParents = categoryParents;
    }

    /// Reads what the stock index does not hold: each SKU's colour and size, and the category names.
    public static StockDashboardData load(CacheDatabase db) {
        Objects.requireNonNull(db, "db");
        Map<String, Facts> variants = new HashMap<>();
        Map<String, String> names = new HashMap<>();
        Map<String, String> parents = new HashMap<>();
        db.read(h -> {
            h.createQuery("SELECT sku, product_id, colour, size FROM product_variant").setFetchSize(5_000)
                    .map((rs, ctx) -> variants.put(rs.getString(1),
                            new Facts(rs.getString(2), rs.getString(3), rs.getString(4))))
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
        Map<String, long[]> sums = new HashMap<>(); // levels, inStock, available
        Map<String, double[]> demand = new HashMap<>();
        Set<String> categories = new TreeSet<>(Comparator.comparing(this::categoryLabel));
        Set<String> locations = new TreeSet<>();
        for (int r : index.query(filter.query(Level.ALL))) {
            StockIndex.Row row = index.row(r);
            if (row.categoryId() == null) {
                continue;
            }
            String key = row.categoryId() + "|" + row.locationId();
            long[] s = sums.computeIfAbsent(key, k -> new long[3]);
            s[0]++;
            if (row.available() > 0) {
                s[1]++;
                s[2] += row.available();
            }
            demand.computeIfAbsent(key, k -> new double[1])[0] += row.weeklyDemand();
            categories.add(row.categoryId());
            locations.add(row.locationId());
        }
        Map<String, Cell> cells = new HashMap<>();
        sums.forEach((key, s) -> {
            int bar = key.indexOf('|');
            cells.put(key, new Cell(key.substring(0, bar), key.substring(bar + 1), (int) s[0], (int) s[1], s[2],
                    demand.get(key)[0]));
        });
        return new Heatmap(List.copyOf(categories), List.copyOf(locations), cells);
    }

    /// The low-stock, overstock and size-curve lists for `filter`, at most `limit` rows each.
    ///
    /// @param overstockWeeks the weeks of cover above which a level is overstocked (the index's threshold)
    public Lists lists(StockIndex index, SalesHistory history, Filter filter, double overstockWeeks, int limit) {
        List<LowStock> low = lowStock(index, history, filter);
        List<Overstock> over = overstock(index, filter, overstockWeeks);
        List<SizeCurve> curves = sizeCurves(index, filter);
        List<SizeCurve> broken = curves.stream().filter(SizeCurve::broken)
                .sorted(Comparator.comparingInt((SizeCurve c) -> -c.missing().size())
                        .thenComparing(Comparator.comparingLong(SizeCurve::available).reversed())
                        .thenComparing(SizeCurve::title, Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(SizeCurve::colour, Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(SizeCurve::locationId))
                .toList();
        int inStock = (int) curves.stream().filter(c -> c.available() > 0).count();
        return new Lists(head(low, limit), low.size(), head(over, limit), over.size(), head(broken, limit),
                inStock, broken.size());
    }

    private static <T> List<T> head(List<T> list, int limit) {
        return List.copyOf(list.subList(0, Math.min(limit, list.size())));
    }

    private List<LowStock> lowStock(StockIndex index, SalesHistory history, Filter filter) {
        List<StockIndex.Row> candidates = new ArrayList<>();
        for (int r : index.query(filter.query(Level.ALL))) {
            StockIndex.Row row = index.row(r);
            if (row.available() > 0 && row.weeklyDemand() > 0) {
                candidates.add(row);
            }
        }
        candidates.sort(Comparator.comparingDouble(StockIndex.Row::weeksOfCover));
        LocalDate today = history.end();
        List<LowStock> out = new ArrayList<>();
        for (StockIndex.Row row : candidates.subList(0, Math.min(FORECAST_CANDIDATES, candidates.size()))) {
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

    private List<Overstock> overstock(StockIndex index, Filter filter, double overstockWeeks) {
        List<Overstock> out = new ArrayList<>();
        for (int r : index.query(filter.query(Level.OVER))) {
            StockIndex.Row row = index.row(r);
            int need = (int) Math.ceil(overstockWeeks * row.weeklyDemand() - 1e-9);
            out.add(new Overstock(row.locationId(), row.sku(), row.productId(), row.title(), row.available(),
                    row.weeklyDemand(), row.available() - need));
        }
        out.sort(Comparator.comparingInt((Overstock o) -> -o.excess()).thenComparing(Overstock::sku)
                .thenComparing(Overstock::locationId));
        return out;
    }

    private List<SizeCurve> sizeCurves(StockIndex index, Filter filter) {
        record Style(String productId, String colour, String locationId) {
        }
        Map<Style, Map<String, Integer>> sizes = new LinkedHashMap<>();
        Map<Style, String> titles = new HashMap<>();
        for (int r : index.query(filter.query(Level.ALL))) {
            StockIndex.Row row = index.row(r);
            Facts facts = variants.get(row.sku());
            if (row.productId() == null || facts == null || facts.size() == null) {
                continue;
            }
            Style style = new Style(row.productId(), facts.colour(), row.locationId());
            titles.putIfAbsent(style, row.title());
            // every size of the style, so a size without a stock row at the location shows as missing
            sizes.computeIfAbsent(style, k -> {
                Map<String, Integer> all = new HashMap<>();
                styleSizes.getOrDefault(k.productId() + "|" + k.colour(), Set.of()).forEach(z -> all.put(z, 0));
                return all;
            }).merge(facts.size(), Math.max(0, row.available()),
                    Integer::sum);
        }
        List<SizeCurve> out = new ArrayList<>();
        sizes.forEach((style, bySize) -> out.add(new SizeCurve(style.productId(), style.colour(), style.locationId(),
                titles.get(style),
                bySize.entrySet().stream().sorted(Map.Entry.comparingByKey(SIZE_ORDER))
                        .map(e -> new SizeLevel(e.getKey(), e.getValue())).toList())));
        return out;
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
