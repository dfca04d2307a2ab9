package com.trendythreads.opsdesk.viewmodels.inventory;

import com.trendythreads.opsdesk.api.dto.catalog.Category;
import com.trendythreads.opsdesk.api.dto.inventory.AdjustmentReason;
import com.trendythreads.opsdesk.cache.inventory.CountSheet;
import com.trendythreads.opsdesk.cache.inventory.StockIndex;
import com.trendythreads.opsdesk.viewmodels.common.BackgroundTask;
import com.trendythreads.opsdesk.viewmodels.common.Command;
import com.trendythreads.opsdesk.viewmodels.common.I18n;
import com.trendythreads.opsdesk.viewmodels.common.Notifier;
import com.trendythreads.opsdesk.viewmodels.common.TaskRunner;
import jakarta.inject.Inject;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/// A cycle count: generate a count sheet for a bin range or a category at a location (expected = on hand
/// now), enter counted quantities by typing or scanning (an EAN + Enter adds one of that SKU), see the
/// variance (units and value at cost), and post the variances as RECOUNT adjustments through the outbox.
public final class CycleCountViewModel {

    /// A line of the sheet; `counted` is typed (or raised by scans).
    public static final class CountLine {
        private final CountSheet.Line line;
        private final StringProperty counted = new SimpleStringProperty("");

        CountLine(CountSheet.Line line) {
            this.line = line;
        }

        public String sku() {
            return line.sku();
        }

        public String title() {
            return line.title();
        }

        public String bin() {
            return line.bin();
        }

        public int expected() {
            return line.expected();
        }

        public StringProperty countedProperty() {
            return counted;
        }
    }

    /// A line of the variance report.
    public record VarianceItem(String sku, String title, String bin, int expected, int counted, String units,
                               String value) {
    }

    private final StockSource source;
    private final TaskRunner runner;
    private final Notifier notifier;
    private final I18n i18n;
    private final ObservableList<String> locations = FXCollections.observableArrayList();
    private final ObservableList<StockGridViewModel.CategoryChoice> categories = FXCollections.observableArrayList();
    private final StringProperty location = new SimpleStringProperty();
    private final BooleanProperty byCategory = new SimpleBooleanProperty(false);
    private final StringProperty binFrom = new SimpleStringProperty("");
    private final StringProperty binTo = new SimpleStringProperty("");
    private final ObjectProperty<StockGridViewModel.CategoryChoice> category = new SimpleObjectProperty<>();
    private final StringProperty scan = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper scanFeedback = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper totals = new ReadOnlyStringWrapper("");
    private final ObservableList<CountLine> lines = FXCollections.observableArrayList();
    private final ObservableList<VarianceItem> variances = FXCollections.observableArrayList();
    private final Command generate;
    private final Command post;
    private CountSheet sheet;

    @Inject
    public CycleCountViewModel(StockSource source, TaskRunner runner, Notifier notifier, I18n i18n) {
        this.source = source;
        this.runner = runner;
        this.notifier = notifier;
        this.i18n = i18n;
        generate = Command.of(this::generate, Bindings.createBooleanBinding(() -> location.get() != null
                && (byCategory.get() ? category.get() != null : true), location, byCategory, category));
        // the variances post as stock adjustments: offered to those who may adjust stock
        post = Command.of(this::post, source.may("adjustStock") ? Bindings.isNotEmpty(variances)
                : Bindings.createBooleanBinding(() -> false));
    }

    /// Loads the locations and categories to choose from.
    public void load() {
        BackgroundTask.of(() -> new Object[] {source.index().locations(), source.data().reference().categories()})
                .onSuccess(r -> {
                    @SuppressWarnings("unchecked") List<String> locs = (List<String>) r[0];
                    @SuppressWarnings("unchecked") List<Category> cats = (List<Category>) r[1];
                    locations.setAll(locs);
                    categories.setAll(cats.stream().map(c -> new StockGridViewModel.CategoryChoice(c.id(), c.name()))
                            .toList());
                    if (location.get() == null && !locs.isEmpty()) {
                        location.set(locs.getFirst());
                    }
                })
                .onFailure(e -> notifier.error(i18n.get("inventory.loadFailed"), String.valueOf(e.getMessage())))
                .runWith(runner);
    }

    private void generate() {
        String loc = location.get();
        StockIndex.Query q = byCategory.get()
                ? StockIndex.Query.ALL.withLocation(loc).withCategories(Set.of(category.get().id()))
                : StockIndex.Query.ALL.withLocation(loc).withBins(binFrom.get(), binTo.get());
        BackgroundTask.of(() -> {
                    StockIndex index = source.index();
                    List<StockIndex.Row> rows = new ArrayList<>();
                    for (int r : index.query(q)) {
                        rows.add(index.row(r));
                    }
                    // Bin walking order, then SKU.
                    rows.sort(Comparator.comparing((StockIndex.Row r) -> r.bin() == null ? "" : r.bin())
                            .thenComparing(StockIndex.Row::sku));
                    Map<String, Long> cost = source.store().costCents(rows.stream().map(StockIndex.Row::productId)
                            .toList());
                    return new CountSheet(loc, rows.stream().map(r -> new CountSheet.Line(r.sku(), r.ean(),
                            r.title(), r.bin(), r.onHand(), cost.getOrDefault(r.sku(), 0L))).toList());
                })
                .onSuccess(this::show)
                .onFailure(e -> notifier.error(i18n.get("inventory.loadFailed"), String.valueOf(e.getMessage())))
                .runWith(runner);
    }

    private void show(CountSheet s) {
        sheet = s;
        List<CountLine> ls = s.lines().stream().map(CountLine::new).toList();
        for (CountLine l : ls) {
            l.countedProperty().addListener((o, a, b) -> counted(l, b));
        }
        lines.setAll(ls);
        scanFeedback.set(i18n.get("inventory.count.generated", ls.size()));
        recompute();
    }

    private void counted(CountLine l, String text) {
        if (sheet == null) {
            return;
        }
        Integer v = null;
        try {
            v = text == null || text.isBlank() ? null : Integer.valueOf(text.trim());
        } catch (NumberFormatException e) {
            return; // the cell keeps the text; the line counts once it is a number
        }
        if (v != null && v < 0) {
            return;
        }
        sheet.setCounted(l.sku(), v);
        recompute();
    }

    /// A scanner typed a code and Enter: one more of that SKU. A code not on the sheet counts nothing.
    public void scan() {
        String code = scan.get() == null ? "" : scan.get().trim();
        scan.set("");
        if (sheet == null || code.isEmpty()) {
            return;
        }
        Optional<String> sku = sheet.scan(code);
        if (sku.isEmpty()) {
            scanFeedback.set(i18n.get("inventory.count.unknownCode", code));
            return;
        }
        int n = sheet.counted(sku.get()).orElse(0);
        lines.stream().filter(l -> l.sku().equals(sku.get())).findFirst()
                .ifPresent(l -> l.countedProperty().set(Integer.toString(n)));
        scanFeedback.set(i18n.get("inventory.count.scanned", sku.get(), n));
    }

    private void recompute() {
        NumberFormat money = NumberFormat.getCurrencyInstance(i18n.locale());
        money.setCurrency(Currency.getInstance("EUR"));
        variances.setAll(sheet.variances().stream().map(v -> new VarianceItem(v.line().sku(), v.line().title(),
                v.line().bin(), v.line().expected(), v.counted(), (v.units() > 0 ? "+" : "") + v.units(),
                money.format(v.valueCents() / 100.0))).toList());
        totals.set(i18n.get("inventory.count.totals", sheet.countedLines(), sheet.lines().size(), variances.size(),
                (sheet.netUnits() > 0 ? "+" : "") + sheet.netUnits(), money.format(sheet.netValueCents() / 100.0),
                money.format(sheet.absoluteValueCents() / 100.0)));
    }

    private void post() {
        CountSheet s = sheet;
        List<CountSheet.Variance> vs = s.variances();
        BackgroundTask.of(() -> {
                    for (CountSheet.Variance v : vs) {
                        source.data().edits().adjustStock(s.locationId(), v.line().sku(), v.units(),
                                AdjustmentReason.RECOUNT.name(), "Cycle count: counted " + v.counted()
                                        + ", expected " + v.line().expected());
                    }
                    return vs.size();
                })
                .onSuccess(n -> {
                    notifier.info(i18n.get("inventory.count.posted", n));
                    sheet = null;
                    lines.clear();
                    variances.clear();
                    totals.set("");
                })
                .onFailure(e -> notifier.error(i18n.get("inventory.adjust.failed"), String.valueOf(e.getMessage())))
                .runWith(runner);
    }

    public ObservableList<String> locations() {
        return locations;
    }

    public ObservableList<StockGridViewModel.CategoryChoice> categories() {
        return categories;
    }

    public StringProperty locationProperty() {
        return location;
    }

    /// Count a category (true) or a bin range (false).
    public BooleanProperty byCategoryProperty() {
        return byCategory;
    }

    public StringProperty binFromProperty() {
        return binFrom;
    }

    public StringProperty binToProperty() {
        return binTo;
    }

    public ObjectProperty<StockGridViewModel.CategoryChoice> categoryProperty() {
        return category;
    }

    /// The scan field (a scanner types the EAN, then Enter calls [#scan()]).
    public StringProperty scanProperty() {
        return scan;
    }

    public ReadOnlyStringProperty scanFeedbackProperty() {
        return scanFeedback.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty totalsProperty() {
        return totals.getReadOnlyProperty();
    }

    public ObservableList<CountLine> lines() {
        return lines;
    }

    public ObservableList<VarianceItem> variances() {
        return variances;
    }

    public Command generateCommand() {
        return generate;
    }

    public Command postCommand() {
        return post;
    }
}
