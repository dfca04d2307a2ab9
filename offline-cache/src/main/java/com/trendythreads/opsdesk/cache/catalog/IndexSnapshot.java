package com.trendythreads.opsdesk.cache.catalog;

import com.trendythreads.opsdesk.cache.catalog.CatalogQuery.SortKey;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicReference;

/// An immutable state of the index that searches read without locks: the products by slot, the word
/// vocabulary with its postings, sorted SKU and EAN keys for prefix lookups, and per sort column the
/// products' ranks. A change builds the next snapshot; a search always sees one whole state.
final class IndexSnapshot {

    /// One product with its search keys, computed once when the product is indexed.
    record Doc(ProductSummary summary, String titleLower, String brandLower, String text, String[] words,
               String[] skus, String[] eans) {

        static Doc of(ProductSummary s) {
            String title = TextMatch.lower(s.title());
            String brand = TextMatch.lower(s.brand());
            String[] skus = s.skus().stream().map(TextMatch::lower).toArray(String[]::new);
            return new Doc(s, title, brand, title + " \u0001 " + brand, TextMatch.words(title, brand), skus,
                    s.eans().toArray(String[]::new));
        }
    }

    // Match tiers: a lower tier ranks first.
    static final byte EXACT = 0;
    static final byte PREFIX = 1;
    static final byte SUBSTRING = 2;
    static final byte TYPO = 3;
    private static final byte NONE = Byte.MAX_VALUE;

    final Doc[] docs;          // by slot; null for a removed product
    final int live;
    private final String[] vocab;
    private final int[][] postings;
    private final String[] skuKeys;
    private final int[] skuSlots;
    private final String[] eanKeys;
    private final int[] eanSlots;
    final CategoryTree categories;
    private final int[][] order;   // per SortKey: slots in ascending order
    private final int[][] rank;    // per SortKey: rank[slot] = position in order
    // One scratch area reused by consecutive searches (a search on another thread meanwhile makes its own).
    private final AtomicReference<Scratch> spare = new AtomicReference<>();

    private record Key(String key, int slot) {
    }

    private static final Comparator<Key> BY_KEY = Comparator.comparing(Key::key).thenComparingInt(Key::slot);

    private IndexSnapshot(Doc[] docs, CategoryTree categories, Key[] skus, Key[] eans) {
        this.docs = docs;
        this.categories = categories;
        int count = 0;
        Map<String, int[]> post = new HashMap<>();
        for (int slot = 0; slot < docs.length; slot++) {
            Doc d = docs[slot];
            if (d == null) {
                continue;
            }
            count++;
            for (String w : d.words()) {
                int[] p = post.get(w);
                if (p == null) {
                    p = new int[] {1, slot};
                } else {
                    if (p[0] + 1 == p.length) {
                        p = Arrays.copyOf(p, p.length * 2);
                    }
                    p[++p[0]] = slot;
                }
                post.put(w, p);
            }
        }
        this.live = count;
        this.vocab = post.keySet().toArray(String[]::new);
        Arrays.sort(vocab);
        this.postings = new int[vocab.length][];
        for (int i = 0; i < vocab.length; i++) {
            int[] p = post.get(vocab[i]);
            postings[i] = Arrays.copyOfRange(p, 1, p[0] + 1);
        }
        this.skuKeys = new String[skus.length];
        this.skuSlots = new int[skus.length];
        split(skus, skuKeys, skuSlots);
        this.eanKeys = new String[eans.length];
        this.eanSlots = new int[eans.length];
        split(eans, eanKeys, eanSlots);
        this.order = new int[SortKey.values().length][];
        this.rank = new int[SortKey.values().length][];
        sortOrders();
    }

    private static void split(Key[] keys, String[] into, int[] slots) {
        for (int i = 0; i < keys.length; i++) {
            into[i] = keys[i].key();
            slots[i] = keys[i].slot();
        }
    }

    /// A snapshot of `docs` from scratch.
    static IndexSnapshot build(Doc[] docs, CategoryTree categories) {
        List<Key> skus = new ArrayList<>();
        List<Key> eans = new ArrayList<>();
        for (int slot = 0; slot < docs.length; slot++) {
            addKeys(docs[slot], slot, skus, eans);
        }
        Key[] s = skus.toArray(Key[]::new);
        Key[] e = eans.toArray(Key[]::new);
        Arrays.parallelSort(s, BY_KEY);
        Arrays.parallelSort(e, BY_KEY);
        return new IndexSnapshot(docs, categories, s, e);
    }

    /// The next snapshot after the products in `changedSlots` changed (their new state is in `docs`).
    /// The sorted SKU and EAN keys are merged rather than sorted again: O(n) instead of O(n log n).
    IndexSnapshot next(Doc[] newDocs, Set<Integer> changedSlots, CategoryTree newCategories) {
        List<Key> skus = new ArrayList<>();
        List<Key> eans = new ArrayList<>();
        for (int slot : changedSlots) {
            if (slot < newDocs.length) {
                addKeys(newDocs[slot], slot, skus, eans);
            }
        }
        skus.sort(BY_KEY);
        eans.sort(BY_KEY);
        return new IndexSnapshot(newDocs, newCategories, merge(skuKeys, skuSlots, changedSlots, skus),
                merge(eanKeys, eanSlots, changedSlots, eans));
    }

    private static void addKeys(Doc d, int slot, List<Key> skus, List<Key> eans) {
        if (d == null) {
            return;
        }
        for (String s : d.skus()) {
            skus.add(new Key(s, slot));
        }
        for (String e : d.eans()) {
            eans.add(new Key(e, slot));
        }
    }

    private static Key[] merge(String[] keys, int[] slots, Set<Integer> drop, List<Key> added) {
        Key[] out = new Key[keys.length + added.size()];
        int n = 0;
        int a = 0;
        for (int i = 0; i < keys.length; i++) {
            if (drop.contains(slots[i])) {
                continue;
            }
            Key k = new Key(keys[i], slots[i]);
            while (a < added.size() && BY_KEY.compare(added.get(a), k) < 0) {
                out[n++] = added.get(a++);
            }
            out[n++] = k;
        }
        while (a < added.size()) {
            out[n++] = added.get(a++);
        }
        return Arrays.copyOf(out, n);
    }

    // ---- sorting -------------------------------------------------------------------------------------

    private void sortOrders() {
        int[] byTitle = liveSlots();
        // Title (then id) is the tie-breaker of every other column, so it is sorted first, as objects.
        Integer[] boxed = Arrays.stream(byTitle).boxed().toArray(Integer[]::new);
        Arrays.sort(boxed, Comparator.<Integer, String>comparing(s -> docs[s].titleLower())
                .thenComparing(s -> docs[s].summary().id()));
        int[] titleRank = new int[docs.length];
        for (int i = 0; i < boxed.length; i++) {
            byTitle[i] = boxed[i];
            titleRank[boxed[i]] = i;
        }
        store(SortKey.TITLE, byTitle);
        // The other columns sort primitive keys: (column value, title rank) packed into a long.
        for (SortKey k : SortKey.values()) {
            if (k == SortKey.TITLE) {
                continue;
            }
            long[] keys = new long[live];
            Map<String, Integer> dict = k.ordinal() <= SortKey.STATUS.ordinal() ? dictionary(k) : null;
            int n = 0;
            for (int slot : byTitle) {
                long value = dict != null ? dict.get(text(docs[slot], k)) : number(docs[slot].summary(), k);
                keys[n++] = (value << 21) | titleRank[slot];
            }
            Arrays.sort(keys);
            int[] o = new int[live];
            for (int i = 0; i < live; i++) {
                o[i] = byTitle[(int) (keys[i] & ((1 << 21) - 1))];
            }
            store(k, o);
        }
    }

    private int[] liveSlots() {
        int[] out = new int[live];
        int n = 0;
        for (int slot = 0; slot < docs.length; slot++) {
            if (docs[slot] != null) {
                out[n++] = slot;
            }
        }
        return out;
    }

    private void store(SortKey k, int[] slotsInOrder) {
        int[] r = new int[docs.length];
        for (int i = 0; i < slotsInOrder.length; i++) {
            r[slotsInOrder[i]] = i;
        }
        order[k.ordinal()] = slotsInOrder;
        rank[k.ordinal()] = r;
    }

    /// Distinct values of a text column ranked alphabetically; empty values last.
    private Map<String, Integer> dictionary(SortKey k) {
        TreeSet<String> values = new TreeSet<>();
        for (Doc d : docs) {
            if (d != null) {
                values.add(text(d, k));
            }
        }
        Map<String, Integer> out = new HashMap<>();
        int i = 0;
        for (String v : values) {
            if (!v.isEmpty()) {
                out.put(v, i++);
            }
        }
        out.put("", i);
        return out;
    }

    private static String text(Doc d, SortKey k) {
        ProductSummary s = d.summary();
        return switch (k) {
            case BRAND -> d.brandLower();
            case CATEGORY -> TextMatch.lower(s.categoryName());
            case SEASON -> TextMatch.lower(s.season());
            case STATUS -> s.status() == null ? "" : s.status().name().toLowerCase(java.util.Locale.ROOT);
            default -> throw new IllegalArgumentException(k.name());
        };
    }

    /// A non-negative number of at most 42 bits; a missing price sorts last.
    private static long number(ProductSummary s, SortKey k) {
        long v = switch (k) {
            case PRICE -> s.minPriceCents() == null ? (1L << 41) : s.minPriceCents();
            case VARIANTS -> s.variantCount();
            case STOCK -> s.available();
            case COMPLETENESS -> s.completeness();
            default -> throw new IllegalArgumentException(k.name());
        };
        return Math.clamp(v + (1L << 31), 0, (1L << 42) - 1); // stock can be negative (oversold)
    }

    // ---- search --------------------------------------------------------------------------------------

    private static final class Scratch {
        final byte[] acc;
        final byte[] term;
        final long[] keys;

        Scratch(int n) {
            acc = new byte[n];
            term = new byte[n];
            keys = new long[n];
        }
    }

    List<ProductSummary> search(CatalogQuery q) {
        int n = docs.length;
        Scratch sc = spare.getAndSet(null);
        if (sc == null || sc.acc.length < n) {
            sc = new Scratch(n);
        }
        try {
            return search(q, sc, n);
        } finally {
            spare.set(sc);
        }
    }

    private List<ProductSummary> search(CatalogQuery q, Scratch sc, int n) {
        byte[] acc = sc.acc;
        Arrays.fill(acc, 0, n, EXACT);
        for (String term : TextMatch.terms(q.text())) {
            byte[] t = sc.term;
            Arrays.fill(t, 0, n, NONE);
            markKeys(skuKeys, skuSlots, term, t);
            markKeys(eanKeys, eanSlots, term, t);
            markWords(term, t);
            for (int slot = 0; slot < n; slot++) {
                if (t[slot] == NONE && acc[slot] != NONE && docs[slot] != null && docs[slot].text().contains(term)) {
                    t[slot] = SUBSTRING;
                }
            }
            if (TextMatch.typoCandidate(term)) {
                markTypos(term, t);
            }
            for (int slot = 0; slot < n; slot++) {
                if (acc[slot] != NONE) {
                    acc[slot] = t[slot] == NONE ? NONE : (byte) Math.max(acc[slot], t[slot]);
                }
            }
        }
        Set<String> categorySet = q.categoryId() == null ? null : categories.subtree(q.categoryId());
        String brand = q.brand() == null ? null : TextMatch.lower(q.brand());
        int[] r = rank[q.sort().ordinal()];
        long[] keys = sc.keys;
        int count = 0;
        for (int slot = 0; slot < n; slot++) {
            Doc d = docs[slot];
            if (d == null || acc[slot] == NONE || !passes(d, q, categorySet, brand)) {
                continue;
            }
            int pos = q.ascending() ? r[slot] : live - 1 - r[slot];
            keys[count++] = ((long) acc[slot] << 32) | pos;
        }
        Arrays.sort(keys, 0, count);
        int[] o = order[q.sort().ordinal()];
        List<ProductSummary> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            int pos = (int) keys[i];
            out.add(docs[o[q.ascending() ? pos : live - 1 - pos]].summary());
        }
        return out;
    }

    private static boolean passes(Doc d, CatalogQuery q, Set<String> categorySet, String brand) {
        ProductSummary s = d.summary();
        if (categorySet != null && (s.categoryId() == null || !categorySet.contains(s.categoryId()))) {
            return false;
        }
        if (brand != null && !brand.equals(d.brandLower())) {
            return false;
        }
        if (q.season() != null && !q.season().equalsIgnoreCase(s.season())) {
            return false;
        }
        if (q.status() != null && q.status() != s.status()) {
            return false;
        }
        if (q.channel() != null && !s.channels().contains(q.channel())) {
            return false;
        }
        if (q.incompleteOnly() && s.completeness() >= 100) {
            return false;
        }
        return switch (q.stock()) {
            case ANY -> true;
            case LOW -> s.available() > 0 && s.available() <= q.lowStockThreshold();
            case NONE -> s.available() <= 0;
        };
    }

    /// SKUs or EANs starting with `term` (equal: [#EXACT]).
    private static void markKeys(String[] keys, int[] slots, String term, byte[] t) {
        for (int i = lowerBound(keys, term); i < keys.length && keys[i].startsWith(term); i++) {
            byte tier = keys[i].length() == term.length() ? EXACT : PREFIX;
            if (tier < t[slots[i]]) {
                t[slots[i]] = tier;
            }
        }
    }

    /// Title and brand words starting with `term`.
    private void markWords(String term, byte[] t) {
        for (int i = lowerBound(vocab, term); i < vocab.length && vocab[i].startsWith(term); i++) {
            for (int slot : postings[i]) {
                if (PREFIX < t[slot]) {
                    t[slot] = PREFIX;
                }
            }
        }
    }

    private void markTypos(String term, byte[] t) {
        for (int i = 0; i < vocab.length; i++) {
            if (TextMatch.oneEditFromPrefix(term, vocab[i])) {
                for (int slot : postings[i]) {
                    if (t[slot] == NONE) {
                        t[slot] = TYPO;
                    }
                }
            }
        }
    }

    /// The slot of the product with this (lower-case) SKU, or -1.
    int slotOfSku(String lowerSku) {
        int i = lowerBound(skuKeys, lowerSku);
        return i < skuKeys.length && skuKeys[i].equals(lowerSku) ? skuSlots[i] : -1;
    }

    private static int lowerBound(String[] sorted, String key) {
        int lo = 0;
        int hi = sorted.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid].compareTo(key) < 0) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /// Distinct non-blank values of a text field, sorted ignoring case.
    List<String> distinct(java.util.function.Function<ProductSummary, String> field) {
        Set<String> seen = new HashSet<>();
        TreeSet<String> out = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        for (Doc d : docs) {
            if (d != null) {
                String v = field.apply(d.summary());
                if (v != null && !v.isBlank() && seen.add(v)) {
                    out.add(v);
                }
            }
        }
        return List.copyOf(out);
    }
}
