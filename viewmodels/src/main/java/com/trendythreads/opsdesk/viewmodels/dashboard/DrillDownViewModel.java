package com.trendythreads.opsdesk.viewmodels.dashboard;

import com.trendythreads.opsdesk.api.rules.SalesCalendar;
import com.trendythreads.opsdesk.cache.kpi.DrillTable;
import com.trendythreads.opsdesk.cache.kpi.Kpi;
import com.trendythreads.opsdesk.cache.kpi.KpiFilter;
import com.trendythreads.opsdesk.cache.kpi.KpiSource;
import com.trendythreads.opsdesk.viewmodels.common.BackgroundTask;
import com.trendythreads.opsdesk.viewmodels.common.I18n;
import com.trendythreads.opsdesk.viewmodels.common.TaskRunner;
import com.trendythreads.opsdesk.viewmodels.shell.RecordLinks;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/// The records behind the tile the user clicked: a table of its [DrillTable], and what a row leads to.
/// Products open in the catalog editor and stock rows in the inventory workspace; orders, tickets, pick
/// lists and campaigns have no workspace of their own yet, so their row is shown read-only in a details
/// pane beside the table.
public final class DrillDownViewModel {

    /// One row as shown: the cells as text, and the record it leads to.
    public record RowItem(DrillTable.Target target, String id, List<String> cells) {
    }

    /// One line of the details pane.
    public record Detail(String label, String value) {
    }

    // A Long in a column named like an amount is cents (DrillTable's contract: "Long (cents for money columns)").
    private static final Pattern MONEY_COLUMN =
            Pattern.compile(".*(sales|revenue|amount|total|price|value|net|gross|refund|discount|cents).*");

    private final TaskRunner runner;
    private final I18n i18n;
    private final KpiFormat format;
    private final RecordLinks links;
    private final Predicate<String> mayOpen;
    private final AtomicLong generation = new AtomicLong();
    private final ReadOnlyObjectWrapper<Kpi> kpi = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper detailsNote = new ReadOnlyStringWrapper("");
    private final ObservableList<String> columns = FXCollections.observableArrayList();
    private final ObservableList<RowItem> rows = FXCollections.observableArrayList();
    private final ObservableList<Detail> details = FXCollections.observableArrayList();

    /// @param mayOpen whether the user may see a workspace (by id)
    DrillDownViewModel(TaskRunner runner, I18n i18n, KpiFormat format, RecordLinks links, Predicate<String> mayOpen) {
        this.runner = runner;
        this.i18n = i18n;
        this.format = format;
        this.links = links;
        this.mayOpen = mayOpen;
    }

    /// Loads the records behind `figure` for `filter` from `source` (in the background).
    void load(Kpi figure, KpiSource source, KpiFilter filter) {
        long gen = generation.incrementAndGet();
        kpi.set(figure);
        title.set(i18n.get("dashboard.drill.title", i18n.get("kpi." + figure.name() + ".title")));
        details.clear();
        detailsNote.set("");
        if (source == null) {
            columns.clear();
            rows.clear();
            summary.set(i18n.get("dashboard.drill.none"));
            return;
        }
        BackgroundTask.of(() -> source.records(figure, filter))
                .onStart(() -> loading.set(true))
                .onSuccess(t -> {
                    if (gen == generation.get()) {
                        show(t);
                    }
                })
                .onFailure(e -> {
                    if (gen == generation.get()) {
                        rows.clear();
                        summary.set(i18n.get("dashboard.drill.failed", String.valueOf(e.getMessage())));
                    }
                })
                .onFinished(() -> {
                    if (gen == generation.get()) {
                        loading.set(false);
                    }
                })
                .runWith(runner);
    }

    private void show(DrillTable t) {
        List<RowItem> items = new ArrayList<>(t.rows().size());
        for (DrillTable.Row r : t.rows()) {
            List<String> cells = new ArrayList<>(r.values().size());
            for (int c = 0; c < r.values().size(); c++) {
                cells.add(cell(c < t.columns().size() ? t.columns().get(c) : "", r.values().get(c)));
            }
            items.add(new RowItem(r.target(), r.id(), List.copyOf(cells)));
        }
        rows.setAll(items);
        // After the rows, so a View building its columns can see what they hold.
        columns.setAll(t.columns().stream().map(i18n::get).toList());
        summary.set(t.total() > items.size()
                ? i18n.get("dashboard.drill.someOf", format.integer(items.size()), format.integer(t.total()))
                : i18n.get("dashboard.drill.count", format.integer(t.total())));
    }

    private String cell(String column, Object v) {
        return switch (v) {
            case null -> "";
            case Long l when MONEY_COLUMN.matcher(column.toLowerCase(Locale.ROOT)).matches() -> format.money(l);
            case Long l -> format.integer(l);
            case Integer i -> format.integer(i);
            case Double d -> Math.abs(d) <= 1 && column.toLowerCase(Locale.ROOT).contains("rate")
                    ? format.percent(d) : format.decimal(d, 1);
            // in shop time, the calendar the figures count days by
            case Instant i -> format.dateTime(i, SalesCalendar.ZONE);
            case LocalDate d -> format.date(d);
            default -> v.toString();
        };
    }

    /// Leads on from a row: a product to the catalog editor, a stock row to inventory, anything else into
    /// the details pane.
    public void open(RowItem row) {
        if (row == null) {
            return;
        }
        RecordLinks.Link link = new RecordLinks.Link(row.target(), row.id());
        if (RecordLinks.workspaceOf(link).filter(mayOpen).isPresent()) {
            details.clear();
            links.open(row.target(), row.id());
        } else {
            showDetails(row);
        }
    }

    private void showDetails(RowItem row) {
        List<Detail> list = new ArrayList<>();
        list.add(new Detail(i18n.get("dashboard.drill.record." + row.target().name()), row.id()));
        for (int c = 0; c < columns.size() && c < row.cells().size(); c++) {
            list.add(new Detail(columns.get(c), row.cells().get(c)));
        }
        details.setAll(list);
        detailsNote.set(switch (row.target()) {
            case PRODUCT, STOCK -> i18n.get("dashboard.drill.notYours");
            default -> i18n.get("dashboard.drill.noWorkspace");
        });
    }

    /// Hides the drill-down.
    public void close() {
        generation.incrementAndGet();
        kpi.set(null);
        rows.clear();
        details.clear();
        loading.set(false);
    }

    /// The figure whose records are shown, or `null` when the drill-down is closed.
    public ReadOnlyObjectProperty<Kpi> kpiProperty() {
        return kpi.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    /// "120 records" or "1,000 of 3,412 records".
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    /// The column headers, in the user's language.
    public ObservableList<String> columns() {
        return columns;
    }

    public ObservableList<RowItem> rows() {
        return rows;
    }

    /// The row opened in the details pane (label, value), empty when none.
    public ObservableList<Detail> details() {
        return details;
    }

    /// Why the row is shown here and not in a workspace.
    public ReadOnlyStringProperty detailsNoteProperty() {
        return detailsNote.getReadOnlyProperty();
    }
}
