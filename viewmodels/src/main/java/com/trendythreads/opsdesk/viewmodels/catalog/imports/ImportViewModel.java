package com.trendythreads.opsdesk.viewmodels.catalog.imports;

import com.trendythreads.opsdesk.api.dto.catalog.Category;
import com.trendythreads.opsdesk.api.dto.catalog.CategoryAttribute;
import com.trendythreads.opsdesk.api.dto.catalog.Product;
import com.trendythreads.opsdesk.cache.LocalData;
import com.trendythreads.opsdesk.cache.catalog.CatalogJobs;
import com.trendythreads.opsdesk.cache.io.Table;
import com.trendythreads.opsdesk.cache.io.TableFiles;
import com.trendythreads.opsdesk.viewmodels.catalog.jobs.BulkStepUp;
import com.trendythreads.opsdesk.viewmodels.catalog.jobs.JobControl;
import com.trendythreads.opsdesk.viewmodels.common.BackgroundTask;
import com.trendythreads.opsdesk.viewmodels.common.Command;
import com.trendythreads.opsdesk.viewmodels.common.I18n;
import com.trendythreads.opsdesk.viewmodels.common.Notifier;
import com.trendythreads.opsdesk.viewmodels.common.TaskRunner;
import com.trendythreads.opsdesk.viewmodels.session.SessionState;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/// Import of a CSV or XLSX product file: [#open] reads it and guesses which column is which field
/// (English and German headers); the user adjusts the mapping; every row is checked (unknown SKU, bad
/// number, EAN check digit, price rules, status, …) with its reason; [#apply()] runs the valid rows as one
/// job that can be undone; [#saveReport] writes the rejected rows with their reasons.
///
/// Rows update existing products by SKU; a row with an unknown SKU is rejected (no products are
/// created). A blank cell changes nothing unless "blank clears" is ticked.
///
/// Lane security (issue 10): an import is a bulk change through the same product updates, so one whose valid
/// rows change the prices of the contract's `x-bulk-step-up` number of products or more asks for the password
/// ([BulkStepUp], counted after each check) and the platform checks it before the job runs.
public final class ImportViewModel {

    private final LocalData data;
    private final TaskRunner runner;
    private final I18n i18n;
    private final Notifier notifier;
    private final JobControl job;
    private final ImportChecker checker;
    private final BulkStepUp stepUp;

    private final ObservableList<ColumnMapping> columns = FXCollections.observableArrayList();
    private final ObservableList<ImportTarget> targets = FXCollections.observableArrayList();
    private final ObservableList<ImportRow> rows = FXCollections.observableArrayList();
    private final BooleanProperty blankClears = new SimpleBooleanProperty();
    private final ReadOnlyStringWrapper fileName = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final BooleanProperty applied = new SimpleBooleanProperty();
    private final BooleanProperty checking = new SimpleBooleanProperty();
    private final Command apply;
    private final Command saveReportEnabled;
    private Table table;

    @Inject
    public ImportViewModel(SessionState session, TaskRunner runner, I18n i18n, Notifier notifier) {
        this.data = session.current().data();
        this.runner = runner;
        this.i18n = i18n;
        this.notifier = notifier;
        this.job = new JobControl(data.jobs(), session.current().engine().orElse(null), runner, i18n, notifier);
        this.stepUp = new BulkStepUp(session.current().engine().orElse(null), runner, i18n, "import.stepUp");
        this.checker = new ImportChecker(new ImportChecker.Catalog() {
            @Override
            public Optional<Product> bySku(String sku) {
                return data.products().bySku(sku);
            }

            @Override
            public Category category(String id) {
                return id == null ? null : data.reference().category(id).orElse(null);
            }

            @Override
            public Optional<String> otherProductWithSku(String productId, String sku) {
                return data.products().otherProductWithSku(productId, sku);
            }

            @Override
            public Optional<String> otherProductWithEan(String productId, String ean) {
                return data.products().otherProductWithEan(productId, ean);
            }
        }, i18n);
        apply = Command.of(this::apply, Bindings.createBooleanBinding(
                () -> !applied.get() && !checking.get() && !job.runningProperty().get()
                        && rows.stream().anyMatch(r -> r.valid() && !r.edits().isEmpty()) && stepUp.ready(),
                rows, applied, checking, job.runningProperty(), stepUp.neededProperty(), stepUp.passwordProperty(),
                stepUp.busyProperty()));
        saveReportEnabled = Command.of(() -> { }, Bindings.createBooleanBinding(
                () -> rows.stream().anyMatch(r -> !r.valid()), rows));
        blankClears.addListener((o, a, b) -> check());
    }

    /// Reads `file` in the background, guesses the mapping and checks every row.
    public void open(Path file) {
        BackgroundTask.of(() -> new Opened(TableFiles.read(file), offeredTargets()))
                .onSuccess(o -> {
                    table = o.table();
                    fileName.set(file.getFileName().toString());
                    targets.setAll(o.targets());
                    List<ColumnMapping> cols = new ArrayList<>();
                    for (int c = 0; c < table.header().size(); c++) {
                        String sample = table.rows().isEmpty() ? "" : table.rows().getFirst().get(c);
                        ColumnMapping m = new ColumnMapping(c, table.header().get(c), sample,
                                guess(table.header().get(c), o.targets()));
                        m.targetProperty().addListener((ob, a, b) -> check());
                        cols.add(m);
                    }
                    columns.setAll(cols);
                    check();
                })
                .onFailure(e -> notifier.error(i18n.get("import.readFailed"), String.valueOf(e.getMessage())))
                .runWith(runner);
    }

    private record Opened(Table table, List<ImportTarget> targets) {
    }

    /// The fields offered for a column: the fixed ones and every attribute of the cached categories.
    private List<ImportTarget> offeredTargets() {
        List<ImportTarget> out = new ArrayList<>();
        for (ImportField f : ImportField.values()) {
            if (f != ImportField.ATTRIBUTE) {
                out.add(new ImportTarget(f, null, i18n.get("import.field." + f.name())));
            }
        }
        Map<String, String> attributes = new TreeMap<>();
        for (Category c : data.reference().categories()) {
            for (CategoryAttribute a : c.attributes()) {
                attributes.putIfAbsent(a.code(), a.label());
            }
        }
        attributes.forEach((code, label) -> out.add(new ImportTarget(ImportField.ATTRIBUTE, code,
                i18n.get("import.field.ATTRIBUTE", label))));
        return out;
    }

    /// The target a header names: a field's English or German name, or an attribute's code or label.
    static ImportTarget guess(String header, List<ImportTarget> targets) {
        String h = ImportField.normalise(header);
        for (ImportTarget t : targets) {
            if (t.field() != ImportField.ATTRIBUTE && t.field().matches(h)) {
                return t;
            }
        }
        if (h.isEmpty()) {
            return targets.getFirst(); // IGNORE
        }
        String code = GERMAN_ATTRIBUTES.getOrDefault(h, h);
        for (ImportTarget t : targets) {
            if (t.field() == ImportField.ATTRIBUTE && (ImportField.normalise(t.attributeCode()).equals(code)
                    || ImportField.normalise(t.label()).endsWith(h))) {
                return t;
            }
        }
        return targets.getFirst(); // IGNORE
    }

    /// German names of the demo categories' attribute codes.
    private static final Map<String, String> GERMAN_ATTRIBUTES = Map.of(
            "passform", "fit", "weite", "fit", "muster", "pattern", "pflege", "care", "pflegehinweise", "care",
            "ausschnitt", "neckline", "länge", "length", "laenge", "length", "bein", "leg", "beinform", "leg");

    /// Checks every row again with the current mapping (in the background).
    public void check() {
        if (table == null) {
            return;
        }
        Table t = table;
        List<ImportTarget> mapping = columns.stream().map(ColumnMapping::target).toList();
        boolean clears = blankClears.get();
        BackgroundTask.of(() -> {
                    List<ImportRow> r = checker.check(t, mapping, clears);
                    return new Checked(r, BulkStepUp.productsPricedBy(plan(r)));
                })
                .onStart(() -> {
                    checking.set(true);
                    applied.set(false);
                    // the count of the previous mapping no longer holds (nor does a password typed for it)
                    stepUp.consider(false, 0);
                })
                .onSuccess(c -> {
                    List<ImportRow> r = c.rows();
                    rows.setAll(r);
                    stepUp.consider(true, c.pricedProducts());
                    long valid = r.stream().filter(ImportRow::valid).count();
                    summary.set(i18n.get("import.summary", r.size(), valid, r.size() - valid));
                })
                .onFailure(e -> notifier.error(i18n.get("import.checkFailed"), String.valueOf(e.getMessage())))
                .onFinished(() -> checking.set(false))
                .runWith(runner);
    }

    private record Checked(List<ImportRow> rows, long pricedProducts) {
    }

    /// "Apply 57 rows to 20 products?"
    public String confirmation() {
        List<ImportRow> valid = rows.stream().filter(r -> r.valid() && !r.edits().isEmpty()).toList();
        return i18n.get("import.confirm", valid.size(), valid.stream().map(ImportRow::productId).distinct().count());
    }

    /// Applies the valid rows as one job (one edit per product). An import that changes the prices of the
    /// contract's threshold of products or more first has the platform check the password.
    public void apply() {
        // the rows confirmed (and counted for the password) are the ones applied, even if a check runs meanwhile
        List<CatalogJobs.ProductEdit> plan = plan(rows);
        if (stepUp.neededProperty().get()) {
            stepUp.verify(() -> applyNow(plan));
            return;
        }
        applyNow(plan);
    }

    private void applyNow(List<CatalogJobs.ProductEdit> plan) {
        applied.set(true);
        job.start(CatalogJobs.Kind.IMPORT, i18n.get("import.job", fileName.get(), plan.size()), plan, j -> { });
    }

    /// The valid rows as one edit per product: what Apply runs, and what the password question counts.
    private static List<CatalogJobs.ProductEdit> plan(List<ImportRow> rows) {
        Map<String, Map<String, CatalogJobs.FieldEdit>> byProduct = new LinkedHashMap<>();
        for (ImportRow r : rows) {
            if (!r.valid()) {
                continue;
            }
            Map<String, CatalogJobs.FieldEdit> fields = byProduct.computeIfAbsent(r.productId(), k -> new LinkedHashMap<>());
            // A product field in several rows: the file's last value, checked against the cache's first.
            r.edits().forEach(e -> fields.merge(e.field(), e,
                    (first, later) -> new CatalogJobs.FieldEdit(e.field(), first.expected(), later.value())));
        }
        return byProduct.entrySet().stream().filter(e -> !e.getValue().isEmpty())
                .map(e -> new CatalogJobs.ProductEdit(e.getKey(), List.copyOf(e.getValue().values()))).toList();
    }

    /// Writes the rejected rows (their cells, line and reason) to a CSV or XLSX file.
    public void saveReport(Path file) {
        List<String> header = new ArrayList<>();
        header.add(i18n.get("import.report.line"));
        header.addAll(table.header());
        header.add(i18n.get("import.report.reason"));
        List<List<Object>> out = new ArrayList<>();
        for (ImportRow r : rows) {
            if (!r.valid()) {
                List<Object> line = new ArrayList<>();
                line.add(r.line());
                line.addAll(r.cells());
                line.add(r.reason());
                out.add(line);
            }
        }
        BackgroundTask.ofRunnable(() -> TableFiles.write(file, header, out))
                .onSuccess(v -> notifier.info(i18n.get("import.report.saved", out.size(), file.getFileName())))
                .onFailure(e -> notifier.error(i18n.get("import.report.failed"), String.valueOf(e.getMessage())))
                .runWith(runner);
    }

    public ObservableList<ColumnMapping> columns() {
        return columns;
    }

    /// The choices of a column's field.
    public ObservableList<ImportTarget> targetChoices() {
        return targets;
    }

    public ObservableList<ImportRow> rows() {
        return rows;
    }

    /// A blank cell clears the field (otherwise it leaves it as it is).
    public BooleanProperty blankClearsProperty() {
        return blankClears;
    }

    public ReadOnlyStringProperty fileNameProperty() {
        return fileName.getReadOnlyProperty();
    }

    /// "60 rows: 57 can be applied, 3 rejected"
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public Command applyCommand() {
        return apply;
    }

    /// Executable while there are rejected rows to report.
    public Command saveReportCommand() {
        return saveReportEnabled;
    }

    public JobControl job() {
        return job;
    }

    /// The password step of an import that changes many prices: its hint, the password and the platform's
    /// answer when it refused.
    public BulkStepUp stepUp() {
        return stepUp;
    }
}
