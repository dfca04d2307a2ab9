package com.trendythreads.opsdesk.viewmodels.supply;

import com.trendythreads.opsdesk.api.dto.supply.PurchaseOrder;
import com.trendythreads.opsdesk.api.dto.supply.PurchaseOrderStatus;
import com.trendythreads.opsdesk.api.dto.supply.Supplier;
import com.trendythreads.opsdesk.cache.store.ChangeBus;
import com.trendythreads.opsdesk.cache.supply.LeadTimeStats;
import com.trendythreads.opsdesk.cache.supply.SupplyData;
import com.trendythreads.opsdesk.viewmodels.catalog.jobs.Money;
import com.trendythreads.opsdesk.viewmodels.common.Activatable;
import com.trendythreads.opsdesk.viewmodels.common.BackgroundTask;
import com.trendythreads.opsdesk.viewmodels.common.Command;
import com.trendythreads.opsdesk.viewmodels.common.I18n;
import com.trendythreads.opsdesk.viewmodels.common.Notifier;
import com.trendythreads.opsdesk.viewmodels.common.TaskRunner;
import com.trendythreads.opsdesk.viewmodels.inventory.StockSource;
import com.trendythreads.opsdesk.viewmodels.supply.PurchasingItems.LineItem;
import com.trendythreads.opsdesk.viewmodels.supply.PurchasingItems.OrderRow;
import com.trendythreads.opsdesk.viewmodels.supply.PurchasingItems.ReceiveLine;
import com.trendythreads.opsdesk.viewmodels.supply.PurchasingItems.ScoreRow;
import jakarta.inject.Inject;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/// The Purchasing tab (lane supply, issue #11): purchase orders from the cache with a status filter, the
/// selected PO in an editor (a DRAFT's quantities are typed and saved; send, cancel), the receive dialog's
/// lines (counted quantity per line, the discrepancy as typed) and the supplier scorecard. Every write goes
/// through [SupplyData] (outbox: works offline, pushed once).
public final class PurchasingViewModel implements Activatable {

    private final StockSource source;
    private final TaskRunner runner;
    private final Notifier notifier;
    private final I18n i18n;
    private final ObservableList<PurchaseOrderStatus> statuses = FXCollections.observableArrayList();
    private final ObjectProperty<PurchaseOrderStatus> statusFilter = new SimpleObjectProperty<>();
    private final ObservableList<OrderRow> orders = FXCollections.observableArrayList();
    private final ObjectProperty<OrderRow> selected = new SimpleObjectProperty<>();
    private final ObservableList<LineItem> lines = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper header = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper editable = new ReadOnlyBooleanWrapper();
    private final ObservableList<ReceiveLine> receiveLines = FXCollections.observableArrayList();
    private final ObservableList<ScoreRow> scorecard = FXCollections.observableArrayList();
    private final Command save;
    private final Command send;
    private final Command cancel;
    private final Command receive;
    private ChangeBus.Subscription subscription;
    private String wanted;
    private PurchaseOrder shownOrder;
    /// While the list is replaced: the table's selection passes through null, which must not clear the editor.
    private boolean replacing;
    /// The PO to keep selected across reloads (only changed on the FX thread, never by a transient null).
    private String keepId;

    @Inject
    public PurchasingViewModel(StockSource source, TaskRunner runner, Notifier notifier, I18n i18n) {
        this.source = source;
        this.runner = runner;
        this.notifier = notifier;
        this.i18n = i18n;
        statuses.add(null);
        statuses.addAll(PurchaseOrderStatus.values());
        var isDraft = Bindings.createBooleanBinding(() -> status() == PurchaseOrderStatus.DRAFT, selected);
        save = Command.of(this::saveQuantities, editable.getReadOnlyProperty());
        send = Command.of(() -> act(SupplyData::send, "supply.sent"), editable.getReadOnlyProperty().and(isDraft));
        cancel = Command.of(() -> act(SupplyData::cancel, "supply.cancelled"), Bindings.createBooleanBinding(() ->
                status() != null && status() != PurchaseOrderStatus.RECEIVED && status() != PurchaseOrderStatus.CANCELLED
                        && source.may("cancelPurchaseOrder"), selected));
        receive = Command.of(this::prepareReceive, Bindings.createBooleanBinding(() ->
                (status() == PurchaseOrderStatus.SENT || status() == PurchaseOrderStatus.PARTIALLY_RECEIVED)
                        && source.may("receivePurchaseOrder"), selected));
        statusFilter.addListener((o, a, b) -> reload());
        selected.addListener((o, a, b) -> {
            if (!replacing) {
                keepId = b == null ? null : b.id();
                showSelected();
            }
        });
    }

    private PurchaseOrderStatus status() {
        return selected.get() == null ? null : selected.get().order().status();
    }

    @Override
    public void activate() {
        if (subscription == null) {
            SupplyData supply = source.data().supply();
            // on the committing thread: hand the reload to the runner
            subscription = supply.onChange(c -> reload());
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

    /// Selects the PO `id` as soon as the list has it (a PO "Create POs" just made).
    public void open(String id) {
        wanted = id;
        reload();
    }

    /// Reloads the list (keeping the selection by id) and the scorecard.
    public void reload() {
        PurchaseOrderStatus filter = statusFilter.get();
        BackgroundTask.of(() -> load(filter))
                .onSuccess(this::show)
                .onFailure(e -> notifier.error(i18n.get("supply.loadFailed"), String.valueOf(e.getMessage())))
                .runWith(runner);
    }

    /// @param renamed local ids of POs made here → the platform's ids (a pushed draft stays selected)
    private record Loaded(List<OrderRow> rows, List<ScoreRow> scores, Map<String, String> renamed) {
    }

    private Loaded load(PurchaseOrderStatus filter) {
        SupplyData supply = source.data().supply();
        Map<String, Supplier> suppliers = supply.suppliersById();
        DateTimeFormatter f = DateTimeFormatter.ofLocalizedDate(FormatStyle.SHORT).withLocale(i18n.locale())
                .withZone(ZoneId.systemDefault());
        List<OrderRow> rows = new ArrayList<>();
        for (PurchaseOrder po : supply.purchaseOrders(filter)) {
            Supplier s = suppliers.get(po.supplierId());
            rows.add(new OrderRow(po.id(), s == null ? po.supplierId() : s.name(), po.locationId(),
                    i18n.get("supply.status." + po.status().name()), Money.format(po.totalCents(), i18n.locale()),
                    po.createdAt() == null ? "" : f.format(po.createdAt()), po.lines().size(), po));
        }
        List<ScoreRow> scores = new ArrayList<>();
        for (Map.Entry<String, LeadTimeStats.Card> e : supply.scorecards().entrySet()) {
            scores.add(score(suppliers.get(e.getKey()), e.getValue()));
        }
        return new Loaded(rows, scores, supply.renamedIds());
    }

    private ScoreRow score(Supplier s, LeadTimeStats.Card c) {
        boolean any = c.receivedPos() > 0;
        String days = i18n.get("supply.days", c.promisedLeadDays());
        return new ScoreRow(s.id(), s.name(), days, c.receivedPos(),
                any ? String.format(i18n.locale(), "%.1f", c.meanLeadDays()) : "–",
                any ? String.format(i18n.locale(), "±%.1f", c.spreadDays()) : "–",
                any ? percent(c.onTimeRate()) : "–", any ? percent(c.fillRate()) : "–",
                any ? String.format(i18n.locale(), "%+.1f %%", c.costChangePct()) : "–",
                i18n.get("supply.lead." + (any ? "actual" : "promised"), c.planningLeadDays()));
    }

    private String percent(double rate) {
        return Double.isNaN(rate) ? "–" : String.format(i18n.locale(), "%.0f %%", rate * 100);
    }

    private void show(Loaded loaded) {
        String wish = wanted != null ? wanted : keepId;
        String keep = wish == null ? null : loaded.renamed().getOrDefault(wish, wish);
        if (!orders.equals(loaded.rows())) {
            replacing = true;
            try {
                orders.setAll(loaded.rows());
            } finally {
                replacing = false;
            }
        }
        if (!scorecard.equals(loaded.scores())) {
            scorecard.setAll(loaded.scores());
        }
        OrderRow again = keep == null ? null : orders.stream().filter(r -> r.id().equals(keep)).findFirst().orElse(null);
        // Not there yet (a push renamed it between reading the list and its id): the next reload, which that
        // change triggers, looks again.
        wanted = again == null ? keep : null;
        keepId = again == null ? keepId : again.id();
        selected.set(again);
        showSelected(); // the same id may carry a newer document
    }

    private void showSelected() {
        OrderRow row = selected.get();
        if (row == null) {
            shownOrder = null;
            lines.clear();
            header.set("");
            editable.set(false);
            return;
        }
        PurchaseOrder po = row.order();
        if (po.equals(shownOrder)) {
            return; // the same document: keep the lines and what is typed into them
        }
        shownOrder = po;
        lines.setAll(po.lines().stream().map(l -> new LineItem(l, Money.format(l.unitCostCents(), i18n.locale())))
                .toList());
        header.set(i18n.get("supply.header", row.id(), row.supplier(), row.location(), row.status(), row.total()));
        editable.set(po.status() == PurchaseOrderStatus.DRAFT && source.may("updatePurchaseOrder"));
    }

    private void saveQuantities() {
        OrderRow row = selected.get();
        Map<String, Integer> q = new LinkedHashMap<>();
        for (LineItem l : lines) {
            if (l.typedQuantity() < 0) {
                notifier.error(i18n.get("supply.badQuantity"), l.sku());
                return;
            }
            q.put(l.sku(), l.typedQuantity());
        }
        BackgroundTask.of(() -> source.data().supply().updateQuantities(row.id(), q))
                .onSuccess(x -> notifier.info(i18n.get("supply.saved", row.id())))
                .onFailure(e -> notifier.error(i18n.get("supply.saveFailed"), String.valueOf(e.getMessage())))
                .runWith(runner);
    }

    private interface Action {
        long run(SupplyData supply, String id);
    }

    private void act(Action action, String doneKey) {
        OrderRow row = selected.get();
        BackgroundTask.of(() -> action.run(source.data().supply(), row.id()))
                .onSuccess(x -> notifier.info(i18n.get(doneKey, row.id())))
                .onFailure(e -> notifier.error(i18n.get("supply.saveFailed"), String.valueOf(e.getMessage())))
                .runWith(runner);
    }

    /// Fills [#receiveLines()] with the selected PO's lines, each counted as what is still outstanding; the
    /// View then shows the receive dialog.
    private void prepareReceive() {
        receiveLines.setAll(selected.get().order().lines().stream().map(ReceiveLine::new).toList());
    }

    /// Books the counted quantities of [#receiveLines()] as one receipt; `closeShort` ends the PO even if short.
    /// Refused (with a notice) when a count is not a whole number.
    public boolean confirmReceive(boolean closeShort) {
        OrderRow row = selected.get();
        Map<String, Integer> counted = new LinkedHashMap<>();
        for (ReceiveLine l : receiveLines) {
            if (l.typed() < 0) {
                notifier.error(i18n.get("supply.badQuantity"), l.sku());
                return false;
            }
            counted.put(l.sku(), l.typed());
        }
        BackgroundTask.of(() -> source.data().supply().receive(row.id(), counted, closeShort))
                .onSuccess(x -> notifier.info(i18n.get("supply.received", row.id())))
                .onFailure(e -> notifier.error(i18n.get("supply.saveFailed"), String.valueOf(e.getMessage())))
                .runWith(runner);
        return true;
    }

    public ObservableList<PurchaseOrderStatus> statuses() {
        return statuses;
    }

    public ObjectProperty<PurchaseOrderStatus> statusFilterProperty() {
        return statusFilter;
    }

    public ObservableList<OrderRow> orders() {
        return orders;
    }

    public ObjectProperty<OrderRow> selectedProperty() {
        return selected;
    }

    public ObservableList<LineItem> lines() {
        return lines;
    }

    public ReadOnlyStringProperty headerProperty() {
        return header.getReadOnlyProperty();
    }

    /// Whether the selected PO's quantities may be typed (a DRAFT, and the user may update POs).
    public ReadOnlyBooleanProperty editableProperty() {
        return editable.getReadOnlyProperty();
    }

    public ObservableList<ReceiveLine> receiveLines() {
        return receiveLines;
    }

    public ObservableList<ScoreRow> scorecard() {
        return scorecard;
    }

    public Command saveCommand() {
        return save;
    }

    public Command sendCommand() {
        return send;
    }

    public Command cancelCommand() {
        return cancel;
    }

    public Command receiveCommand() {
        return receive;
    }

    /// Whether the tab shows at all: the user may list purchase orders (`listPurchaseOrders`).
    public boolean visible() {
        return source.may("listPurchaseOrders");
    }

    /// The status filter's text (null = all).
    public String statusText(PurchaseOrderStatus s) {
        return s == null ? i18n.get("supply.status.all") : i18n.get("supply.status." + s.name());
    }
}
