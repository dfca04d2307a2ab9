package com.trendythreads.opsdesk.viewmodels.inventory;

import com.trendythreads.opsdesk.api.dto.catalog.Category;
import com.trendythreads.opsdesk.cache.inventory.StockIndex;
import com.trendythreads.opsdesk.cache.inventory.StockIndex.Level;
import com.trendythreads.opsdesk.cache.io.TableFiles;
import com.trendythreads.opsdesk.cache.store.ResourceType;
import com.trendythreads.opsdesk.viewmodels.common.Activatable;
import com.trendythreads.opsdesk.viewmodels.common.BackgroundTask;
import com.trendythreads.opsdesk.viewmodels.common.I18n;
import com.trendythreads.opsdesk.viewmodels.common.Notifier;
import com.trendythreads.opsdesk.viewmodels.common.TaskRunner;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/// The stock grid: every SKU × location with on hand, committed, available and incoming, filtered by
/// location, category (with its sub-categories) and level (low / out / overstock), searched by SKU, EAN or
/// title as one types, exported as CSV or XLSX. Filtering runs over the in-memory [StockIndex] (no query
/// per keystroke); stock changes from the sync update the visible rows in place.
public final class StockGridViewModel implements Activatable {

    /// A category to filter by (`id` null: every category).
    public record CategoryChoice(String id, String name) {
        @Override
        public String toString() {
            return name;
        }
    }

    private final StockSource source;
    private final TaskRunner runner;
    private final Notifier notifier;
    private final I18n i18n;
    private final ObservableList<String> locations = FXCollections.observableArrayList();
    private final ObservableList<CategoryChoice> categories = FXCollections.observableArrayList();
    private final StringProperty location = new SimpleStringProperty("");
    private final ObjectProperty<CategoryChoice> category = new SimpleObjectProperty<>();
    private final ObjectProperty<Level> level = new SimpleObjectProperty<>(Level.ALL);
    private final StringProperty search = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper();
    private final ReadOnlyLongWrapper liveUpdates = new ReadOnlyLongWrapper();
    private final BooleanProperty loaded = new SimpleBooleanProperty();
    private final StockRows rows;
    private final AtomicLong generation = new AtomicLong();
    private final Map<String, String> categoryNames = new HashMap<>();
    private final Map<String, List<String>> children = new HashMap<>();
    private volatile StockIndex index;
    private Runnable unlisten;
    private long lastQueryMicros;

    @Inject
    public StockGridViewModel(StockSource source, TaskRunner runner, Notifier notifier, I18n i18n) {
        this.source = source;
        this.runner = runner;
        this.notifier = notifier;
        this.i18n = i18n;
        this.rows = new StockRows((idx, r) -> {
            StockIndex.Row row = idx.row(r);
            return new StockItem(row, categoryNames.get(row.categoryId()), source.settings().overstockWeeks());
        });
        location.addListener((o, a, b) -> requery());
        category.addListener((o, a, b) -> requery());
        level.addListener((o, a, b) -> requery());
        search.addListener((o, a, b) -> requery());
    }

    @Override
    public void activate() {
        if (unlisten == null) {
            unlisten = source.listen(this::applyChange);
        }
        if (index == null && !loading.get()) {
            load();
        }
    }

    @Override
    public void deactivate() {
        if (unlisten != null) {
            unlisten.run();
            unlisten = null;
        }
    }

    private record Loaded(StockIndex index, List<Category> categories) {
    }

    private void load() {
        BackgroundTask.of(() -> new Loaded(source.index(), source.data().reference().categories()))
                .onStart(() -> loading.set(true))
                .onSuccess(l -> {
                    categoryNames.clear();
                    children.clear();
                    List<CategoryChoice> choices = new ArrayList<>();
                    choices.add(new CategoryChoice(null, i18n.get("inventory.allCategories")));
                    for (Category c : l.categories()) {
                        categoryNames.put(c.id(), c.name());
                        children.computeIfAbsent(c.parentId(), k -> new ArrayList<>()).add(c.id());
                        choices.add(new CategoryChoice(c.id(), c.name()));
                    }
                    categories.setAll(choices);
                    if (category.get() == null) {
                        category.set(choices.getFirst());
                    }
                    List<String> locs = new ArrayList<>();
                    locs.add("");
                    locs.addAll(l.index().locations());
                    locations.setAll(locs);
                    index = l.index();
                    loaded.set(true);
                    requery();
                })
                .onFailure(e -> notifier.error(i18n.get("inventory.loadFailed"), String.valueOf(e.getMessage())))
                .onFinished(() -> loading.set(false))
                .runWith(runner);
    }

    /// Narrows the grid to one stock level (`<locationId>|<sku>`), as a link from another workspace asks:
    /// its location, its SKU as the search, every category and level.
    public void focus(String stockId) {
        ResourceType.StockKey key = ResourceType.parseStockId(stockId).orElse(null);
        if (key == null) {
            return;
        }
        level.set(Level.ALL);
        category.set(categories.isEmpty() ? null : categories.getFirst());
        location.set(key.locationId());
        search.set(key.sku());
    }

    /// The current filter as an index query.
    StockIndex.Query query() {
        CategoryChoice c = category.get();
        Set<String> cats = c == null || c.id() == null ? null : withDescendants(c.id());
        String loc = location.get() == null || location.get().isBlank() ? null : location.get();
        return new StockIndex.Query(loc, cats, level.get(), search.get(), null, null);
    }

    private Set<String> withDescendants(String id) {
        Set<String> out = new HashSet<>();
        List<String> todo = new ArrayList<>(List.of(id));
        while (!todo.isEmpty()) {
            String next = todo.removeLast();
            if (out.add(next)) {
                todo.addAll(children.getOrDefault(next, List.of()));
            }
        }
        return out;
    }

    private void requery() {
        StockIndex i = index;
        if (i == null) {
            return;
        }
        long gen = generation.incrementAndGet();
        StockIndex.Query q = query();
        BackgroundTask.of(() -> {
                    long t0 = System.nanoTime();
                    int[] found = i.query(q);
                    lastQueryMicros = (System.nanoTime() - t0) / 1_000;
                    return found;
                })
                .onSuccess(found -> {
                    if (gen == generation.get()) { // a newer keystroke's answer wins
                        rows.setRows(i, found);
                        summary.set(i18n.get("inventory.summary", found.length, i.size()));
                    }
                })
                .onFailure(e -> notifier.error(i18n.get("inventory.loadFailed"), String.valueOf(e.getMessage())))
                .runWith(runner);
    }

    /// Stock changed: update the items on screen, then filter again (a row may have left or joined).
    private void applyChange(StockSource.Change c) {
        if (c.reloaded()) {
            load(); // the old index stays on screen until the new one is there
            return;
        }
        StockIndex i = index;
        if (i == null) {
            return;
        }
        for (int r : c.rows()) {
            StockItem item = rows.madeFor(i, r);
            if (item != null) {
                item.update(i.row(r), source.settings().overstockWeeks());
            }
        }
        liveUpdates.set(liveUpdates.get() + c.rows().length);
        requery();
    }

    /// Writes the rows that match the filter to `file` (CSV or XLSX by its extension).
    public void export(Path file) {
        StockIndex i = index;
        if (i == null) {
            return;
        }
        int[] matched = rows.rows();
        List<String> header = List.of("SKU", "EAN", "Title", "Category", "Location", "Bin", "On hand", "Committed",
                "Available", "Incoming", "Reorder point", "Weeks of cover");
        BackgroundTask.ofRunnable(() -> report(file, matched.length, () -> TableFiles.write(file, header, new Iterator<List<?>>() {
                    private int n;

                    @Override
                    public boolean hasNext() {
                        return n < matched.length;
                    }

                    @Override
                    public List<?> next() {
                        StockIndex.Row r = i.row(matched[n++]);
                        List<Object> cells = new ArrayList<>(List.of(r.sku(), nz(r.ean()), nz(r.title()),
                                nz(categoryNames.get(r.categoryId())), r.locationId(), nz(r.bin()), r.onHand(),
                                r.committed(), r.available(), r.incoming()));
                        cells.add(r.reorderPoint());
                        cells.add(Double.isInfinite(r.weeksOfCover()) ? null
                                : Math.round(r.weeksOfCover() * 10) / 10.0);
                        return cells;
                    }
                })))
                .onSuccess(v -> notifier.info(i18n.get("inventory.exported", matched.length, file.getFileName())))
                .onFailure(e -> notifier.error(i18n.get("inventory.exportFailed"), String.valueOf(e.getMessage())))
                .runWith(runner);
    }

    /// Writes, then reports the export to the audit log through the outbox.
    private void report(Path file, int count, Runnable write) {
        write.run();
        source.data().audit().reportExport(file, "stock", count, false);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    /// The grid's rows (made as the grid shows them).
    public ObservableList<StockItem> rows() {
        return rows;
    }

    public ObservableList<String> locations() {
        return locations;
    }

    public ObservableList<CategoryChoice> categories() {
        return categories;
    }

    /// The location to show ("" for all).
    public StringProperty locationProperty() {
        return location;
    }

    public ObjectProperty<CategoryChoice> categoryProperty() {
        return category;
    }

    public ObjectProperty<Level> levelProperty() {
        return level;
    }

    /// SKU, EAN or title text to look for.
    public StringProperty searchProperty() {
        return search;
    }

    /// "n of m stock levels".
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    /// How many row updates arrived live since the screen opened.
    public ReadOnlyLongProperty liveUpdatesProperty() {
        return liveUpdates.getReadOnlyProperty();
    }

    public BooleanProperty loadedProperty() {
        return loaded;
    }

    /// The overstock threshold, for the filter's explanation.
    public String overstockExplanation() {
        return i18n.get("inventory.level.over.tooltip", (int) source.settings().overstockWeeks(),
                StockSource.COVER_DAYS);
    }

    /// Microseconds the last filter took over the index (for the status line and benchmarks).
    public long lastQueryMicros() {
        return lastQueryMicros;
    }
}
