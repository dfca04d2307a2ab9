package com.trendythreads.opsdesk.cache.catalog;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.trendythreads.opsdesk.api.Json;
import com.trendythreads.opsdesk.api.dto.catalog.Category;
import com.trendythreads.opsdesk.api.dto.catalog.Media;
import com.trendythreads.opsdesk.api.dto.catalog.Product;
import com.trendythreads.opsdesk.api.dto.catalog.Variant;
import com.trendythreads.opsdesk.cache.catalog.IndexSnapshot.Doc;
import com.trendythreads.opsdesk.cache.store.CacheDatabase;
import com.trendythreads.opsdesk.cache.store.CacheException;
import com.trendythreads.opsdesk.cache.store.ChangeBus;
import com.trendythreads.opsdesk.cache.store.TableChange;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/// Every cached product in memory, for the catalog list and search as you type.
///
/// SQL cannot answer "search as you type" fast enough at 300,000 SKUs (ARCHITECTURE.md: p99 161 ms
/// for `LIKE`), so the list searches this index instead: lower-cased titles and brands, a sorted
/// word vocabulary with postings (word prefixes and typos), sorted SKU and EAN keys (prefixes), and
/// the products' rank per sort column, all precomputed; a search allocates little beyond its result.
///
/// **Life cycle**: [#start()] subscribes to the cache's change notifications first and then builds
/// the index once from H2 on the executor (rows are streamed and each product document is dropped
/// once summarised). After that every committed change of `products`, `product_variant`, `stock` or
/// `categories` updates only the products it names, and the [#onChange] listeners hear which.
/// `LocalData` creates one per session; the catalog screen starts it when first shown (starting it
/// again is harmless).
///
/// Searches read an immutable snapshot and may run on any thread, also while an update is built.
public final class CatalogIndex implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(CatalogIndex.class);
    static final Set<String> TABLES = Set.of("products", "product_variant", "stock", "categories");
    private static final int BATCH = 500;

    /// The answer to a search.
    ///
    /// @param items the matching products: exact SKU/EAN matches, then prefix, substring and typo
    ///              matches, each group in the query's sort order
    /// @param total how many products the index holds
    public record Result(List<ProductSummary> items, int total) {
    }

    private final CacheDatabase db;
    private final Executor executor;
    private final ObjectMapper mapper = Json.mapper();
    private final Map<String, Integer> slotOf = new ConcurrentHashMap<>();
    private final CompletableFuture<Void> ready = new CompletableFuture<>();
    private final List<Consumer<Set<String>>> listeners = new CopyOnWriteArrayList<>();
    private final Object pendingLock = new Object();
    private final AtomicBoolean draining = new AtomicBoolean();
    private volatile IndexSnapshot snapshot = IndexSnapshot.build(new Doc[0], CategoryTree.EMPTY);
    private Pending pending = new Pending();
    private ChangeBus.Subscription subscription;
    private boolean started;
    private volatile boolean closed;

    /// What changed since the last update (guarded by `pendingLock`).
    private static final class Pending {
        boolean full;
        boolean allStock;
        boolean allCategories;
        final Set<String> products = new LinkedHashSet<>();
        final Set<String> skus = new HashSet<>();
        final Set<String> categories = new HashSet<>();

        boolean isEmpty() {
            return !full && !allStock && !allCategories && products.isEmpty() && skus.isEmpty()
                    && categories.isEmpty();
        }
    }

    /// An index over `db`, built and updated on virtual threads.
    public CatalogIndex(CacheDatabase db) {
        this(db, r -> Thread.ofVirtual().name("catalog-index").start(r));
    }

    /// An index over `db` that builds and updates on `executor` (tests pass `Runnable::run`: every
    /// update then happens inside the write that caused it, before the write returns).
    public CatalogIndex(CacheDatabase db, Executor executor) {
        this.db = Objects.requireNonNull(db, "db");
        this.executor = Objects.requireNonNull(executor, "executor");
    }

    private CatalogIndex(List<ProductSummary> products, Collection<Category> categories) {
        this.db = null;
        this.executor = Runnable::run;
        CategoryTree tree = new CategoryTree(categories);
        Doc[] docs = new Doc[products.size()];
        for (int i = 0; i < docs.length; i++) {
            docs[i] = Doc.of(products.get(i));
            slotOf.put(products.get(i).id(), i);
        }
        this.snapshot = IndexSnapshot.build(docs, tree);
        this.started = true;
        ready.complete(null);
    }

    /// A fixed index over known summaries, with no database behind it (benchmarks, screen tests).
    public static CatalogIndex of(List<ProductSummary> products, Collection<Category> categories) {
        return new CatalogIndex(products, categories);
    }

    /// Subscribes to changes and builds the index in the background (once; later calls return the same
    /// future). The future completes when the first build is done.
    public synchronized CompletableFuture<Void> start() {
        if (!started && !closed) {
            started = true;
            subscription = db.changes().subscribe(TABLES, this::onTableChange);
            synchronized (pendingLock) {
                pending.full = true;
            }
            schedule();
        }
        return ready;
    }

    /// Completes when the first build is done (it never completes before [#start()]).
    public CompletableFuture<Void> ready() {
        return ready;
    }

    public boolean isReady() {
        return ready.isDone() && !ready.isCompletedExceptionally();
    }

    /// Calls `listener` after every update with the ids of the products that changed (added, edited,
    /// removed, restocked); an empty set means "anything may have changed" (the first build). It runs on
    /// the index's thread: a screen hands it to its UI dispatcher. Close the result to stop.
    public ChangeBus.Subscription onChange(Consumer<Set<String>> listener) {
        Objects.requireNonNull(listener, "listener");
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    /// Products matching `query`, ranked and sorted. Empty until the first build is done.
    public Result search(CatalogQuery query) {
        IndexSnapshot s = snapshot;
        return new Result(s.search(query), s.live);
    }

    public Optional<ProductSummary> get(String id) {
        IndexSnapshot s = snapshot;
        Integer slot = slotOf.get(id);
        if (slot == null || slot >= s.docs.length || s.docs[slot] == null) {
            return Optional.empty();
        }
        ProductSummary p = s.docs[slot].summary();
        return p.id().equals(id) ? Optional.of(p) : Optional.empty();
    }

    /// How many products the index holds.
    public int size() {
        return snapshot.live;
    }

    /// The cached categories as of the last update.
    public CategoryTree categories() {
        return snapshot.categories;
    }

    /// The brands of the indexed products, sorted ignoring case.
    public List<String> brands() {
        return snapshot.distinct(ProductSummary::brand);
    }

    /// The seasons of the indexed products, sorted.
    public List<String> seasons() {
        return snapshot.distinct(ProductSummary::season);
    }

    @Override
    public synchronized void close() {
        closed = true;
        if (subscription != null) {
            subscription.close();
            subscription = null;
        }
        listeners.clear();
    }

    // ---- keeping it current --------------------------------------------------------------------------

    private void onTableChange(TableChange c) {
        synchronized (pendingLock) {
            switch (c.table()) {
                case "products" -> {
                    if (c.all()) {
                        pending.full = true;
                    } else {
                        pending.products.addAll(c.ids());
                    }
                }
                case "categories" -> {
                    if (c.all()) {
                        pending.allCategories = true;
                    } else {
                        pending.categories.addAll(c.ids());
                    }
                }
                case "stock" -> {
                    if (c.all()) {
                        pending.allStock = true;
                    } else {
                        // stock ids are "<locationId>|<sku>"
                        c.ids().forEach(id -> pending.skus.add(id.substring(id.indexOf('|') + 1)));
                    }
                }
                default -> { // product_variant: its ids are SKUs
                    if (c.all()) {
                        pending.full = true;
                    } else {
                        pending.skus.addAll(c.ids());
                    }
                }
            }
        }
        schedule();
    }

    private void schedule() {
        if (draining.compareAndSet(false, true)) {
            executor.execute(this::drain);
        }
    }

    /// Applies what is pending until nothing is; changes arriving meanwhile are coalesced.
    private void drain() {
        while (true) {
            Pending p;
            synchronized (pendingLock) {
                p = pending;
                pending = new Pending();
                if (p.isEmpty() || closed) {
                    draining.set(false);
                    return;
                }
            }
            try {
                if (p.full || !ready.isDone()) {
                    fullBuild();
                } else {
                    update(p);
                }
            } catch (RuntimeException e) {
                if (closed) {
                    log.debug("Catalog index update after close ignored", e);
                } else {
                    log.warn("Updating the catalog index failed", e);
                    ready.completeExceptionally(e);
                }
            }
        }
    }

    private void fullBuild() {
        long t0 = System.nanoTime();
        CategoryTree cats = loadCategories();
        Map<String, Integer> available = new HashMap<>();
        db.read(h -> {
            h.createQuery("""
                    SELECT v.product_id, SUM(s.available) FROM stock s JOIN product_variant v ON v.sku = s.sku
                    GROUP BY v.product_id""")
                    .map((rs, ctx) -> available.put(rs.getString(1), rs.getInt(2))).forEach(x -> { });
            return null;
        });
        List<Doc> docs = new ArrayList<>();
        db.read(h -> {
            h.createQuery("SELECT doc FROM products").setFetchSize(BATCH).mapTo(String.class)
                    .forEach(json -> {
                        Product p = parse(json);
                        docs.add(Doc.of(summary(p, cats, available.getOrDefault(p.id(), 0))));
                    });
            return null;
        });
        Doc[] arr = docs.toArray(Doc[]::new);
        slotOf.clear();
        for (int i = 0; i < arr.length; i++) {
            slotOf.put(arr[i].summary().id(), i);
        }
        snapshot = IndexSnapshot.build(arr, cats);
        ready.complete(null);
        log.info("Catalog index built: {} products in {} ms", arr.length, (System.nanoTime() - t0) / 1_000_000);
        fire(Set.of());
    }

    private void update(Pending p) {
        IndexSnapshot s = snapshot;
        CategoryTree cats = s.categories;
        Set<String> productIds = new LinkedHashSet<>(p.products);
        if (p.allCategories || !p.categories.isEmpty()) {
            cats = loadCategories();
            // Their products show the category's name and are complete by its attributes: read them again.
            for (Doc d : s.docs) {
                if (d != null && (p.allCategories || p.categories.contains(d.summary().categoryId()))) {
                    productIds.add(d.summary().id());
                }
            }
        }
        Set<String> restocked = new LinkedHashSet<>();
        if (p.allStock) {
            slotOf.keySet().forEach(restocked::add);
        } else {
            for (String sku : p.skus) {
                int slot = s.slotOfSku(TextMatch.lower(sku));
                if (slot >= 0) {
                    restocked.add(s.docs[slot].summary().id());
                }
            }
        }
        restocked.removeAll(productIds);
        Set<String> all = new LinkedHashSet<>(productIds);
        all.addAll(restocked);
        Map<String, Integer> available = available(all);
        Map<String, Product> found = products(productIds);

        Doc[] docs = Arrays.copyOf(s.docs, s.docs.length + productIds.size());
        int next = s.docs.length;
        Set<Integer> changedSlots = new HashSet<>();
        Set<String> changed = new LinkedHashSet<>();
        for (String id : productIds) {
            Product pr = found.get(id);
            Integer slot = slotOf.get(id);
            if (pr == null) {
                if (slot != null) {
                    docs[slot] = null;
                    slotOf.remove(id);
                    changedSlots.add(slot);
                    changed.add(id);
                }
                continue;
            }
            if (slot == null) {
                slot = next++;
                slotOf.put(id, slot);
            }
            docs[slot] = Doc.of(summary(pr, cats, available.getOrDefault(id, 0)));
            changedSlots.add(slot);
            changed.add(id);
        }
        for (String id : restocked) {
            Integer slot = slotOf.get(id);
            int units = available.getOrDefault(id, 0);
            if (slot != null && docs[slot] != null && docs[slot].summary().available() != units) {
                Doc d = docs[slot];
                docs[slot] = d.withSummary(d.summary().withAvailable(units));
                changedSlots.add(slot);
                changed.add(id);
            }
        }
        if (changed.isEmpty() && cats == s.categories) {
            return;
        }
        docs = Arrays.copyOf(docs, next);
        if (docs.length > 1_000 && slotOf.size() < docs.length * 3 / 4) {
            // Removed products leave holes; past a quarter of the slots, pack them.
            snapshot = compact(docs, cats);
        } else {
            snapshot = s.next(docs, changedSlots, cats);
        }
        fire(changed);
    }

    private IndexSnapshot compact(Doc[] docs, CategoryTree cats) {
        Doc[] packed = Arrays.stream(docs).filter(Objects::nonNull).toArray(Doc[]::new);
        slotOf.clear();
        for (int i = 0; i < packed.length; i++) {
            slotOf.put(packed[i].summary().id(), i);
        }
        return IndexSnapshot.build(packed, cats);
    }

    private void fire(Set<String> changed) {
        Set<String> ids = Set.copyOf(changed);
        for (Consumer<Set<String>> l : listeners) {
            try {
                l.accept(ids);
            } catch (RuntimeException e) {
                log.error("A catalog index listener failed", e);
            }
        }
    }

    // ---- reading H2 ----------------------------------------------------------------------------------

    private CategoryTree loadCategories() {
        List<String> docs = db.read(h -> h.createQuery("SELECT doc FROM categories").mapTo(String.class).list());
        List<Category> cats = new ArrayList<>(docs.size());
        for (String d : docs) {
            try {
                cats.add(mapper.readValue(d, Category.class));
            } catch (JsonProcessingException e) {
                throw new CacheException("A stored category cannot be read: " + e.getOriginalMessage(), e);
            }
        }
        return new CategoryTree(cats);
    }

    private Map<String, Integer> available(Set<String> productIds) {
        Map<String, Integer> out = new HashMap<>();
        for (List<String> batch : batches(productIds)) {
            db.read(h -> {
                h.createQuery("""
                        SELECT v.product_id, SUM(s.available) FROM product_variant v JOIN stock s ON s.sku = v.sku
                        WHERE v.product_id IN (<ids>) GROUP BY v.product_id""")
                        .bindList("ids", batch)
                        .map((rs, ctx) -> out.put(rs.getString(1), rs.getInt(2))).forEach(x -> { });
                return null;
            });
        }
        return out;
    }

    private Map<String, Product> products(Set<String> ids) {
        Map<String, Product> out = new HashMap<>();
        for (List<String> batch : batches(ids)) {
            db.read(h -> {
                h.createQuery("SELECT doc FROM products WHERE id IN (<ids>)").bindList("ids", batch)
                        .mapTo(String.class).forEach(json -> {
                            Product p = parse(json);
                            out.put(p.id(), p);
                        });
                return null;
            });
        }
        return out;
    }

    private static List<List<String>> batches(Set<String> ids) {
        List<String> all = new ArrayList<>(ids);
        List<List<String>> out = new ArrayList<>();
        for (int i = 0; i < all.size(); i += BATCH) {
            out.add(all.subList(i, Math.min(all.size(), i + BATCH)));
        }
        return out;
    }

    private Product parse(String json) {
        try {
            return mapper.readValue(json, Product.class);
        } catch (JsonProcessingException e) {
            throw new CacheException("A stored product cannot be read: " + e.getOriginalMessage(), e);
        }
    }

    /// The list's view of `p`.
    static ProductSummary summary(Product p, CategoryTree cats, int available) {
        List<Variant> variants = p.variants() == null ? List.of() : p.variants();
        Long min = null;
        Long max = null;
        List<String> skus = new ArrayList<>(variants.size());
        List<String> eans = new ArrayList<>(variants.size());
        int count = 0;
        for (Variant v : variants) {
            if (v == null) {
                continue;
            }
            count++;
            if (v.sku() != null) {
                skus.add(v.sku());
            }
            if (v.ean() != null && !v.ean().isBlank()) {
                eans.add(v.ean());
            }
            if (v.priceCents() != null) {
                min = min == null ? v.priceCents() : Math.min(min, v.priceCents());
                max = max == null ? v.priceCents() : Math.max(max, v.priceCents());
            }
        }
        String main = p.mainMediaId();
        if (main == null && p.media() != null && !p.media().isEmpty()) {
            main = p.media().stream().filter(Objects::nonNull).min(Comparator.comparingInt(Media::position))
                    .map(Media::id).orElse(null);
        }
        Category category = cats.get(p.categoryId());
        return new ProductSummary(p.id(), p.title(), p.brand(), p.categoryId(),
                category == null ? null : category.name(), p.season(), p.status(), p.channels(), min, max, count,
                available, Completeness.overallPercent(p, category), main, skus, eans, p.version());
    }
}
