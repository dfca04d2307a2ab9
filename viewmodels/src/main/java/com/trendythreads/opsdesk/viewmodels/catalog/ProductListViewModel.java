package com.trendythreads.opsdesk.viewmodels.catalog;

import com.trendythreads.opsdesk.cache.LocalData;
import com.trendythreads.opsdesk.cache.catalog.CatalogIndex;
import com.trendythreads.opsdesk.cache.catalog.CatalogQuery;
import com.trendythreads.opsdesk.cache.catalog.CatalogQuery.SortKey;
import com.trendythreads.opsdesk.cache.catalog.ProductSummary;
import com.trendythreads.opsdesk.cache.media.MediaContent;
import com.trendythreads.opsdesk.cache.store.ChangeBus;
import com.trendythreads.opsdesk.viewmodels.common.Activatable;
import com.trendythreads.opsdesk.viewmodels.common.BackgroundTask;
import com.trendythreads.opsdesk.viewmodels.common.Command;
import com.trendythreads.opsdesk.viewmodels.common.I18n;
import com.trendythreads.opsdesk.viewmodels.common.Notifier;
import com.trendythreads.opsdesk.viewmodels.common.SettingsStore;
import com.trendythreads.opsdesk.viewmodels.common.TaskRunner;
import com.trendythreads.opsdesk.viewmodels.session.SessionState;
import com.trendythreads.opsdesk.viewmodels.session.SessionUser;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/// The product list: every cached product from the in-memory [CatalogIndex], searched and filtered as
/// the user types, sorted by any column, with a column chooser, saved views, export, and the catalog's
/// entry actions (new, bulk change, import, open). Live: a product changed by an edit or the sync
/// updates its row in place (same row object, so the table keeps it selected).
///
/// Searching runs on the calling (UI) thread on purpose: it is an in-memory lookup measured far below
/// a frame (p99 ≤ 16 ms at 50,000 products is the benchmark's bar), and a background hop per keystroke
/// would only add latency and out-of-order results.
public final class ProductListViewModel implements Activatable {

    private static final int THUMBNAILS_KEPT = 200;

    private final TaskRunner runner;
    private final I18n i18n;
    private final Notifier notifier;
    private final CatalogIndex index;
    private final MediaContent media;
    private final CatalogFormat format;
    private final ProductFilters filters;
    private final SavedViews savedViews;
    private final ProductExport export;
    private final ObservableList<ProductRowViewModel> rows = FXCollections.observableArrayList();
    private final Map<String, ProductRowViewModel> rowCache = new HashMap<>();
    private final ObservableList<String> selectedIds = FXCollections.observableArrayList();
    private final ObjectProperty<SortKey> sortKey = new SimpleObjectProperty<>(SortKey.TITLE);
    private final BooleanProperty ascending = new SimpleBooleanProperty(true);
    private final IntegerProperty lowStockThreshold = new SimpleIntegerProperty(CatalogQuery.DEFAULT_LOW_STOCK);
    private final Map<ProductColumn, BooleanProperty> visible = new EnumMap<>(ProductColumn.class);
    private final ReadOnlyStringWrapper countText = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper ready = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper canEdit;
    private final Map<String, byte[]> thumbnails = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, byte[]> eldest) {
            return size() > THUMBNAILS_KEPT;
        }
    };
    private final Command newProduct;
    private final Command bulkChange;
    private final Command importProducts;
    private CatalogNavigator navigator;
    private ChangeBus.Subscription subscription;

    @Inject
    public ProductListViewModel(SessionState sessionState, TaskRunner runner, I18n i18n, Notifier notifier,
                                SettingsStore settings) {
        this.runner = runner;
        this.i18n = i18n;
        this.notifier = notifier;
        SessionUser user = sessionState.current().user();
        LocalData data = sessionState.current().data();
        this.index = data.catalogIndex();
        this.media = data.media();
        this.format = new CatalogFormat(i18n);
        this.filters = new ProductFilters(i18n, format);
        this.savedViews = new SavedViews(settings, user.username());
        this.export = new ProductExport(runner, i18n, notifier, format,
                (file, count) -> data.audit().reportExport(file, "product", count, false));
        this.canEdit = new ReadOnlyBooleanWrapper(CatalogViewModel.mayEdit(user));
        for (ProductColumn c : ProductColumn.values()) {
            visible.put(c, new SimpleBooleanProperty(true));
        }
        newProduct = Command.of(() -> navigator().newProduct(), canEdit);
        bulkChange = Command.of(() -> navigator().openBulkChange(List.copyOf(selectedIds)),
                canEdit.and(Bindings.isNotEmpty(selectedIds)));
        importProducts = Command.of(() -> navigator().openImport(), canEdit);
        filters.onChange(o -> refresh());
        sortKey.addListener(o -> refresh());
        ascending.addListener(o -> refresh());
        lowStockThreshold.addListener(o -> refresh());
    }

    /// The workspace host that opens editors, bulk changes and imports (set once by the host).
    public void attach(CatalogNavigator host) {
        this.navigator = host;
    }

    private CatalogNavigator navigator() {
        if (navigator == null) {
            throw new IllegalStateException("The product list is not attached to the catalog workspace");
        }
        return navigator;
    }

    @Override
    public void activate() {
        if (subscription == null) {
            subscription = index.onChange(ids -> runner.ui().dispatch(() -> changed(ids)));
        }
        // Also on a later activation: changes made while the screen was hidden are caught up at once.
        index.start().whenComplete((v, e) -> runner.ui().dispatch(() -> {
            if (e != null) {
                notifier.error(i18n.get("catalog.loadFailed.title"), String.valueOf(e.getMessage()));
            } else {
                ready.set(true);
                changed(Set.of());
            }
        }));
    }

    @Override
    public void deactivate() {
        if (subscription != null) {
            subscription.close();
            subscription = null;
        }
    }

    /// What the index says changed: rows of changed products take their new state in place, then the
    /// query runs again (a product may now match, or no longer).
    private void changed(Set<String> ids) {
        if (!ready.get()) {
            return;
        }
        if (ids.isEmpty()) {
            rowCache.values().forEach(r -> index.get(r.id()).ifPresent(r::update));
        }
        boolean newValues = ids.isEmpty();
        for (String id : ids) {
            ProductRowViewModel row = rowCache.get(id);
            var now = index.get(id);
            if (row != null) {
                now.ifPresentOrElse(row::update, () -> rowCache.remove(id));
            }
            newValues |= now.map(s -> !hasOption(filters.brands(), s.brand()) || !hasOption(filters.seasons(), s.season()))
                    .orElse(false);
        }
        if (newValues) {
            filters.refreshOptions(index);
        }
        refresh();
    }

    private static boolean hasOption(List<FilterOption<String>> options, String value) {
        return value == null || value.isBlank() || options.stream().anyMatch(o -> value.equals(o.value()));
    }

    /// Runs the current query against the index and shows the result.
    public void refresh() {
        if (!ready.get()) {
            return;
        }
        CatalogIndex.Result result = index.search(query());
        List<ProductRowViewModel> next = new ArrayList<>(result.items().size());
        boolean same = result.items().size() == rows.size();
        for (ProductSummary s : result.items()) {
            ProductRowViewModel row = rowCache.computeIfAbsent(s.id(), id -> new ProductRowViewModel(s));
            if (row.summary() != s) {
                row.update(s);
            }
            same = same && rows.get(next.size()) == row;
            next.add(row);
        }
        if (!same) {
            rows.setAll(next);
        }
        countText.set(i18n.get("catalog.count", result.items().size(), result.total()));
    }

    private CatalogQuery query() {
        return filters.query(CatalogQuery.all().withStock(CatalogQuery.StockFilter.ANY, lowStockThreshold.get())
                .sortedBy(sortKey.get(), ascending.get()));
    }

    /// Opens the product of `row` in its editor tab.
    public void open(ProductRowViewModel row) {
        if (row != null) {
            navigator().openProduct(row.id());
        }
    }

    /// Loads the thumbnail of a row that became visible (once per image; recent ones are kept in memory).
    public void requestThumbnail(ProductRowViewModel row) {
        if (!row.needsThumbnail()) {
            return;
        }
        row.thumbnailRequested();
        String mediaId = row.summary().mainMediaId();
        byte[] cached = thumbnails.get(mediaId);
        if (cached != null) {
            row.thumbnail(cached.length == 0 ? null : cached);
            return;
        }
        BackgroundTask.of(() -> media.content(mediaId).orElse(new byte[0]))
                .onSuccess(bytes -> {
                    thumbnails.put(mediaId, bytes);
                    if (mediaId.equals(row.summary().mainMediaId())) {
                        row.thumbnail(bytes.length == 0 ? null : bytes);
                    }
                })
                .onFailure(e -> thumbnails.put(mediaId, new byte[0]))
                .runWith(runner);
    }

    /// Exports what the list shows now to `file` (.csv or .xlsx).
    public void exportTo(Path file) {
        export.run(file, rows.stream().map(ProductRowViewModel::summary).toList(), visibleColumns());
    }

    public List<ProductColumn> visibleColumns() {
        return visible.entrySet().stream().filter(e -> e.getValue().get()).map(Map.Entry::getKey).toList();
    }

    /// Saves the current search, filters, columns and sort under `name` (replacing a view of that name).
    public void saveView(String name) {
        if (name == null || name.isBlank()) {
            return;
        }
        savedViews.save(new SavedView(name.strip(), filters.textProperty().get(), filters.categoryProperty().get().value(),
                filters.brandProperty().get().value(), filters.seasonProperty().get().value(),
                filters.statusProperty().get().value(), filters.channelProperty().get().value(),
                filters.incompleteOnlyProperty().get(), filters.stockProperty().get().value(), visibleColumns(),
                sortKey.get(), ascending.get()));
    }

    public void applyView(SavedView view) {
        if (view == null) {
            return;
        }
        filters.apply(view);
        visible.forEach((c, p) -> p.set(view.visibleColumns().contains(c)));
        sortKey.set(view.sort());
        ascending.set(view.ascending());
    }

    public void deleteView(SavedView view) {
        if (view != null) {
            savedViews.delete(view);
        }
    }

    public ObservableList<SavedView> savedViews() {
        return savedViews.views();
    }

    public ObservableList<ProductRowViewModel> rows() {
        return rows;
    }

    /// The ids of the selected rows; the View keeps it in step with the table's selection.
    public ObservableList<String> selectedIds() {
        return selectedIds;
    }

    public ProductFilters filters() {
        return filters;
    }

    public CatalogFormat format() {
        return format;
    }

    public ProductExport export() {
        return export;
    }

    public BooleanProperty visibleProperty(ProductColumn column) {
        return visible.get(column);
    }

    public ObjectProperty<SortKey> sortKeyProperty() {
        return sortKey;
    }

    public BooleanProperty ascendingProperty() {
        return ascending;
    }

    /// "Low stock" means 1 to this many units available.
    public IntegerProperty lowStockThresholdProperty() {
        return lowStockThreshold;
    }

    /// "N of M products".
    public ReadOnlyStringProperty countTextProperty() {
        return countText.getReadOnlyProperty();
    }

    /// False until the index is built (the View shows a progress indicator meanwhile).
    public ReadOnlyBooleanProperty readyProperty() {
        return ready.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canEditProperty() {
        return canEdit.getReadOnlyProperty();
    }

    public Command newProductCommand() {
        return newProduct;
    }

    public Command bulkChangeCommand() {
        return bulkChange;
    }

    public Command importCommand() {
        return importProducts;
    }
}
