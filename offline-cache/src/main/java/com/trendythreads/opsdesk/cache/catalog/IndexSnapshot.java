package com.trendythreads.opsdesk.cache.catalog;

import com.trendythreads.opsdesk.cache.catalog.CatalogQuery.SortKey;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
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
/// products in order. A change builds the next snapshot; a search always sees one whole state.
final class IndexSnapshot {

    /// One product with its search keys, computed once when the product is indexed.
    record Doc(ProductSummary summary, String titleLower, String brandLower, String categoryLower,
               String seasonLower, String text, String[] words, String[] skus, String[] eans) {

        static Doc of(ProductSummary s) {
            String title = TextMatch.lower(s.title());
            String brand = TextMatch.lower(s.brand());
            String[] skus = s.skus().stream().map(TextMatch::lower).toArray(String[]::new);
            return new Doc(s, title, brand, TextMatch.lower(s.categoryName()), TextMatch.lower(s.season()),
                    title + " \u0001 " + brand, TextMatch.words(title, brand), skus, s.eans().toArray(String[]::new));
        }

        /// The same keys with a new summary whose text fields did not change (a stock change).
        Doc withSummary(ProductSummary s) {
            return new Doc(s, titleLower, brandLower, categoryLower, seasonLower, text, words, skus, eans);
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
    // One scratch area reused by consecutive searches (a search on another thread meanwhile makes its own).
    private final AtomicReference<Scratch> spare = new AtomicReference<>();

    private record Key(String key, int slot) {
    }

    private static final Comparator<Key> BY_KEY = Comparator.comparing(Key::key).thenComparingInt(Key::slot);

    /// Sorted keys (SKUs or EANs) and the slot of each.
    private record Keys(String[] keys, int[] slots) {

        static Keys of(List<Key> sorted) {
            String[] k = new String[sorted.size()];
            int[] s = new int[sorted.size()];
            for (int i = 0; i < k.length; i++) {
                k[i] = sorted.get(i).key();
                s[i] = sorted.get(i).slot();
            }
            return new Keys(k, s);
        }

        /// These keys without those of the `drop` slots, merged with `added` (sorted): O(n), no sort.
        Keys merge(boolean[] drop, List<Key> added) {
            String[] k = new String[keys.length + added.size()];
            int[] s = new int[k.length];
            int n = 0;
            int a = 0;
            for (int i = 0; i < keys.length; i++) {
                if (slots[i] < drop.length && drop[slots[i]]) {
                    continue;
                }
                while (a < added.size() && compare(added.get(a), keys[i], slots[i]) < 0) {
                    k[n] = added.get(a).key();
                    s[n++] = added.get(a++).slot();
                }
                k[n] = keys[i];
                s[n++] = slots[i];
            }
            while (a < added.size()) {
                k[n] = added.get(a).key();
                s[n++] = added.get(a++).slot();
            }
            return new Keys(Arrays.copyOf(k, n), Arrays.copyOf(s, n));
        }

        private static int compare(Key a, String key, int slot) {
            int c = a.key().compareTo(key);
            return c != 0 ? c : Integer.compare(a.slot(), slot);
        }
    }

    private IndexSnapshot(Doc[] docs, CategoryTree categories, Keys skus, Keys eans, int[][] orders) {
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
                    post.put(w, new int[] {1, slot, 0, 0});
                } else {
                    if (p[0] + 1 == p.length) {
                        p = Arrays.copyOf(p, p.length * 2);
                        post.put(w, p);
                    }
                    p[++p[0]] = slot;
                }
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
        this.skuKeys = skus.keys();
        this.skuSlots = skus.slots();
        this.eanKeys = eans.keys();
        this.eanSlots = eans.slots();
        this.order = orders != null ? orders : sortOrders();
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
        return new IndexSnapshot(docs, categories, Keys.of(Arrays.asList(s)), Keys.of(Arrays.asList(e)), null);
    }

    /// The next snapshot after the products in `changedSlots` changed (their new state is in `docs`).
    /// The sorted SKU and EAN keys and the title order are merged rather than sorted again: O(n)
    /// instead of O(n log n), so a live change of one product costs milliseconds.
    IndexSnapshot next(Doc[] newDocs, Set<Integer> changedSlots, CategoryTree newCategories) {
        List<Key> skus = new ArrayList<>();
        List<Key> eans = new ArrayList<>();
        boolean[] drop = new boolean[newDocs.length];
        List<Integer> added = new ArrayList<>();
        for (int slot : changedSlots) {
            if (slot < newDocs.length) {
                drop[slot] = true;
                addKeys(newDocs[slot], slot, skus, eans);
                if (newDocs[slot] != null) {
                    added.add(slot);
                }
            }
        }
        skus.sort(BY_KEY);
        eans.sort(BY_KEY);
        int[][] orders = new int[SortKey.values().length][];
        for (SortKey k : SortKey.values()) {
            Comparator<Integer> cmp = (x, y) -> compare(k, newDocs, x, y);
            added.sort(cmp);
            int[] prev = order[k.ordinal()];
            int[] merged = new int[prev.length + added.size()];
            int n = 0;
            int a = 0;
            for (int slot : prev) {
                if (slot < drop.length && drop[slot]) {
                    continue;
                }
                while (a < added.size() && compare(k, newDocs, added.get(a), slot) < 0) {
                    merged[n++] = added.get(a++);
                }
                merged[n++] = slot;
            }
            while (a < added.size()) {
                merged[n++] = added.get(a++);
            }
            orders[k.ordinal()] = Arrays.copyOf(merged, n);
        }
        return new IndexSnapshot(newDocs, newCategories, new Keys(skuKeys, skuSlots).merge(drop, skus),
                new Keys(eanKeys, eanSlots).merge(drop, eans), orders);
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

    // ---- sorting -------------------------------------------------------------------------------------

    /// Every column's order from scratch (the first build; later snapshots merge).
    private int[][] sortOrders() {
        int[][] out = new int[SortKey.values().length][];
        Integer[] slots = Arrays.stream(liveSlots()).boxed().toArray(Integer[]::new);
        for (SortKey k : SortKey.values()) {
            Integer[] sorted = slots.clone();
            Arrays.parallelSort(sorted, (a, b) -> compare(k, docs, a, b));
            out[k.ordinal()] = Arrays.stream(sorted).mapToInt(Integer::intValue).toArray();
        }
        return out;
    }

    /// The order of column `k`: its value (empty text and missing prices last), then title, then id.
    static int compare(SortKey k, Doc[] docs, int a, int b) {
        Doc x = docs[a];
        Doc y = docs[b];
        int c = switch (k) {
            case TITLE -> 0;
            case BRAND -> text(x.brandLower(), y.brandLower());
            case CATEGORY -> text(x.categoryLower(), y.categoryLower());
            case SEASON -> text(x.seasonLower(), y.seasonLower());
            case STATUS -> Integer.compare(status(x), status(y));
            case PRICE -> Long.compare(price(x), price(y));
            case VARIANTS -> Integer.compare(x.summary().variantCount(), y.summary().variantCount());
            case STOCK -> Integer.compare(x.summary().available(), y.summary().available());
            case COMPLETENESS -> Integer.compare(x.summary().completeness(), y.summary().completeness());
        };
        if (c != 0) {
            return c;
        }
        c = x.titleLower().compareTo(y.titleLower());
        return c != 0 ? c : x.summary().id().compareTo(y.summary().id());
    }

    private static int text(String a, String b) {
        if (a.isEmpty() != b.isEmpty()) {
            return a.isEmpty() ? 1 : -1;
        }
        return a.compareTo(b);
    }

    /// Statuses sort by name (active, archived, draft), like the other text columns.
    private static int status(Doc d) {
        return d.summary().status() == null ? Integer.MAX_VALUE : switch (d.summary().status()) {
            case ACTIVE -> 0;
            case ARCHIVED -> 1;
            case DRAFT -> 2;
        };
    }

    private static long price(Doc d) {
        Long p = d.summary().minPriceCents();
        return p == null ? Long.MAX_VALUE : p;
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

    // ---- search --------------------------------------------------------------------------------------

    private static final class Scratch {
        final byte[] acc;
        final byte[] term;

        Scratch(int n) {
            acc = new byte[n];
            term = new byte[n];
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
            markSubstrings(term, t, acc, n);
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
        // No sort per query: walk the column's precomputed order and drop each match into its tier's bucket.
        int[] counts = new int[TYPO + 1];
        for (int slot = 0; slot < n; slot++) {
            Doc d = docs[slot];
            if (d == null || acc[slot] == NONE || !passes(d, q, categorySet, brand)) {
                acc[slot] = NONE;
            } else {
                counts[acc[slot]]++;
            }
        }
        int[] next = new int[TYPO + 1];
        for (int t = 1; t <= TYPO; t++) {
            next[t] = next[t - 1] + counts[t - 1];
        }
        ProductSummary[] out = new ProductSummary[next[TYPO] + counts[TYPO]];
        int[] o = order[q.sort().ordinal()];
        for (int i = 0; i < live; i++) {
            int slot = o[q.ascending() ? i : live - 1 - i];
            byte tier = acc[slot];
            if (tier != NONE) {
                out[next[tier]++] = docs[slot].summary();
            }
        }
        return Collections.unmodifiableList(Arrays.asList(out));
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
        int from = lowerBound(keys, term);
        int to = lowerBound(keys, term + Character.MAX_VALUE);
        for (int i = from; i < to; i++) {
            byte tier = keys[i].length() == term.length() ? EXACT : PREFIX;
            if (tier < t[slots[i]]) {
                t[slots[i]] = tier;
            }
        }
    }

    /// Title and brand words starting with `term`.
    private void markWords(String term, byte[] t) {
        int to = lowerBound(vocab, term + Character.MAX_VALUE);
        for (int i = lowerBound(vocab, term); i < to; i++) {
            for (int slot : postings[i]) {
                if (PREFIX < t[slot]) {
                    t[slot] = PREFIX;
                }
            }
        }
    }

    /// Title or brand containing `term` elsewhere than at a word's start. A term of letters and digits
    /// lies inside one word, so the vocabulary (thousands of words) is scanned instead of every title.
    private void markSubstrings(String term, byte[] t, byte[] acc, int n) {
        if (TextMatch.isWord(term)) {
            for (int i = 0; i < vocab.length; i++) {
                if (vocab[i].length() > term.length() && vocab[i].indexOf(term, 1) > 0) {
                    for (int slot : postings[i]) {
                        if (t[slot] == NONE) {
                            t[slot] = SUBSTRING;
                        }
                    }
                }
            }
            return;
        }
        for (int slot = 0; slot < n; slot++) {
            if (t[slot] == NONE && acc[slot] != NONE && docs[slot] != null && docs[slot].text().contains(term)) {
                t[slot] = SUBSTRING;
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
