package com.trendythreads.opsdesk.viewmodels.picking;

import com.trendythreads.opsdesk.api.dto.catalog.Product;
import com.trendythreads.opsdesk.api.dto.fulfilment.PickLine;
import com.trendythreads.opsdesk.api.dto.fulfilment.PickList;
import com.trendythreads.opsdesk.api.dto.fulfilment.PickShort;
import com.trendythreads.opsdesk.cache.picking.BinOrder;
import com.trendythreads.opsdesk.cache.picking.LineSync;
import com.trendythreads.opsdesk.viewmodels.common.BackgroundTask;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/// The pick screen of one list: its lines in bin walking order, the line to pick now, and the scanner.
///
/// A scan of the current line's EAN (or SKU) counts one unit, or N when the picker typed N in the quantity
/// field; when the line is complete it is confirmed through the outbox and the next line comes up. Any other
/// code confirms nothing and raises a warning that stays until dismissed or the next scan. Units counted of
/// a multi-unit line are kept in the cache (`PickCounts`) until the line is complete, so a crash, a restart
/// or picking another list first does not lose what was already taken off the shelf.
public final class PickScreenViewModel {

    private final PickingContext ctx;
    private final PickLineItems rows;
    private final ObservableList<PickLineItem> lines = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<PickLineItem> current = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<PickList> list = new ReadOnlyObjectWrapper<>();
    private final StringProperty scanText = new SimpleStringProperty("");
    private final StringProperty quantityText = new SimpleStringProperty("1");
    private final ObjectProperty<PickShort.Reason> shortReason = new SimpleObjectProperty<>(PickShort.Reason.NOT_FOUND);
    private final ReadOnlyStringWrapper warning = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper progress = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<ScanOutcome> outcome = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyIntegerWrapper scans = new ReadOnlyIntegerWrapper();
    private final Map<String, Integer> scannedUnits = new HashMap<>();
    // Lines finished on this screen whose local write has not been read back yet: a load that started
    // before the write must not bring them back as open.
    private final Map<String, PickLineItem> finishing = new HashMap<>();
    private String selectedId;

    public PickScreenViewModel(PickingContext ctx) {
        this.ctx = ctx;
        this.rows = new PickLineItems(ctx.i18n(), ctx.username());
    }

    private record Snapshot(PickList list, Map<String, LineSync.State> sync, Map<String, Integer> counted) {
    }

    /// Shows `listId` (loaded in the background).
    public void show(String listId) {
        if (list.get() == null || !list.get().id().equals(listId)) {
            scannedUnits.clear();
            finishing.clear();
            selectedId = null;
            warning.set("");
            message.set("");
        }
        BackgroundTask.of(() -> new Snapshot(ctx.data().pickLists().get(listId).orElse(null), ctx.lineSync().of(listId),
                        ctx.data().pickCounts().of(listId)))
                .onSuccess(this::apply)
                .onFailure(e -> ctx.notifier().error(ctx.i18n().get("picking.failed"), String.valueOf(e.getMessage())))
                .runWith(ctx.runner());
    }

    /// Reads the shown list again (after a local write or a sync).
    public void reload() {
        if (list.get() != null) {
            show(list.get().id());
        }
    }

    private void apply(Snapshot s) {
        list.set(s.list());
        if (s.list() == null) {
            lines.clear();
            current.set(null);
            return;
        }
        List<PickLineItem> items = new ArrayList<>();
        for (PickLine l : s.list().lines().stream().sorted(Comparator.comparing(PickLine::bin, BinOrder.WALKING)
                .thenComparing(PickLine::sku)).toList()) {
            PickLineItem local = finishing.get(l.id());
            if (local != null && l.status() == PickLine.Status.OPEN) {
                items.add(local);
                continue;
            }
            finishing.remove(l.id());
            if (l.status() == PickLine.Status.OPEN && s.counted().containsKey(l.id())) {
                // What this screen counted since is newer than what the load read.
                scannedUnits.merge(l.id(), Math.min(s.counted().get(l.id()), l.quantity() - 1), Math::max);
            }
            items.add(rows.of(l, s.sync().get(l.id()), scannedUnits.getOrDefault(l.id(), 0)));
        }
        lines.setAll(items);
        pickCurrent();
    }

    /// The selected line if it is still open, else the first open line in walking order.
    private void pickCurrent() {
        PickLineItem next = lines.stream().filter(l -> l.open() && l.id().equals(selectedId)).findFirst()
                .orElseGet(() -> lines.stream().filter(PickLineItem::open).findFirst().orElse(null));
        current.set(next);
        long done = lines.stream().filter(l -> !l.open()).count();
        progress.set(ctx.i18n().get("picking.progress", done, lines.size()));
    }

    /// Makes `line` the one to pick now (the picker walks another way).
    public void select(PickLineItem line) {
        if (line != null && line.open()) {
            selectedId = line.id();
            pickCurrent();
        }
    }

    /// Handles what the scanner typed (the barcode field's text, then Enter).
    public void scan() {
        String code = scanText.get() == null ? "" : scanText.get().trim();
        scanText.set("");
        if (code.isEmpty()) {
            return;
        }
        warning.set("");
        int n;
        try {
            n = Integer.parseInt(quantityText.get().trim());
        } catch (NumberFormatException | NullPointerException e) {
            n = 0;
        }
        quantityText.set("1");
        PickLineItem line = current.get();
        if (line == null) {
            reject(ScanOutcome.REJECTED, ctx.i18n().get("picking.scan.nothingOpen", code));
            return;
        }
        if (n < 1 || n > line.remaining()) {
            reject(ScanOutcome.REJECTED, ctx.i18n().get("picking.scan.quantity", line.remaining()));
            return;
        }
        if (matches(line, code)) {
            count(line, code, n);
            return;
        }
        Optional<PickLineItem> later = lines.stream().filter(l -> l.open() && matches(l, code)).findFirst();
        BackgroundTask.of(() -> ctx.data().products().byEan(code).or(() -> ctx.data().products().bySku(code)))
                .onSuccess(p -> wrong(line, code, p, later))
                .onFailure(e -> wrong(line, code, Optional.empty(), later))
                .runWith(ctx.runner());
    }

    private void count(PickLineItem line, String code, int n) {
        int scanned = line.scanned() + n;
        String listId = list.get().id();
        if (scanned < line.quantity()) {
            scannedUnits.put(line.id(), scanned);
            BackgroundTask.ofRunnable(() -> ctx.data().pickCounts().put(listId, line.id(), scanned))
                    .onFailure(e -> ctx.notifier().error(ctx.i18n().get("picking.failed"), String.valueOf(e.getMessage())))
                    .runWith(ctx.runner());
            replace(line.id(), item -> rows.withScanned(item, scanned));
            done(ScanOutcome.COUNTED, ctx.i18n().get("picking.scan.counted", scanned, line.quantity(), line.title()));
            return;
        }
        scannedUnits.remove(line.id());
        selectedId = null;
        finish(rows.finished(line, PickLine.Status.PICKED, line.quantity(), null));
        done(ScanOutcome.CONFIRMED, ctx.i18n().get("picking.scan.confirmed", line.quantity(), line.title()));
        write(line.id(), () -> {
            ctx.actions().confirm(listId, line.id(), line.quantity(), code, ctx.username());
            ctx.data().pickCounts().clear(listId, line.id());
        });
    }

    private void wrong(PickLineItem expected, String code, Optional<Product> product, Optional<PickLineItem> later) {
        if (later.isPresent()) {
            reject(ScanOutcome.WRONG_ITEM, ctx.i18n().get("picking.scan.laterLine", code, later.get().title(),
                    later.get().bin(), expected.title(), expected.ean(), expected.bin()));
        } else if (product.isPresent()) {
            reject(ScanOutcome.WRONG_ITEM, ctx.i18n().get("picking.scan.wrongItem", code, product.get().title(),
                    expected.title(), expected.ean(), expected.bin()));
        } else {
            reject(ScanOutcome.UNKNOWN, ctx.i18n().get("picking.scan.unknown", code, expected.title(), expected.ean(),
                    expected.bin()));
        }
    }

    /// Short-picks the current line with [#shortReasonProperty()]; the units already counted are what was
    /// picked. The platform flags the line's order.
    public void shortPick() {
        PickLineItem line = current.get();
        PickShort.Reason reason = shortReason.get();
        if (line == null || reason == null) {
            return;
        }
        int picked = line.scanned();
        scannedUnits.remove(line.id());
        selectedId = null;
        finish(rows.finished(line, PickLine.Status.SHORT, picked, reason.name()));
        warning.set("");
        done(ScanOutcome.SHORT, ctx.i18n().get("picking.shorted", line.title(), rows.reasonText(reason.name())));
        String listId = list.get().id();
        write(line.id(), () -> {
            ctx.actions().shortPick(listId, line.id(), picked, reason, ctx.username());
            ctx.data().pickCounts().clear(listId, line.id());
        });
    }

    /// Accepts that someone else picked `line` first: my refused confirmation is dropped (the platform's
    /// state stands) and the list's later edits go on syncing.
    public void acceptTheirs(PickLineItem line) {
        if (line != null && line.conflictId() != null && ctx.conflicts() != null) {
            write(null, () -> ctx.conflicts().discard(line.conflictId()));
        }
    }

    public void dismissWarning() {
        warning.set("");
    }

    private void finish(PickLineItem done) {
        finishing.put(done.id(), done);
        replace(done.id(), item -> done);
    }

    private void write(String lineId, Runnable work) {
        BackgroundTask.ofRunnable(work)
                .onSuccess(v -> reload())
                .onFailure(e -> {
                    ctx.notifier().error(ctx.i18n().get("picking.failed"), String.valueOf(e.getMessage()));
                    if (lineId != null) {
                        finishing.remove(lineId);
                    }
                    reload();
                })
                .runWith(ctx.runner());
    }

    private void reject(ScanOutcome o, String text) {
        warning.set(text);
        message.set("");
        outcome.set(o);
        scans.set(scans.get() + 1);
    }

    private void done(ScanOutcome o, String text) {
        message.set(text);
        outcome.set(o);
        scans.set(scans.get() + 1);
        pickCurrent();
    }

    private void replace(String id, java.util.function.UnaryOperator<PickLineItem> change) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).id().equals(id)) {
                lines.set(i, change.apply(lines.get(i)));
            }
        }
    }

    private static boolean matches(PickLineItem l, String code) {
        return code.equals(l.ean()) || code.equalsIgnoreCase(l.sku());
    }

    public ObservableList<PickLineItem> lines() {
        return lines;
    }

    public ReadOnlyObjectProperty<PickLineItem> currentProperty() {
        return current.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<PickList> listProperty() {
        return list.getReadOnlyProperty();
    }

    /// The barcode field's text (the scanner types into it).
    public StringProperty scanTextProperty() {
        return scanText;
    }

    /// Units the next scan counts ("×N"); back to 1 after every scan.
    public StringProperty quantityTextProperty() {
        return quantityText;
    }

    public ObjectProperty<PickShort.Reason> shortReasonProperty() {
        return shortReason;
    }

    /// The wrong-scan warning; empty when there is none.
    public ReadOnlyStringProperty warningProperty() {
        return warning.getReadOnlyProperty();
    }

    /// What the last good scan did ("Picked 1 × …").
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<ScanOutcome> outcomeProperty() {
        return outcome.getReadOnlyProperty();
    }

    /// Counts every scan handled, so the View flashes even when two scans end alike.
    public ReadOnlyIntegerProperty scansProperty() {
        return scans.getReadOnlyProperty();
    }
}
