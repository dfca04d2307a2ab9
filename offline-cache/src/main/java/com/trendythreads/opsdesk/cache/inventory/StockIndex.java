package com.trendythreads.opsdesk.cache.inventory;

import com.trendythreads.opsdesk.cache.store.CacheDatabase;
import com.trendythreads.opsdesk.cache.store.ResourceType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.IntPredicate;

/// Every stock level (SKU × location) with its product's title, category and EAN, held in memory in
/// columns, so the stock grid filters and searches 300,000 SKUs × 8 locations per keystroke without SQL
/// (a `LIKE` over that many rows has a p99 above 150 ms; a scan of these arrays takes a few ms).
///
/// Rows are ordered by SKU, then location. Live changes of `stock` rows are applied in place with
/// [#refresh]; a full [#load] builds a new index. Thread-safe: reads and updates are synchronized
/// (a query holds the lock for a few milliseconds).
public final class StockIndex {

    /// The stock filter levels.
    ///
    /// - `LOW`: something available, but no more than the reorder point;
    /// - `OUT`: nothing available;
    /// - `OVER`: above the reorder point and more weeks of cover than the overstock threshold at the recent
    ///   sales rate (a level that did not sell in that window has infinite cover).
    public enum Level { ALL, LOW, OUT, OVER }

    /// A filter. Null or blank parts match everything; `text` matches SKU, EAN or title (any case).
    public record Query(String locationId, Set<String> categoryIds, Level level, String text, String binFrom,
                        String binTo) {

        public static final Query ALL = new Query(null, null, Level.ALL, null, null, null);

        public Query {
            level = level == null ? Level.ALL : level;
            categoryIds = categoryIds == null ? null : Set.copyOf(categoryIds);
        }

        public Query withLocation(String id) {
            return new Query(id, categoryIds, level, text, binFrom, binTo);
        }

        public Query withCategories(Set<String> ids) {
            return new Query(locationId, ids, level, text, binFrom, binTo);
        }

        public Query withLevel(Level l) {
            return new Query(locationId, categoryIds, l, text, binFrom, binTo);
        }

        public Query withText(String t) {
            return new Query(locationId, categoryIds, level, t, binFrom, binTo);
        }

        public Query withBins(String from, String to) {
            return new Query(locationId, categoryIds, level, text, from, to);
        }
    }

    /// One stock level with its product facts. `reorderPoint` is null when none is set.
    public record Row(int index, String locationId, String sku, String productId, String title, String categoryId,
                      String ean, String bin, int onHand, int committed, int available, int incoming,
                      Integer reorderPoint, double weeklyDemand, double weeksOfCover) {

        public String stockId() {
            return ResourceType.stockId(locationId, sku);
        }
    }

    /// What a [#refresh] did: the rows whose figures changed, and whether the index could not apply a
    /// change in place (a new or removed stock level) and must be loaded again.
    public record Update(int[] rows, boolean needsReload) {
    }

    private static final int NO_REORDER_POINT = Integer.MIN_VALUE;

    private final CacheDatabase db;
    private final double overstockWeeks;

    // SKU dimension, by SKU index
    private final String[] skus;
    private final String[] productIds;
    private final String[] titles;
    private final String[] categories;
    private final String[] eans;
    private final String[] haystacks;
    private final Map<String, Integer> skuIndex;
    private final Map<String, Integer> eanIndex;
    // locations
    private final List<String> locations;
    private final Map<String, Integer> locationIndex;
    // rows, ordered by SKU index then location index
    private final int size;
    private final int[] rowSku;
    private final byte[] rowLocation;
    private final String[] bins;
    private final int[] onHand;
    private final int[] committed;
    private final int[] available;
    private final int[] incoming;
    private final int[] reorderPoint;
    private final float[] weeklyDemand;
    private final int[] firstRow;

    private StockIndex(CacheDatabase db, double overstockWeeks, Skus s, List<String> locations, Rows r) {
        this.db = db;
        this.overstockWeeks = overstockWeeks;
        this.skus = s.skus.toArray(String[]::new);
        this.productIds = s.productIds.toArray(String[]::new);
        this.titles = s.titles.toArray(String[]::new);
        this.categories = s.categories.toArray(String[]::new);
        this.eans = s.eans.toArray(String[]::new);
        this.skuIndex = s.index;
        this.haystacks = new String[skus.length];
        this.eanIndex = new HashMap<>(skus.length * 2);
        for (int i = 0; i < skus.length; i++) {
            haystacks[i] = (skus[i] + "\n" + nz(eans[i]) + "\n" + nz(titles[i])).toLowerCase(Locale.ROOT);
            if (eans[i] != null) {
                eanIndex.put(eans[i], i);
            }
        }
        this.locations = List.copyOf(locations);
        this.locationIndex = new HashMap<>();
        for (int i = 0; i < locations.size(); i++) {
            locationIndex.put(locations.get(i), i);
        }
        this.size = r.size;
        this.rowSku = r.sku;
        this.rowLocation = r.location;
        this.bins = r.bin;
        this.onHand = r.onHand;
        this.committed = r.committed;
        this.available = r.available;
        this.incoming = r.incoming;
        this.reorderPoint = r.reorderPoint;
        this.weeklyDemand = new float[size];
        this.firstRow = new int[skus.length];
        Arrays.fill(firstRow, -1);
        for (int i = size - 1; i >= 0; i--) {
            firstRow[rowSku[i]] = i;
        }
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    /// Reads every stock level and its product facts from the cache.
    ///
    /// @param overstockWeeks weeks of cover above which a level counts as overstocked
    public static StockIndex load(CacheDatabase db, double overstockWeeks) {
        Objects.requireNonNull(db, "db");
        Skus s = new Skus();
        List<String> locs = new ArrayList<>();
        Rows raw = db.read(h -> {
            h.createQuery("""
                    SELECT v.sku, v.product_id, v.ean, p.title, p.category_id
                    FROM product_variant v LEFT JOIN products p ON p.id = v.product_id ORDER BY v.sku""")
                    .setFetchSize(5_000)
                    .map((rs, ctx) -> {
                        s.add(rs.getString(1), rs.getString(2), rs.getString(5), rs.getString(4), rs.getString(3));
                        return 0;
                    }).forEach(x -> { });
            locs.addAll(h.createQuery("SELECT id FROM locations ORDER BY id").mapTo(String.class).list());
            Rows r = new Rows(Math.max(16, s.skus.size() * 4));
            h.createQuery("""
                    SELECT location_id, sku, bin, on_hand, committed, available, incoming, reorder_point FROM stock""")
                    .setFetchSize(5_000)
                    .map((rs, ctx) -> {
                        String loc = rs.getString(1);
                        int li = locs.indexOf(loc);
                        if (li < 0) {
                            locs.add(loc);
                            li = locs.size() - 1;
                        }
                        int si = s.indexOf(rs.getString(2));
                        int rp = rs.getInt(8);
                        r.add(si, li, rs.getString(3), rs.getInt(4), rs.getInt(5), rs.getInt(6), rs.getInt(7),
                                rs.wasNull() ? NO_REORDER_POINT : rp);
                        return 0;
                    }).forEach(x -> { });
            return r;
        });
        if (locs.size() > 127) {
            throw new IllegalStateException("More than 127 locations: " + locs.size());
        }
        return new StockIndex(db, overstockWeeks, s, locs, raw.sorted());
    }

    /// The locations that have stock rows, by id.
    public List<String> locations() {
        return locations;
    }

    public int size() {
        return size;
    }

    public int skuCount() {
        return skus.length;
    }

    /// The SKU whose EAN is `ean`, if any.
    public synchronized String skuForEan(String ean) {
        Integer i = ean == null ? null : eanIndex.get(ean.trim());
        return i == null ? null : skus[i];
    }

    /// The row of `sku` at `locationId`, or -1.
    public synchronized int rowOf(String locationId, String sku) {
        Integer si = skuIndex.get(sku);
        Integer li = locationIndex.get(locationId);
        if (si == null || li == null) {
            return -1;
        }
        for (int r = firstRow[si]; r >= 0 && r < size && rowSku[r] == si; r++) {
            if (rowLocation[r] == li) {
                return r;
            }
        }
        return -1;
    }

    public synchronized Row row(int r) {
        int s = rowSku[r];
        int rp = reorderPoint[r];
        double demand = weeklyDemand[r];
        return new Row(r, locations.get(rowLocation[r]), skus[s], productIds[s], titles[s], categories[s], eans[s],
                bins[r], onHand[r], committed[r], available[r], incoming[r], rp == NO_REORDER_POINT ? null : rp,
                demand, cover(r));
    }

    private double cover(int r) {
        double demand = weeklyDemand[r];
        return demand <= 0 ? Double.POSITIVE_INFINITY : Math.max(0, available[r]) / demand;
    }

    /// The rows matching `q`, in row order (SKU, then location).
    public synchronized int[] query(Query q) {
        Objects.requireNonNull(q, "q");
        int loc = -2;
        if (q.locationId() != null && !q.locationId().isBlank()) {
            Integer li = locationIndex.get(q.locationId());
            if (li == null) {
                return new int[0];
            }
            loc = li;
        }
        BitSet skuOk = skuFilter(q);
        IntPredicate level = levelFilter(q.level());
        String binFrom = blankToNull(q.binFrom());
        String binTo = blankToNull(q.binTo());
        int[] out = new int[Math.min(size, 1 << 16)];
        int n = 0;
        for (int r = 0; r < size; r++) {
            if ((loc != -2 && rowLocation[r] != loc) || (skuOk != null && !skuOk.get(rowSku[r])) || !level.test(r)) {
                continue;
            }
            if ((binFrom != null || binTo != null) && !inRange(bins[r], binFrom, binTo)) {
                continue;
            }
            if (n == out.length) {
                out = Arrays.copyOf(out, Math.min(size, out.length * 2));
            }
            out[n++] = r;
        }
        return Arrays.copyOf(out, n);
    }

    private static boolean inRange(String bin, String from, String to) {
        if (bin == null) {
            return false;
        }
        String b = bin.toUpperCase(Locale.ROOT);
        return (from == null || b.compareTo(from.toUpperCase(Locale.ROOT)) >= 0)
                && (to == null || b.compareTo(to.toUpperCase(Locale.ROOT)) <= 0);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    private BitSet skuFilter(Query q) {
        String text = blankToNull(q.text());
        Set<String> cats = q.categoryIds();
        if (text == null && cats == null) {
            return null;
        }
        String needle = text == null ? null : text.toLowerCase(Locale.ROOT);
        BitSet ok = new BitSet(skus.length);
        for (int i = 0; i < skus.length; i++) {
            if ((cats == null || (categories[i] != null && cats.contains(categories[i])))
                    && (needle == null || haystacks[i].contains(needle))) {
                ok.set(i);
            }
        }
        return ok;
    }

    private IntPredicate levelFilter(Level level) {
        return switch (level) {
            case ALL -> r -> true;
            case OUT -> r -> available[r] <= 0;
            case LOW -> r -> available[r] > 0 && reorderPoint[r] != NO_REORDER_POINT && available[r] <= reorderPoint[r];
            case OVER -> this::overstocked;
        };
    }

    // Disjoint from LOW and OUT: a level at or below its reorder point is low, however slowly it sells.
    private boolean overstocked(int r) {
        int rp = reorderPoint[r] == NO_REORDER_POINT ? 0 : reorderPoint[r];
        if (available[r] <= rp) {
            return false;
        }
        return weeklyDemand[r] <= 0 || cover(r) > overstockWeeks;
    }

    /// Sets each level's recent weekly sales from `history` (its last `days` days).
    public synchronized void applyDemand(SalesHistory history, int days) {
        Arrays.fill(weeklyDemand, 0f);
        int span = Math.min(days, history.days());
        if (span <= 0) {
            return;
        }
        history.forEach((locationId, sku, daily) -> {
            int r = rowOf(locationId, sku);
            if (r >= 0) {
                double sum = 0;
                for (int d = daily.length - span; d < daily.length; d++) {
                    sum += daily[d];
                }
                weeklyDemand[r] = (float) (sum * 7.0 / span);
            }
        });
    }

    /// Re-reads the given stock levels (ids `<locationId>|<sku>`) and applies them in place.
    public Update refresh(Collection<String> stockIds) {
        if (stockIds.isEmpty()) {
            return new Update(new int[0], false);
        }
        List<String> ids = List.copyOf(stockIds);
        record Fresh(String id, String loc, String sku, String bin, int onHand, int committed, int available,
                     int incoming, int reorderPoint) {
        }
        List<Fresh> fresh = new ArrayList<>();
        for (int from = 0; from < ids.size(); from += 500) {
            List<String> chunk = ids.subList(from, Math.min(ids.size(), from + 500));
            fresh.addAll(db.read(h -> h.createQuery("""
                    SELECT id, location_id, sku, bin, on_hand, committed, available, incoming, reorder_point
                    FROM stock WHERE id IN (<ids>)""").bindList("ids", chunk)
                    .map((rs, ctx) -> {
                        int rp = rs.getInt(9);
                        return new Fresh(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                                rs.getInt(5), rs.getInt(6), rs.getInt(7), rs.getInt(8),
                                rs.wasNull() ? NO_REORDER_POINT : rp);
                    }).list()));
        }
        synchronized (this) {
            boolean reload = fresh.size() != ids.size();
            int[] changed = new int[fresh.size()];
            int n = 0;
            for (Fresh f : fresh) {
                int r = rowOf(f.loc(), f.sku());
                if (r < 0) {
                    reload = true;
                    continue;
                }
                bins[r] = f.bin();
                onHand[r] = f.onHand();
                committed[r] = f.committed();
                available[r] = f.available();
                incoming[r] = f.incoming();
                reorderPoint[r] = f.reorderPoint();
                changed[n++] = r;
            }
            return new Update(Arrays.copyOf(changed, n), reload);
        }
    }

    private static final class Skus {
        final List<String> skus = new ArrayList<>();
        final List<String> productIds = new ArrayList<>();
        final List<String> categories = new ArrayList<>();
        final List<String> titles = new ArrayList<>();
        final List<String> eans = new ArrayList<>();
        final Map<String, Integer> index = new HashMap<>();

        void add(String sku, String productId, String category, String title, String ean) {
            index.put(sku, skus.size());
            skus.add(sku);
            productIds.add(productId);
            categories.add(category);
            titles.add(title);
            eans.add(ean);
        }

        int indexOf(String sku) {
            Integer i = index.get(sku);
            if (i == null) {
                add(sku, null, null, null, null); // stock of a SKU the catalog does not list (yet)
                return skus.size() - 1;
            }
            return i;
        }
    }

    private static final class Rows {
        int size;
        int[] sku;
        byte[] location;
        String[] bin;
        int[] onHand;
        int[] committed;
        int[] available;
        int[] incoming;
        int[] reorderPoint;

        Rows(int capacity) {
            sku = new int[capacity];
            location = new byte[capacity];
            bin = new String[capacity];
            onHand = new int[capacity];
            committed = new int[capacity];
            available = new int[capacity];
            incoming = new int[capacity];
            reorderPoint = new int[capacity];
        }

        void add(int s, int l, String b, int oh, int c, int a, int in, int rp) {
            if (size == sku.length) {
                int cap = size * 2;
                sku = Arrays.copyOf(sku, cap);
                location = Arrays.copyOf(location, cap);
                bin = Arrays.copyOf(bin, cap);
                onHand = Arrays.copyOf(onHand, cap);
                committed = Arrays.copyOf(committed, cap);
                available = Arrays.copyOf(available, cap);
                incoming = Arrays.copyOf(incoming, cap);
                reorderPoint = Arrays.copyOf(reorderPoint, cap);
            }
            sku[size] = s;
            location[size] = (byte) l;
            // Bins repeat across a product's variants: share one string per bin name.
            bin[size] = b == null ? null : b.intern();
            onHand[size] = oh;
            committed[size] = c;
            available[size] = a;
            incoming[size] = in;
            reorderPoint[size] = rp;
            size++;
        }

        /// The rows ordered by SKU index, then location index.
        Rows sorted() {
            long[] keys = new long[size];
            for (int i = 0; i < size; i++) {
                keys[i] = ((long) sku[i] << 40) | ((long) location[i] << 32) | i;
            }
            Arrays.sort(keys);
            Rows out = new Rows(Math.max(1, size));
            for (long k : keys) {
                int i = (int) (k & 0xFFFF_FFFFL);
                out.add(sku[i], location[i], bin[i], onHand[i], committed[i], available[i], incoming[i],
                        reorderPoint[i]);
            }
            return out;
        }
    }
}
