package com.trendythreads.opsdesk.viewmodels.promo;

import com.trendythreads.opsdesk.api.dto.campaigns.PromoCodeCreate;
import com.trendythreads.opsdesk.cache.promo.PromoCodeCsv;
import com.trendythreads.opsdesk.viewmodels.common.BackgroundTask;
import com.trendythreads.opsdesk.viewmodels.common.Command;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/// "Import codes": a CSV/XLSX file read into a preview — every row with its errors, each naming its field —
/// and nothing stored until the user confirms; then only the rows without errors are queued.
public final class PromoImportViewModel {

    /// One preview row as shown.
    public record Row(int line, String code, String type, String value, String validity, String problems,
            boolean ok) {
    }

    private final PromoContext ctx;
    private final PromoFormat format;
    private final Runnable afterImport;
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final ObjectProperty<PromoCodeCsv.Preview> preview = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final Command confirm;

    PromoImportViewModel(PromoContext ctx, Runnable afterImport) {
        this.ctx = ctx;
        this.format = ctx.format();
        this.afterImport = afterImport;
        confirm = Command.of(this::confirm, Bindings.createBooleanBinding(() -> ctx.mayCreate()
                && preview.get() != null && !preview.get().importable().isEmpty(), preview));
    }

    /// Reads and checks `file` in the background; shows the preview.
    public void open(Path file) {
        BackgroundTask.of(() -> PromoCodeCsv.preview(file, ctx.codes()::exists))
                .onSuccess(this::show)
                .onFailure(e -> ctx.notifier().error(ctx.i18n().get("promo.import.title"), e.getMessage()))
                .runWith(ctx.runner());
    }

    private void show(PromoCodeCsv.Preview p) {
        preview.set(p);
        rows.setAll(p.rows().stream().map(this::row).toList());
        String fileProblems = p.fileErrors().stream().map(v -> ctx.i18n().get(v.code(), v.args().toArray()))
                .collect(Collectors.joining(" "));
        summary.set(fileProblems.isEmpty()
                ? ctx.i18n().get("promo.import.summary", p.importable().size(), p.errorRows())
                : fileProblems);
    }

    private Row row(PromoCodeCsv.Row r) {
        PromoCodeCreate c = r.code();
        String problems = r.violations().stream().map(format::violation).collect(Collectors.joining("; "));
        String value = c == null || c.type() == null || c.value() == null ? "" : format.value(c.type(), c.value());
        String validity = c == null || c.validFrom() == null ? "" : c.validUntil() == null
                ? ctx.i18n().get("promo.validity.open", format.date(c.validFrom()))
                : format.date(c.validFrom()) + " – " + format.date(c.validUntil());
        return new Row(r.line(), c == null || c.code() == null ? "" : c.code(),
                c == null || c.type() == null ? "" : format.type(c.type()), value, validity, problems, r.ok());
    }

    private void confirm() {
        List<PromoCodeCreate> ok = preview.get().importable();
        BackgroundTask.of(() -> ctx.actions().createAll(ok))
                .onSuccess(n -> {
                    ctx.notifier().info(ctx.i18n().get("promo.import.done", n));
                    preview.set(null);
                    rows.clear();
                    summary.set("");
                    afterImport.run();
                })
                .onFailure(e -> ctx.notifier().error(ctx.i18n().get("promo.import.title"), e.getMessage()))
                .runWith(ctx.runner());
    }

    public ObservableList<Row> rows() {
        return rows;
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public Command confirmCommand() {
        return confirm;
    }
}
