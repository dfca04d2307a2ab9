package com.trendythreads.opsdesk.viewmodels.inventory;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.trendythreads.opsdesk.api.dto.inventory.Transfer;
import com.trendythreads.opsdesk.api.dto.inventory.TransferLine;
import com.trendythreads.opsdesk.api.dto.inventory.TransferStatus;
import com.trendythreads.opsdesk.cache.store.ChangeBus;
import com.trendythreads.opsdesk.cache.store.ResourceType;
import com.trendythreads.opsdesk.viewmodels.common.Activatable;
import com.trendythreads.opsdesk.viewmodels.common.BackgroundTask;
import com.trendythreads.opsdesk.viewmodels.common.Command;
import com.trendythreads.opsdesk.viewmodels.common.I18n;
import com.trendythreads.opsdesk.viewmodels.common.Notifier;
import com.trendythreads.opsdesk.viewmodels.common.TaskRunner;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/// Transfers between locations: create one (from, to, lines of SKU and quantity), ship it, and receive it
/// with the counted quantity of each line; a count that differs from what was shipped is a discrepancy,
/// which the platform records (RECEIVED_WITH_DISCREPANCY) and the line shows. Every step is queued
/// through the outbox (create, then the `ship` and `receive` actions), so it works offline.
public final class TransfersViewModel implements Activatable {

    /// A transfer in the list.
    public record TransferItem(Transfer transfer, String title, String status, String lines) {
    }

    /// A line of the transfer being written.
    public record DraftLine(String sku, int quantity) {
    }

    /// A line being received: the shipped quantity and the counted one (editable).
    public static final class ReceiveLine {
        private final String sku;
        private final int shipped;
        private final StringProperty received;

        ReceiveLine(String sku, int shipped, Integer received) {
            this.sku = sku;
            this.shipped = shipped;
            this.received = new SimpleStringProperty(Integer.toString(received == null ? shipped : received));
        }

        public String sku() {
            return sku;
        }

        public int shipped() {
            return shipped;
        }

        public StringProperty receivedProperty() {
            return received;
        }

        /// The counted quantity, or -1 when the text is not a whole number ≥ 0.
        public int receivedQuantity() {
            try {
                int v = Integer.parseInt(received.get().trim());
                return v < 0 ? -1 : v;
            } catch (NumberFormatException e) {
                return -1;
            }
        }
    }

    private final StockSource source;
    private final TaskRunner runner;
    private final Notifier notifier;
    private final I18n i18n;
    private final ObservableList<TransferItem> transfers = FXCollections.observableArrayList();
    private final ObservableList<String> locations = FXCollections.observableArrayList();
    private final ObjectProperty<TransferItem> selected = new SimpleObjectProperty<>();
    private final StringProperty from = new SimpleStringProperty();
    private final StringProperty to = new SimpleStringProperty();
    private final StringProperty lineSku = new SimpleStringProperty("");
    private final StringProperty lineQuantity = new SimpleStringProperty("1");
    private final ObservableList<DraftLine> draft = FXCollections.observableArrayList();
    private final ObservableList<ReceiveLine> receiveLines = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper discrepancy = new ReadOnlyStringWrapper("");
    private final Command addLine;
    private final Command create;
    private final Command ship;
    private final Command receive;
    private ChangeBus.Subscription subscription;

    @Inject
    public TransfersViewModel(StockSource source, TaskRunner runner, Notifier notifier, I18n i18n) {
        this.source = source;
        this.runner = runner;
        this.notifier = notifier;
        this.i18n = i18n;
        // Planners (MERCHANDISER) see transfers (listTransfers) but only the warehouse side moves stock: each
        // action is offered to the roles the contract lets call its operation.
        boolean mayCreate = source.may("createTransfer");
        boolean mayShip = source.may("shipTransfer");
        boolean mayReceive = source.may("receiveTransfer");
        addLine = Command.of(this::addLine, Bindings.createBooleanBinding(() -> mayCreate && !lineSku.get().isBlank()
                && quantity() > 0, lineSku, lineQuantity));
        create = Command.of(this::create, Bindings.createBooleanBinding(() -> mayCreate && from.get() != null
                && to.get() != null && !from.get().equals(to.get()) && !draft.isEmpty(), from, to, draft));
        ship = Command.of(this::ship, Bindings.createBooleanBinding(() -> mayShip
                && status() == TransferStatus.CREATED, selected));
        receive = Command.of(this::receive, Bindings.createBooleanBinding(() -> mayReceive
                && status() == TransferStatus.SHIPPED, selected));
        selected.addListener((o, a, b) -> showReceive(b));
    }

    private TransferStatus status() {
        return selected.get() == null ? null : selected.get().transfer().status();
    }

    private int quantity() {
        try {
            return Integer.parseInt(lineQuantity.get().trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    @Override
    public void activate() {
        if (subscription == null) {
            subscription = source.store().onTransferChange(c -> runner.ui().dispatch(this::reload));
        }
        reload();
    }

    @Override
    public void deactivate() {
        if (subscription != null) {
            subscription.close();
            subscription = null;
        }
    }

    public void reload() {
        BackgroundTask.of(() -> new Object[] {source.store().transfers(),
                        source.data().reference().locations().stream().map(l -> l.id()).toList()})
                .onSuccess(r -> {
                    @SuppressWarnings("unchecked") List<Transfer> list = (List<Transfer>) r[0];
                    @SuppressWarnings("unchecked") List<String> locs = (List<String>) r[1];
                    String keep = selected.get() == null ? null : selected.get().transfer().id();
                    transfers.setAll(list.stream().map(this::item).toList());
                    locations.setAll(locs);
                    transfers.stream().filter(t -> t.transfer().id().equals(keep)).findFirst().ifPresent(selected::set);
                })
                .onFailure(e -> notifier.error(i18n.get("inventory.loadFailed"), String.valueOf(e.getMessage())))
                .runWith(runner);
    }

    private TransferItem item(Transfer t) {
        String lines = t.lines() == null ? "" : String.join(", ", t.lines().stream().map(l -> l.sku() + " × "
                + l.quantity() + (l.receivedQuantity() != null && l.receivedQuantity() != l.quantity()
                ? " (" + i18n.get("inventory.transfer.receivedShort", l.receivedQuantity()) + ")" : "")).toList());
        return new TransferItem(t, t.id() + "  " + t.fromLocationId() + " → " + t.toLocationId(),
                i18n.get("inventory.transfer.status." + t.status().name()), lines);
    }

    private void showReceive(TransferItem t) {
        receiveLines.clear();
        discrepancy.set("");
        if (t == null || t.transfer().lines() == null) {
            return;
        }
        for (TransferLine l : t.transfer().lines()) {
            receiveLines.add(new ReceiveLine(l.sku(), l.quantity(), l.receivedQuantity()));
        }
        int diff = t.transfer().lines().stream().filter(l -> l.receivedQuantity() != null)
                .mapToInt(l -> l.receivedQuantity() - l.quantity()).sum();
        if (diff != 0) {
            discrepancy.set(i18n.get("inventory.transfer.discrepancy", (diff > 0 ? "+" : "") + diff));
        }
    }

    private void addLine() {
        String sku = lineSku.get().trim();
        draft.removeIf(l -> l.sku().equals(sku));
        draft.add(new DraftLine(sku, quantity()));
        lineSku.set("");
        lineQuantity.set("1");
    }

    public void removeLine(DraftLine line) {
        draft.remove(line);
    }

    private void create() {
        String f = from.get();
        String t = to.get();
        List<DraftLine> lines = List.copyOf(draft);
        ObjectNode body = JsonNodeFactory.instance.objectNode().put("fromLocationId", f).put("toLocationId", t);
        ArrayNode arr = body.putArray("lines");
        lines.forEach(l -> arr.addObject().put("sku", l.sku()).put("quantity", l.quantity()));
        ObjectNode local = body.deepCopy().put("status", TransferStatus.CREATED.name())
                .put("createdAt", Instant.now().truncatedTo(ChronoUnit.MILLIS).toString());
        BackgroundTask.of(() -> source.data().edits().create(ResourceType.TRANSFER, body, local,
                        "Transfer " + f + " → " + t + " (" + lines.size() + " lines)"))
                .onSuccess(id -> {
                    draft.clear();
                    notifier.info(i18n.get("inventory.transfer.created", f, t));
                    reload();
                })
                .onFailure(e -> notifier.error(i18n.get("inventory.transfer.failed"), String.valueOf(e.getMessage())))
                .runWith(runner);
    }

    private void ship() {
        Transfer t = selected.get().transfer();
        BackgroundTask.of(() -> source.data().edits().action(ResourceType.TRANSFER, t.id(), "ship", null,
                        JsonNodeFactory.instance.objectNode().put("status", TransferStatus.SHIPPED.name()), true,
                        "Ship transfer " + t.id()))
                .onSuccess(seq -> reload())
                .onFailure(e -> notifier.error(i18n.get("inventory.transfer.failed"), String.valueOf(e.getMessage())))
                .runWith(runner);
    }

    private void receive() {
        Transfer t = selected.get().transfer();
        if (receiveLines.stream().anyMatch(l -> l.receivedQuantity() < 0)) {
            notifier.error(i18n.get("inventory.transfer.failed"), i18n.get("inventory.transfer.receivedInvalid"));
            return;
        }
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        ArrayNode lines = body.putArray("lines");
        ObjectNode local = JsonNodeFactory.instance.objectNode();
        ArrayNode localLines = local.putArray("lines");
        boolean differs = false;
        for (ReceiveLine l : receiveLines) {
            lines.addObject().put("sku", l.sku()).put("receivedQuantity", l.receivedQuantity());
            localLines.addObject().put("sku", l.sku()).put("quantity", l.shipped())
                    .put("receivedQuantity", l.receivedQuantity());
            differs |= l.receivedQuantity() != l.shipped();
        }
        local.put("status", (differs ? TransferStatus.RECEIVED_WITH_DISCREPANCY : TransferStatus.RECEIVED).name());
        BackgroundTask.of(() -> source.data().edits().action(ResourceType.TRANSFER, t.id(), "receive", body, local,
                        true, "Receive transfer " + t.id()))
                .onSuccess(seq -> reload())
                .onFailure(e -> notifier.error(i18n.get("inventory.transfer.failed"), String.valueOf(e.getMessage())))
                .runWith(runner);
    }

    public ObservableList<TransferItem> transfers() {
        return transfers;
    }

    public ObservableList<String> locations() {
        return locations;
    }

    public ObjectProperty<TransferItem> selectedProperty() {
        return selected;
    }

    public StringProperty fromProperty() {
        return from;
    }

    public StringProperty toProperty() {
        return to;
    }

    public StringProperty lineSkuProperty() {
        return lineSku;
    }

    public StringProperty lineQuantityProperty() {
        return lineQuantity;
    }

    public ObservableList<DraftLine> draft() {
        return draft;
    }

    public ObservableList<ReceiveLine> receiveLines() {
        return receiveLines;
    }

    /// The selected transfer's discrepancy on receipt ("" when none).
    public ReadOnlyStringProperty discrepancyProperty() {
        return discrepancy.getReadOnlyProperty();
    }

    public Command addLineCommand() {
        return addLine;
    }

    public Command createCommand() {
        return create;
    }

    public Command shipCommand() {
        return ship;
    }

    public Command receiveCommand() {
        return receive;
    }
}
