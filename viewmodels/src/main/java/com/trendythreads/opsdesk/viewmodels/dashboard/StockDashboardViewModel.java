package com.trendythreads.opsdesk.viewmodels.dashboard;

import com.trendythreads.opsdesk.api.dto.inventory.Location;
import com.trendythreads.opsdesk.cache.inventory.StockIndex;
import com.trendythreads.opsdesk.cache.kpi.DrillTable.Target;
import com.trendythreads.opsdesk.cache.kpi.StockDashboardData;
import com.trendythreads.opsdesk.cache.kpi.StockDashboardData.Cell;
import com.trendythreads.opsdesk.cache.kpi.StockDashboardData.Filter;
import com.trendythreads.opsdesk.cache.kpi.StockDashboardData.Heatmap;
import com.trendythreads.opsdesk.cache.kpi.StockDashboardData.Lists;
import com.trendythreads.opsdesk.cache.kpi.StockDashboardData.Measure;
import com.trendythreads.opsdesk.cache.store.ResourceType;
import com.trendythreads.opsdesk.viewmodels.common.Activatable;
import com.trendythreads.opsdesk.viewmodels.common.CoalescingLoad;
import com.trendythreads.opsdesk.viewmodels.common.Command;
import com.trendythreads.opsdesk.viewmodels.common.LiveSubscription;
import com.trendythreads.opsdesk.viewmodels.common.I18n;
import com.trendythreads.opsdesk.viewmodels.common.Notifier;
import com.trendythreads.opsdesk.viewmodels.common.TaskRunner;
import com.trendythreads.opsdesk.viewmodels.inventory.StockSource;
import com.trendythreads.opsdesk.viewmodels.shell.RecordLinks;
import jakarta.inject.Inject;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/// The stock dashboard: a category × location heatmap of weeks of cover or availability, the levels
/// forecast to run out, the overstocked ones and the styles missing sizes, for a location and category.
/// Clicking a heatmap cell narrows the lists to it; a list row opens its stock level in inventory or its
/// product in the catalog ([RecordLinks]). Live: every stock change the shared [StockSource] applies
/// recomputes the figures (a scan of its in-memory index, off the UI thread).
public final class StockDashboardViewModel implements Activatable {

    /// Rows shown per list.
    public static final int LIST_LIMIT = 25;
    /// A category to filter by (`id` null: every category).
    public record CategoryChoice(String id, String label) {
        @Override
        public String toString() {
            return label;
        }
    }

    /// The heatmap cell the lists are narrowed to.
    public record CellKey(String categoryId, String locationId) {
    }

    /// What one computation found; the locations and category choices only on the first.
    private record Result(StockDashboardData data, Heatmap heatmap, Lists lists, List<Location> locations,
                          List<CategoryChoice> categories, List<String> indexLocations) {
    }

    private final StockSource source;
    private final TaskRunner runner;
    private final Notifier notifier;
    private final I18n i18n;
    private final RecordLinks links;
    private final ObservableList<String> locations = FXCollections.observableArrayList();
    private final ObservableList<CategoryChoice> categories = FXCollections.observableArrayList();
    private final ObservableList<String> columns = FXCollections.observableArrayList();
    private final ObservableList<HeatmapRowItem> heatmap = FXCollections.observableArrayList();
    private final ObservableList<StockLineItem> lowStock = FXCollections.observableArrayList();
    private final ObservableList<StockLineItem> overstock = FXCollections.observableArrayList();
    private final ObservableList<SizeCurveItem> sizeCurves = FXCollections.observableArrayList();
    private final StringProperty location = new SimpleStringProperty("");
    private final ObjectProperty<CategoryChoice> category = new SimpleObjectProperty<>();
    private final ObjectProperty<Measure> measure = new SimpleObjectProperty<>(Measure.WEEKS_OF_COVER);
    private final ReadOnlyObjectWrapper<CellKey> selectedCell = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper lowStockTitle = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper overstockTitle = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper sizeCurvesTitle = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper scope = new ReadOnlyStringWrapper("");
    private final Map<String, String> locationNames = new HashMap<>();
    private final CoalescingLoad<Result> computation;
    private final Command refresh;
    private volatile StockDashboardData data;
    private Heatmap lastHeatmap;
    private Runnable unlisten;
    private final LiveSubscription catalogChanges = new LiveSubscription();

    @Inject
    public StockDashboardViewModel(StockSource source, TaskRunner runner, Notifier notifier, I18n i18n,
                                   RecordLinks links) {
        this.source = source;
        this.runner = runner;
        this.notifier = notifier;
        this.i18n = i18n;
        this.links = links;
        this.computation = CoalescingLoad.latestOf(runner, this::prepare, this::show,
                e -> notifier.error(i18n.get("stockdash.loadFailed"), String.valueOf(e.getMessage())));
        this.refresh = Command.of(this::recompute);
        location.addListener((o, a, b) -> filtersChanged());
        category.addListener((o, a, b) -> filtersChanged());
        measure.addListener((o, a, b) -> showHeatmap(lastHeatmap));
    }

    @Override
    public void activate() {
        if (unlisten == null) {
            unlisten = source.listen(c -> recompute());
        }
        // A product put on or taken off sale, a new variant or category changes which SKUs count: the
        // product facts are read again (stock moves come through the index above).
        catalogChanges.open(() -> source.data().db().changes().subscribe(
                Set.of(ResourceType.PRODUCT.table(), ResourceType.CATEGORY.table()),
                c -> runner.ui().dispatch(this::catalogChanged)));
        recompute();
    }

    @Override
    public void deactivate() {
        if (unlisten != null) {
            unlisten.run();
            unlisten = null;
        }
        catalogChanges.close();
    }

    private void catalogChanged() {
        data = null;
        recompute();
    }

    private void filtersChanged() {
        selectedCell.set(null);
        recompute();
    }

    /// Narrows the lists to one heatmap cell; the same cell again widens them back to the filters.
    public void selectCell(String categoryId, String locationId) {
        CellKey key = new CellKey(categoryId, locationId);
        selectedCell.set(key.equals(selectedCell.get()) ? null : key);
        recompute();
    }

    /// Opens a low-stock or overstock row's stock level in the inventory workspace.
    public void open(StockLineItem item) {
        if (item != null) {
            links.open(Target.STOCK, item.stockId());
        }
    }

    /// Opens a style's product in the catalog.
    public void open(SizeCurveItem item) {
        if (item != null) {
            links.open(Target.PRODUCT, item.productId());
        }
    }

    /// One computation at a time: a change or filter arriving meanwhile asks for one more run after it (live
    /// stock events may come faster than a scan of a large index), and only a current answer is shown.
    private void recompute() {
        computation.run();
    }

    /// Reads the filters on the UI thread; the returned work runs in the background.
    private Callable<Result> prepare() {
        String loc = blankToNull(location.get());
        CategoryChoice cat = category.get();
        CellKey cell = selectedCell.get();
        boolean first = data == null;
        return () -> {
            StockIndex index = source.index();
            StockDashboardData d = first ? StockDashboardData.load(source.data().db()) : data;
            Set<String> cats = cat == null || cat.id() == null ? Set.of() : d.subtree(cat.id());
            Heatmap map = d.heatmap(index, new Filter(loc, cats));
            Filter listFilter = cell == null ? new Filter(loc, cats)
                    : new Filter(cell.locationId(), Set.of(cell.categoryId()));
            Lists lists = d.lists(index, source.history(), listFilter, source.settings().overstockWeeks(),
                    LIST_LIMIT);
            return new Result(d, map, lists, first ? source.data().reference().locations() : List.of(),
                    first ? choices(d) : List.of(), index.locations());
        };
    }

    /// The category choices (off the UI thread: it reads the cache).
    private List<CategoryChoice> choices(StockDashboardData d) {
        List<CategoryChoice> out = new ArrayList<>();
        out.add(new CategoryChoice(null, i18n.get("stockdash.allCategories")));
        source.data().reference().categories().stream()
                .map(c -> new CategoryChoice(c.id(), d.categoryLabel(c.id())))
                .sorted(Comparator.comparing(CategoryChoice::label))
                .forEach(out::add);
        return out;
    }

    private void show(Result r) {
        if (data == null) {
            data = r.data();
            fillChoices(r);
        }
        showHeatmap(r.heatmap());
        Lists l = r.lists();
        // within 8 weeks the year goes without saying; the weekday helps plan a delivery
        DateTimeFormatter date = DateTimeFormatter.ofPattern(i18n.get("stockdash.datePattern"), i18n.locale());
        lowStock.setAll(l.lowStock().stream().map(s -> new StockLineItem(s.stockId(), s.sku(), s.title(),
                s.locationId(), s.available(), date.format(s.stockOut()),
                i18n.get("stockdash.perDay", s.dailyDemand()))).toList());
        overstock.setAll(l.overstock().stream().map(o -> new StockLineItem(o.stockId(), o.sku(), o.title(),
                o.locationId(), o.available(), i18n.get("stockdash.excess", o.excess()),
                o.weeksOfCover() == null ? i18n.get("stockdash.noSales")
                        : i18n.get("stockdash.weeks", o.weeksOfCover()))).toList());
        sizeCurves.setAll(l.sizeCurves().stream().map(c -> new SizeCurveItem(c.productId(), c.title(), c.colour(),
                c.locationId(),
                c.sizes().stream().map(z -> new SizeCurveItem.Size(z.size(), z.available())).toList(),
                i18n.get("stockdash.missing", String.join(", ", c.missing())))).toList());
        lowStockTitle.set(i18n.get("stockdash.lowStock.title", l.lowStockTotal()));
        overstockTitle.set(i18n.get("stockdash.overstock.title", l.overstockTotal()));
        sizeCurvesTitle.set(i18n.get("stockdash.sizeCurves.title", l.brokenStyles(), l.styles()));
        CellKey cell = selectedCell.get();
        scope.set(cell == null ? i18n.get("stockdash.scope.filters")
                : i18n.get("stockdash.scope.cell", data.categoryLabel(cell.categoryId()), locationName(cell.locationId())));
    }

    private void fillChoices(Result r) {
        for (Location l : r.locations()) {
            locationNames.put(l.id(), l.name());
        }
        List<String> locs = new ArrayList<>();
        locs.add("");
        locs.addAll(r.indexLocations());
        // Filled again after a catalog change: unchanged choices stay, so the pickers keep their selection.
        if (!locations.equals(locs)) {
            locations.setAll(locs);
        }
        if (!categories.equals(r.categories())) {
            categories.setAll(r.categories());
        }
    }

    private void showHeatmap(Heatmap map) {
        lastHeatmap = map;
        if (map == null || data == null) {
            return;
        }
        Measure m = measure.get();
        columns.setAll(map.locationIds());
        List<HeatmapRowItem> rows = new ArrayList<>();
        for (String cat : map.categoryIds()) {
            List<HeatmapRowItem.Cell> cells = new ArrayList<>();
            for (String loc : map.locationIds()) {
                cells.add(cellItem(cat, loc, map.cell(cat, loc), m));
            }
            rows.add(new HeatmapRowItem(cat, data.categoryLabel(cat), cells));
        }
        heatmap.setAll(rows);
    }

    private HeatmapRowItem.Cell cellItem(String cat, String loc, Cell c, Measure m) {
        if (c == null) {
            return new HeatmapRowItem.Cell(cat, loc, "", i18n.get("stockdash.cell.empty"), HeatmapRowItem.Band.NONE);
        }
        String tooltip = i18n.get("stockdash.cell.tooltip", data.categoryLabel(cat), locationName(loc), c.levels(),
                c.inStock(), c.available(), c.weeklyDemand());
        return new HeatmapRowItem.Cell(cat, loc, HeatmapCells.text(c, m, i18n), tooltip,
                HeatmapCells.band(c, m, source.settings().overstockWeeks()));
    }

    /// A location's name (its id when the cache has no name).
    public String locationName(String id) {
        return id == null || id.isEmpty() ? i18n.get("stockdash.allLocations") : locationNames.getOrDefault(id, id);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    public ObservableList<String> locations() {
        return locations;
    }

    public ObservableList<CategoryChoice> categories() {
        return categories;
    }

    /// The heatmap's location columns (ids), in the rows' cell order.
    public ObservableList<String> columns() {
        return columns;
    }

    public ObservableList<HeatmapRowItem> heatmap() {
        return heatmap;
    }

    public ObservableList<StockLineItem> lowStock() {
        return lowStock;
    }

    public ObservableList<StockLineItem> overstock() {
        return overstock;
    }

    public ObservableList<SizeCurveItem> sizeCurves() {
        return sizeCurves;
    }

    /// The location filter: an id, or "" for all.
    public StringProperty locationProperty() {
        return location;
    }

    public ObjectProperty<CategoryChoice> categoryProperty() {
        return category;
    }

    public ObjectProperty<Measure> measureProperty() {
        return measure;
    }

    public ReadOnlyObjectProperty<CellKey> selectedCellProperty() {
        return selectedCell.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty lowStockTitleProperty() {
        return lowStockTitle.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty overstockTitleProperty() {
        return overstockTitle.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty sizeCurvesTitleProperty() {
        return sizeCurvesTitle.getReadOnlyProperty();
    }

    /// What the lists show: the filters, or the selected cell.
    public ReadOnlyStringProperty scopeProperty() {
        return scope.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return computation.busyProperty();
    }

    public Command refreshCommand() {
        return refresh;
    }
}
