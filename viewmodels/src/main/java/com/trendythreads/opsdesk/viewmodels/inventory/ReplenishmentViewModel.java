package com.trendythreads.opsdesk.viewmodels.inventory;

import com.trendythreads.opsdesk.api.dto.inventory.StockLevel;
import com.trendythreads.opsdesk.cache.inventory.DemandForecast;
import com.trendythreads.opsdesk.cache.inventory.Replenishment;
import com.trendythreads.opsdesk.cache.inventory.SalesHistory;
import com.trendythreads.opsdesk.cache.inventory.StockIndex;
import com.trendythreads.opsdesk.cache.io.TableFiles;
import com.trendythreads.opsdesk.viewmodels.common.BackgroundTask;
import com.trendythreads.opsdesk.viewmodels.common.Command;
import com.trendythreads.opsdesk.viewmodels.common.I18n;
import com.trendythreads.opsdesk.viewmodels.common.Notifier;
import com.trendythreads.opsdesk.viewmodels.common.TaskRunner;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/// Replenishment for one location: a demand forecast per SKU from the cached daily sales ([DemandForecast]),
/// the predicted stock-out date, weeks of cover and a suggested order quantity from the lead time (a
/// setting) and the reorder point ([Replenishment]); exported as CSV. Soonest stock-outs first.
public final class ReplenishmentViewModel {

    /// Days the forecast looks ahead for a stock-out.
    public static final int HORIZON_DAYS = 56;

    /// One SKU's suggestion, as shown.
    public record SuggestionItem(String sku, String title, int available, int incoming, Integer reorderPoint,
                                 double perDay, String method, String cover /* empty: no sales */, LocalDate stockOut, String stockOutText,
                                 int suggested, String supplierId, int leadDays, String leadSource) {
    }

    private final StockSource source;
    private final TaskRunner runner;
    private final Notifier notifier;
    private final I18n i18n;
    private final ObservableList<String> locations = FXCollections.observableArrayList();
    private final StringProperty location = new SimpleStringProperty();
    private final StringProperty leadTimeDays = new SimpleStringProperty();
    private final BooleanProperty onlyToOrder = new SimpleBooleanProperty(true);
    private final ObservableList<SuggestionItem> suggestions = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final Command compute;
    private List<SuggestionItem> all = List.of();
    // lane supply: "Create POs" on selected rows, and the POs it made (the Inventory view opens them)
    private final ObservableList<SuggestionItem> selected = FXCollections.observableArrayList();
    private final ObservableList<String> createdOrders = FXCollections.observableArrayList();
    private final Command createOrders;

    @Inject
    public ReplenishmentViewModel(StockSource source, TaskRunner runner, Notifier notifier, I18n i18n) {
        this.source = source;
        this.runner = runner;
        this.notifier = notifier;
        this.i18n = i18n;
        leadTimeDays.set(Integer.toString(source.settings().leadTimeDays()));
        compute = Command.of(this::compute, Bindings.createBooleanBinding(() -> location.get() != null
                && leadTime() >= 0 && !busy.get(), location, leadTimeDays, busy));
        onlyToOrder.addListener((o, a, b) -> show());
        createOrders = Command.of(this::createOrders, Bindings.createBooleanBinding(() -> !selected.isEmpty()
                && !busy.get() && source.may("createPurchaseOrder"), selected, busy));
    }

    private int leadTime() {
        try {
            return Integer.parseInt(leadTimeDays.get().trim());
        } catch (NumberFormatException | NullPointerException e) {
            return -1;
        }
    }

    /// Loads the locations; the first warehouse is chosen.
    public void load() {
        BackgroundTask.of(() -> source.index().locations())
                .onSuccess(locs -> {
                    locations.setAll(locs);
                    if (location.get() == null && !locs.isEmpty()) {
                        location.set(locs.stream().filter(l -> l.startsWith("WH")).findFirst().orElse(locs.getFirst()));
                    }
                })
                .onFailure(e -> notifier.error(i18n.get("inventory.loadFailed"), String.valueOf(e.getMessage())))
                .runWith(runner);
    }

    private void compute() {
        String loc = location.get();
        int lead = leadTime();
        source.settings().setLeadTimeDays(lead);
        BackgroundTask.of(() -> suggestionsFor(loc, lead))
                .onStart(() -> busy.set(true))
                .onSuccess(list -> {
                    all = list;
                    show();
                })
                .onFailure(e -> notifier.error(i18n.get("inventory.loadFailed"), String.valueOf(e.getMessage())))
                .onFinished(() -> busy.set(false))
                .runWith(runner);
    }

    private List<SuggestionItem> suggestionsFor(String loc, int lead) {
        StockIndex index = source.index();
        SalesHistory history = source.history();
        Map<String, StockLevel> levels = source.store().levelsAt(loc);
        LocalDate today = history.end();
        SupplierLeadTimes leadTimes = SupplierLeadTimes.load(source.data().supply(), index, loc, lead);
        DateTimeFormatter f = DateTimeFormatter.ofLocalizedDate(FormatStyle.SHORT).withLocale(i18n.locale());
        List<SuggestionItem> out = new ArrayList<>();
        for (int r : index.query(StockIndex.Query.ALL.withLocation(loc))) {
            StockIndex.Row row = index.row(r);
            StockLevel level = levels.get(row.sku());
            Integer reorderQty = level == null ? null : level.reorderQty();
            DemandForecast.Result fc = DemandForecast.forecast(history.daily(loc, row.sku()), HORIZON_DAYS);
            int rp = row.reorderPoint() == null ? 0 : row.reorderPoint();
            SupplierLeadTimes.Lead l = leadTimes.of(row.sku());
            Replenishment.Suggestion s = Replenishment.suggest(fc, row.available(), row.incoming(), rp, reorderQty,
                    l.days(), today, HORIZON_DAYS);
            out.add(new SuggestionItem(row.sku(), row.title(), row.available(), row.incoming(), row.reorderPoint(),
                    s.meanDailyDemand(), i18n.get("inventory.forecast.method." + fc.method().name()),
                    Double.isInfinite(s.weeksOfCover()) ? "" : String.format(i18n.locale(), "%.1f", s.weeksOfCover()),
                    s.stockOut(), s.stockOut() == null ? "" : f.format(s.stockOut()), s.suggestedQty(),
                    l.supplierId(), l.days(), i18n.get("supply.lead." + l.source(), l.days())));
        }
        out.sort(Comparator.comparing((SuggestionItem i) -> i.stockOut() == null ? LocalDate.MAX : i.stockOut())
                .thenComparing(SuggestionItem::perDay, Comparator.reverseOrder())
                .thenComparing(SuggestionItem::suggested, Comparator.reverseOrder())
                .thenComparing(SuggestionItem::sku));
        return out;
    }

    private void show() {
        List<SuggestionItem> shown = onlyToOrder.get() ? all.stream().filter(i -> i.suggested() > 0).toList() : all;
        suggestions.setAll(shown);
        int units = all.stream().mapToInt(SuggestionItem::suggested).sum();
        long toOrder = all.stream().filter(i -> i.suggested() > 0).count();
        long soon = all.stream().filter(i -> i.stockOut() != null).count();
        summary.set(all.isEmpty() ? "" : i18n.get("inventory.replenishment.summary", toOrder, units, soon,
                all.size()));
    }

    /// Writes the shown suggestions as CSV (or XLSX by the extension).
    public void export(Path file) {
        List<SuggestionItem> rows = List.copyOf(suggestions);
        String loc = location.get();
        List<String> header = List.of("Location", "SKU", "Title", "Available", "Incoming", "Reorder point",
                "Forecast per day", "Weeks of cover", "Stock-out date", "Suggested order");
        BackgroundTask.ofRunnable(() -> {
                    TableFiles.write(file, header, rows.stream().map(i -> List.<Object>of(loc,
                        i.sku(), i.title() == null ? "" : i.title(), i.available(), i.incoming(),
                        i.reorderPoint() == null ? "" : i.reorderPoint(), Math.round(i.perDay() * 100) / 100.0,
                        i.cover().isEmpty() ? "∞" : i.cover(), i.stockOut() == null ? "" : i.stockOut().toString(),
                        i.suggested())).toList());
                    source.data().audit().reportExport(file, "replenishment_suggestion", rows.size(), false);
                })
                .onSuccess(v -> notifier.info(i18n.get("inventory.exported", rows.size(), file.getFileName())))
                .onFailure(e -> notifier.error(i18n.get("inventory.exportFailed"), String.valueOf(e.getMessage())))
                .runWith(runner);
    }

    public ObservableList<String> locations() {
        return locations;
    }

    public StringProperty locationProperty() {
        return location;
    }

    /// Days from order to shelf (saved as the default for next time when computing).
    public StringProperty leadTimeDaysProperty() {
        return leadTimeDays;
    }

    /// Show only SKUs with something to order.
    public BooleanProperty onlyToOrderProperty() {
        return onlyToOrder;
    }

    public ObservableList<SuggestionItem> suggestions() {
        return suggestions;
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public Command computeCommand() {
        return compute;
    }

    /// lane supply: the rows the user selected (the View keeps it in step with the table's selection).
    public ObservableList<SuggestionItem> selectedSuggestions() {
        return selected;
    }

    /// lane supply: the purchase orders the last "Create POs" made (local ids until they are pushed).
    public ObservableList<String> createdOrders() {
        return createdOrders;
    }

    /// lane supply: one DRAFT PO per supplier from the selected suggestions ([PoPlanner]: whole packs, topped
    /// up to the supplier's minimum). SKUs without a supplier are named in a notice and left out.
    public Command createOrdersCommand() {
        return createOrders;
    }

    private void createOrders() {
        List<SuggestionItem> rows = List.copyOf(selected);
        String loc = location.get();
        BackgroundTask.of(() -> SupplierLeadTimes.createOrders(source.data().supply(), rows, loc))
                .onStart(() -> busy.set(true))
                .onSuccess(made -> {
                    if (!made.unsupplied().isEmpty()) {
                        notifier.info(i18n.get("supply.create.unsupplied", String.join(", ", made.unsupplied())));
                    }
                    createdOrders.setAll(made.ids());
                })
                .onFailure(e -> notifier.error(i18n.get("supply.create.failed"), String.valueOf(e.getMessage())))
                .onFinished(() -> busy.set(false))
                .runWith(runner);
    }
}
