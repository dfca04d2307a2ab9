package com.trendythreads.opsdesk.viewmodels.picking;

import com.trendythreads.opsdesk.api.dto.catalog.Product;
import com.trendythreads.opsdesk.api.dto.fulfilment.PickLine;
import com.trendythreads.opsdesk.api.dto.fulfilment.PickList;
import com.trendythreads.opsdesk.api.dto.fulfilment.PickShort;
import com.trendythreads.opsdesk.cache.picking.BinOrder;
import com.trendythreads.opsdesk.cache.picking.LineSync;
import com.trendythreads.opsdesk.viewmodels.common.BackgroundTask;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
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
/// a multi-unit line live only on this screen until the line is complete.
public final class PickScreenViewModel {

    private final PickingContext ctx;
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
    private String selectedId;

    public PickScreenViewModel(PickingContext ctx) {
        this.ctx = ctx;
    }

    private record Snapshot(PickList list, Map<String, LineSync.State> sync) {
    }

    /// Shows `listId` (loaded in the background).
    public void show(String listId) {
        if (list.get() == null || !list.get().id().equals(listId)) {
            scannedUnits.clear();
            selectedId = null;
            warning.set("");
            message.set("");
        }
        BackgroundTask.of(() -> new Snapshot(ctx.data().pickLists().get(listId).orElse(null), ctx.lineSync().of(listId)))
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
            items.add(item(l, s.sync().get(l.id())));
        }
        lines.setAll(items);
        pickCurrent();
    }

    private PickLineItem item(PickLine l, LineSync.State sync) {
        int scanned = l.status() == PickLine.Status.OPEN ? scannedUnits.getOrDefault(l.id(), 0) : l.pickedQuantity();
        String status = switch (l.status()) {
            case OPEN -> scanned > 0 ? ctx.i18n().get("picking.line.counted", scanned, l.quantity())
                    : ctx.i18n().get("picking.line.open");
            case PICKED -> ctx.username().equals(l.confirmedBy()) || l.confirmedBy() == null
                    ? ctx.i18n().get("picking.line.picked") : ctx.i18n().get("picking.line.pickedBy", l.confirmedBy());
            case SHORT -> ctx.i18n().get("picking.line.short", l.pickedQuantity(), l.quantity(),
                    reasonText(l.shortReason()));
        };
        String note = "";
        Long conflictId = null;
        String pickedBy = null;
        if (sync != null) {
            switch (sync.kind()) {
                case PENDING -> note = ctx.i18n().get("picking.sync.pending");
                case FAILED -> note = ctx.i18n().get("picking.sync.failed", sync.reason());
                case CONFLICT -> {
                    conflictId = sync.conflictId();
                    pickedBy = sync.pickedBy();
                    note = pickedBy == null ? ctx.i18n().get("picking.sync.refused", sync.reason())
                            : ctx.i18n().get("picking.sync.takenBy", pickedBy, time(sync.pickedAt()), l.bin());
                }
            }
        }
        return new PickLineItem(l.id(), l.orderId(), l.bin(), l.title(),
                String.join(" · ", nz(l.colour()), nz(l.size())), l.sku(), l.ean(), l.quantity(), l.pickedQuantity(),
                scanned, l.status(), status, note, sync != null && sync.kind() == LineSync.Kind.PENDING, conflictId,
                pickedBy);
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
        if (scanned < line.quantity()) {
            scannedUnits.put(line.id(), scanned);
            replace(line.id(), item -> withScanned(item, scanned));
            done(ScanOutcome.COUNTED, ctx.i18n().get("picking.scan.counted", scanned, line.quantity(), line.title()));
            return;
        }
        scannedUnits.remove(line.id());
        selectedId = null;
        replace(line.id(), item -> finished(item, PickLine.Status.PICKED, line.quantity(),
                ctx.i18n().get("picking.line.picked")));
        done(ScanOutcome.CONFIRMED, ctx.i18n().get("picking.scan.confirmed", line.quantity(), line.title()));
        String listId = list.get().id();
        write(() -> ctx.actions().confirm(listId, line.id(), line.quantity(), code, ctx.username()));
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
        replace(line.id(), item -> finished(item, PickLine.Status.SHORT, picked,
                ctx.i18n().get("picking.line.short", picked, line.quantity(), reasonText(reason.name()))));
        warning.set("");
        done(ScanOutcome.SHORT, ctx.i18n().get("picking.shorted", line.title(), reasonText(reason.name())));
        String listId = list.get().id();
        write(() -> ctx.actions().shortPick(listId, line.id(), picked, reason, ctx.username()));
    }

    /// Accepts that someone else picked `line` first: my refused confirmation is dropped (the platform's
    /// state stands) and the list's later edits go on syncing.
    public void acceptTheirs(PickLineItem line) {
        if (line != null && line.conflictId() != null && ctx.conflicts() != null) {
            write(() -> ctx.conflicts().discard(line.conflictId()));
        }
    }

    public void dismissWarning() {
        warning.set("");
    }

    private void write(Runnable work) {
        BackgroundTask.ofRunnable(work)
                .onSuccess(v -> reload())
                .onFailure(e -> {
                    ctx.notifier().error(ctx.i18n().get("picking.failed"), String.valueOf(e.getMessage()));
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

    private PickLineItem withScanned(PickLineItem l, int scanned) {
        return new PickLineItem(l.id(), l.orderId(), l.bin(), l.title(), l.variant(), l.sku(), l.ean(), l.quantity(),
                l.picked(), scanned, l.status(), ctx.i18n().get("picking.line.counted", scanned, l.quantity()),
                l.syncNote(), l.pending(), l.conflictId(), l.pickedBy());
    }

    private PickLineItem finished(PickLineItem l, PickLine.Status status, int picked, String text) {
        return new PickLineItem(l.id(), l.orderId(), l.bin(), l.title(), l.variant(), l.sku(), l.ean(), l.quantity(),
                picked, picked, status, text, ctx.i18n().get("picking.sync.pending"), true, null, null);
    }

    private static boolean matches(PickLineItem l, String code) {
        return code.equals(l.ean()) || code.equalsIgnoreCase(l.sku());
    }

    private String reasonText(String reason) {
        return reason == null ? "" : ctx.i18n().get("picking.reason." + reason.toLowerCase(Locale.ROOT));
    }

    private String time(java.time.Instant at) {
        return at == null ? "?" : DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(ctx.i18n().locale())
                .withZone(ZoneId.systemDefault()).format(at);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
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
