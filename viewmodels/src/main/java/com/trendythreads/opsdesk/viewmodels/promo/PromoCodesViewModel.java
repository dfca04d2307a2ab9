package com.trendythreads.opsdesk.viewmodels.promo;

import com.trendythreads.opsdesk.api.dto.campaigns.PromoCode;
import com.trendythreads.opsdesk.cache.promo.PromoCodeCsv;
import com.trendythreads.opsdesk.viewmodels.common.Activatable;
import com.trendythreads.opsdesk.viewmodels.common.BackgroundTask;
import com.trendythreads.opsdesk.viewmodels.common.CoalescingLoad;
import com.trendythreads.opsdesk.viewmodels.common.Command;
import com.trendythreads.opsdesk.viewmodels.common.LiveSubscription;
import java.nio.file.Path;
import java.util.List;
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

/// The promo codes list: codes from the cache filtered by the start of their code and by "active only",
/// kept current while shown (a redemption or a code made elsewhere arrives with the change feed), with
/// deactivate, export, and the editor, bulk generation and import beside it.
public final class PromoCodesViewModel implements Activatable {

    /// At most this many rows are shown; the count says when there are more.
    public static final int MAX_ROWS = 5_000;

    private final PromoContext ctx;
    private final PromoFormat format;
    private final StringProperty filter = new SimpleStringProperty("");
    private final BooleanProperty activeOnly = new SimpleBooleanProperty();
    private final ObservableList<PromoCodeItem> rows = FXCollections.observableArrayList();
    private final ObjectProperty<PromoCodeItem> selected = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final LiveSubscription live = new LiveSubscription();
    private final CoalescingLoad<List<PromoCode>> load;
    private final Command deactivate;
    private final Command edit;
    private final PromoCodeEditorViewModel editor;
    private final PromoBulkViewModel bulk;
    private final PromoImportViewModel importer;

    public PromoCodesViewModel(PromoContext ctx) {
        this.ctx = ctx;
        this.format = ctx.format();
        this.load = CoalescingLoad.latestOf(ctx.runner(), () -> {
            String f = filter.get();
            boolean active = activeOnly.get();
            return () -> ctx.codes().list(f, active, MAX_ROWS + 1);
        }, this::show, e -> ctx.notifier().error(ctx.i18n().get("promo.title"), e.getMessage()));
        this.editor = new PromoCodeEditorViewModel(ctx, this::reload);
        this.bulk = new PromoBulkViewModel(ctx, this::reload);
        this.importer = new PromoImportViewModel(ctx, this::reload);
        filter.addListener((o, a, b) -> reload());
        activeOnly.addListener((o, a, b) -> reload());
        var editable = Bindings.createBooleanBinding(() -> selected.get() != null && !selected.get().pending(),
                selected);
        deactivate = Command.of(this::deactivateSelected, Bindings.createBooleanBinding(() -> ctx.mayUpdate()
                && editable.get() && selected.get().code().active(), editable));
        edit = Command.of(() -> editor.edit(selected.get().code()), editable);
    }

    @Override
    public void activate() {
        live.open(() -> ctx.codes().onChange(c -> ctx.runner().ui().dispatch(this::reload)));
        reload();
    }

    @Override
    public void deactivate() {
        live.close();
    }

    public void reload() {
        load.run();
    }

    private void show(List<PromoCode> codes) {
        String keep = selected.get() == null ? null : selected.get().code().code();
        List<PromoCode> shown = codes.size() > MAX_ROWS ? codes.subList(0, MAX_ROWS) : codes;
        rows.setAll(shown.stream().map(c -> PromoCodeItem.of(c, format)).toList());
        selected.set(rows.stream().filter(r -> r.code().code().equals(keep)).findFirst().orElse(null));
        summary.set(codes.size() > MAX_ROWS ? ctx.i18n().get("promo.summary.more", MAX_ROWS)
                : ctx.i18n().get("promo.summary", shown.size()));
    }

    private void deactivateSelected() {
        PromoCode c = selected.get().code();
        BackgroundTask.of(() -> ctx.actions().deactivate(c.code()))
                .onSuccess(seq -> {
                    ctx.notifier().info(ctx.i18n().get("promo.deactivated", c.code()));
                    reload();
                })
                .onFailure(e -> ctx.notifier().error(ctx.i18n().get("promo.deactivate"), e.getMessage()))
                .runWith(ctx.runner());
    }

    /// Writes the codes shown (same filter, without the row cap) to `file` (`.csv` or `.xlsx`).
    public void export(Path file) {
        String f = filter.get();
        boolean active = activeOnly.get();
        BackgroundTask.of(() -> {
            List<PromoCode> all = ctx.codes().list(f, active, Integer.MAX_VALUE).stream()
                    .filter(c -> !com.trendythreads.opsdesk.cache.repo.PromoCodeRepository.isPending(c)).toList();
            PromoCodeCsv.export(file, all);
            ctx.data().audit().reportExport(file, "promo_code", all.size(), false); // every export is audited
            return all.size();
        })
                .onSuccess(n -> ctx.notifier().info(ctx.i18n().get("promo.exported", n, file.getFileName())))
                .onFailure(e -> ctx.notifier().error(ctx.i18n().get("promo.export"), e.getMessage()))
                .runWith(ctx.runner());
    }

    public StringProperty filterProperty() {
        return filter;
    }

    public BooleanProperty activeOnlyProperty() {
        return activeOnly;
    }

    public ObservableList<PromoCodeItem> rows() {
        return rows;
    }

    public ObjectProperty<PromoCodeItem> selectedProperty() {
        return selected;
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public Command deactivateCommand() {
        return deactivate;
    }

    public Command editCommand() {
        return edit;
    }

    /// "Percent", "Fixed amount", "Free shipping" in the user's language.
    public String typeText(com.trendythreads.opsdesk.api.dto.campaigns.PromoType t) {
        return t == null ? "" : format.type(t);
    }

    public boolean mayCreate() {
        return ctx.mayCreate();
    }

    public boolean mayBulkCreate() {
        return ctx.mayBulkCreate();
    }

    public PromoCodeEditorViewModel editor() {
        return editor;
    }

    public PromoBulkViewModel bulk() {
        return bulk;
    }

    public PromoImportViewModel importer() {
        return importer;
    }
}
