package com.trendythreads.opsdesk.viewmodels.picking;

import com.trendythreads.opsdesk.api.dto.fulfilment.PickLine;
import com.trendythreads.opsdesk.api.dto.fulfilment.PickList;
import com.trendythreads.opsdesk.api.dto.fulfilment.PickListStatus;
import com.trendythreads.opsdesk.api.dto.fulfilment.ShipCreate;
import com.trendythreads.opsdesk.cache.picking.PickPdf;
import com.trendythreads.opsdesk.viewmodels.common.BackgroundTask;
import com.trendythreads.opsdesk.viewmodels.common.Command;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/// Packing and shipping a picked list: tick each order's items, enter packages and weight, pack; then
/// carrier and tracking number, ship. Both go through the outbox. Also prints the pick list and the
/// packing slips as PDF.
public final class PackViewModel {

    /// The platform's rule for tracking numbers.
    private static final Pattern TRACKING = Pattern.compile("[A-Z0-9]{8,30}");

    private final PickingContext ctx;
    private final ReadOnlyObjectWrapper<PickList> list = new ReadOnlyObjectWrapper<>();
    private final ObservableList<PackOrderItem> orders = FXCollections.observableArrayList();
    private final StringProperty packages = new SimpleStringProperty("1");
    private final StringProperty weight = new SimpleStringProperty("");
    private final ObjectProperty<ShipCreate.Carrier> carrier = new SimpleObjectProperty<>(ShipCreate.Carrier.DHL);
    private final StringProperty tracking = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper packError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper trackingError = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper allChecked = new ReadOnlyBooleanWrapper();
    private final Command packCommand;
    private final Command shipCommand;

    public PackViewModel(PickingContext ctx) {
        this.ctx = ctx;
        packages.addListener((o, a, b) -> validate());
        weight.addListener((o, a, b) -> validate());
        tracking.addListener((o, a, b) -> validate());
        var status = list.map(PickList::status);
        packCommand = Command.of(this::pack, Bindings.createBooleanBinding(() -> status.getValue() == PickListStatus.PICKED
                && allChecked.get() && packError.get().isEmpty(), status, allChecked, packError));
        shipCommand = Command.of(this::ship, Bindings.createBooleanBinding(() -> status.getValue() == PickListStatus.PACKED
                && trackingError.get().isEmpty() && !tracking.get().isBlank(), status, trackingError, tracking));
        validate();
    }

    /// Shows `listId` (loaded in the background).
    public void show(String listId) {
        BackgroundTask.of(() -> ctx.data().pickLists().get(listId).orElse(null))
                .onSuccess(this::apply)
                .runWith(ctx.runner());
    }

    public void reload() {
        if (list.get() != null) {
            show(list.get().id());
        }
    }

    private void apply(PickList l) {
        boolean same = list.get() != null && l != null && list.get().id().equals(l.id());
        list.set(l);
        if (same && orders.size() == (l == null ? 0 : l.orderIds().size())) {
            return; // keep the packer's ticks across a sync
        }
        List<PackOrderItem> items = new ArrayList<>();
        if (l != null) {
            for (String orderId : l.orderIds()) {
                List<PickLine> mine = l.lines().stream().filter(x -> x.orderId().equals(orderId)).toList();
                List<String> texts = mine.stream().map(x -> x.pickedQuantity() + " / " + x.quantity() + " × "
                        + x.title() + " (" + x.colour() + " · " + x.size() + ") " + x.sku()).toList();
                PackOrderItem item = new PackOrderItem(orderId, texts,
                        mine.stream().anyMatch(x -> x.status() == PickLine.Status.SHORT));
                item.checkedProperty().addListener((o, a, b) -> updateChecked());
                items.add(item);
            }
        }
        orders.setAll(items);
        updateChecked();
    }

    private void updateChecked() {
        allChecked.set(!orders.isEmpty() && orders.stream().allMatch(o -> o.checkedProperty().get()));
    }

    private void validate() {
        Integer p = parse(packages.get());
        Integer w = parse(weight.get());
        if (p == null || p < 1 || p > 50) {
            packError.set(ctx.i18n().get("picking.pack.packagesRule"));
        } else if (w == null || w < 1) {
            packError.set(ctx.i18n().get("picking.pack.weightRule"));
        } else {
            packError.set("");
        }
        String t = tracking.get() == null ? "" : tracking.get().trim().toUpperCase(Locale.ROOT);
        trackingError.set(t.isEmpty() || TRACKING.matcher(t).matches() ? "" : ctx.i18n().get("picking.ship.trackingRule"));
    }

    private void pack() {
        String id = list.get().id();
        int p = parse(packages.get());
        int w = parse(weight.get());
        write(() -> ctx.actions().pack(id, p, w), ctx.i18n().get("picking.pack.done", id));
    }

    private void ship() {
        String id = list.get().id();
        ShipCreate.Carrier c = carrier.get();
        String t = tracking.get().trim().toUpperCase(Locale.ROOT);
        write(() -> ctx.actions().ship(id, c, t), ctx.i18n().get("picking.ship.done", id, c, t));
    }

    /// Writes the shown list's pick list as PDF to `file` and opens it.
    public void printPickList(Path file) {
        printPickList(list.get() == null ? null : list.get().id(), file);
    }

    /// Writes the pick list `listId` (lines in walking order, EAN-13 barcodes) as PDF to `file` and opens it.
    public void printPickList(String listId, Path file) {
        print(listId, file, PickPdf::pickList);
    }

    /// Writes one packing slip per order of the shown list as PDF to `file` and opens it.
    public void printPackingSlips(Path file) {
        print(list.get() == null ? null : list.get().id(), file, PickPdf::packingSlips);
    }

    private void print(String listId, Path file, TriWriter writer) {
        if (listId == null || file == null) {
            return;
        }
        PickPdf.Labels labels = labels();
        BackgroundTask.ofRunnable(() -> {
                    PickList l = ctx.data().pickLists().get(listId)
                            .orElseThrow(() -> new IllegalStateException("No pick list " + listId));
                    writer.write(l, labels, file);
                    ctx.desktop().open(file);
                })
                .onSuccess(v -> ctx.notifier().info(ctx.i18n().get("picking.print.done", file.getFileName())))
                .onFailure(e -> ctx.notifier().error(ctx.i18n().get("picking.print.failed"), String.valueOf(e.getMessage())))
                .runWith(ctx.runner());
    }

    private interface TriWriter {
        void write(PickList list, PickPdf.Labels labels, Path file);
    }

    private PickPdf.Labels labels() {
        var t = ctx.i18n();
        return new PickPdf.Labels(t.get("picking.pdf.pickList"), t.get("picking.pdf.packingSlip"), t.get("picking.col.bin"),
                t.get("picking.col.item"), t.get("picking.col.sku"), t.get("picking.col.qty"), t.get("picking.col.barcode"),
                t.get("picking.col.picked"), t.get("picking.col.order"), t.get("picking.pdf.short"), t.get("picking.pdf.flagged"));
    }

    private void write(Runnable work, String doneText) {
        BackgroundTask.ofRunnable(work)
                .onSuccess(v -> {
                    ctx.notifier().info(doneText);
                    reload();
                })
                .onFailure(e -> ctx.notifier().error(ctx.i18n().get("picking.failed"), String.valueOf(e.getMessage())))
                .runWith(ctx.runner());
    }

    private static Integer parse(String s) {
        try {
            return s == null ? null : Integer.valueOf(s.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    public ReadOnlyObjectProperty<PickList> listProperty() {
        return list.getReadOnlyProperty();
    }

    public ObservableList<PackOrderItem> orders() {
        return orders;
    }

    public StringProperty packagesProperty() {
        return packages;
    }

    /// Total weight in grams.
    public StringProperty weightProperty() {
        return weight;
    }

    public ObjectProperty<ShipCreate.Carrier> carrierProperty() {
        return carrier;
    }

    public StringProperty trackingProperty() {
        return tracking;
    }

    public ReadOnlyStringProperty packErrorProperty() {
        return packError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty trackingErrorProperty() {
        return trackingError.getReadOnlyProperty();
    }

    public Command packCommand() {
        return packCommand;
    }

    public Command shipCommand() {
        return shipCommand;
    }
}
