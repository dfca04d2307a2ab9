package com.trendythreads.opsdesk.views.orders;

import com.trendythreads.opsdesk.viewmodels.common.Activatable;
import com.trendythreads.opsdesk.viewmodels.common.I18n;
import com.trendythreads.opsdesk.viewmodels.orders.OrderDetailItems;
import com.trendythreads.opsdesk.viewmodels.orders.OrderDetailViewModel;
import com.trendythreads.opsdesk.views.common.ViewLoader;
import com.trendythreads.opsdesk.views.common.TableColumns;
import jakarta.inject.Inject;
import java.util.function.Function;
import javafx.beans.value.ObservableStringValue;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/// One order: header, actions (each disabled with its reason as the tooltip), customer and addresses,
/// lines, the timeline with who and when, payments, tickets and the pick list. Embeddable: load it with
/// [#load(ViewLoader, OrderDetailView)] and call `viewModel().show(orderId)`.
public final class OrderDetailView implements Activatable {

    private final OrderDetailViewModel vm;
    private final I18n i18n;
    private final ViewLoader loader;

    @FXML private Label emptyLabel;
    @FXML private ScrollPane content;
    @FXML private Label orderTitle;
    @FXML private Label orderStatus;
    @FXML private StackPane refundWrap;
    @FXML private StackPane returnWrap;
    @FXML private StackPane cancelWrap;
    @FXML private Button refundButton;
    @FXML private Button returnButton;
    @FXML private Button cancelButton;
    @FXML private Label totals;
    @FXML private Label customerName;
    @FXML private Label customerEmail;
    @FXML private Label customerPhone;
    @FXML private Hyperlink customerLink;
    @FXML private Label shipTo;
    @FXML private Label billTo;
    @FXML private TableView<OrderDetailItems.LineItem> linesTable;
    @FXML private TableView<OrderDetailItems.TimelineItem> timelineTable;
    @FXML private javafx.scene.layout.VBox historyBox;
    @FXML private TableView<OrderDetailItems.PaymentItem> paymentsTable;
    @FXML private ListView<OrderDetailItems.TicketItem> ticketList;
    @FXML private Hyperlink pickListLink;
    private Stage openDialog;

    @Inject
    public OrderDetailView(OrderDetailViewModel vm, I18n i18n, ViewLoader loader) {
        this.vm = vm;
        this.i18n = i18n;
        this.loader = loader;
    }

    /// Loads the detail's FXML with `view` as its controller; returns the root to place.
    public static Node load(ViewLoader loader, OrderDetailView view) {
        return loader.load(OrderDetailView.class, view).root();
    }

    @FXML
    private void initialize() {
        historyBox.getChildren().add(new com.trendythreads.opsdesk.views.audit.RecordHistoryPane(vm.history(), i18n,
                "orderHistory"));
        content.visibleProperty().bind(vm.orderProperty().isNotNull());
        emptyLabel.visibleProperty().bind(vm.orderProperty().isNull());
        orderTitle.textProperty().bind(vm.titleProperty());
        orderStatus.textProperty().bind(vm.statusProperty());
        totals.textProperty().bind(vm.totalsProperty());
        customerName.textProperty().bind(vm.customerProperty());
        customerEmail.textProperty().bind(vm.emailProperty());
        customerPhone.textProperty().bind(vm.phoneProperty());
        // A masked value is shown as what it is: muted, with the reason, never as a contact to write to.
        Tooltip masked = new Tooltip(i18n.get("orders.email.masked"));
        vm.emailMaskedProperty().addListener((o, a, b) -> markMasked(b));
        markMasked(vm.emailMaskedProperty().get());
        customerEmail.setTooltip(null);
        customerEmail.tooltipProperty().bind(vm.emailMaskedProperty().map(m -> m ? masked : null));
        shipTo.textProperty().bind(vm.shipToProperty());
        billTo.textProperty().bind(vm.billToProperty());
        pickListLink.visibleProperty().bind(vm.orderProperty().map(o -> o.pickListId() != null && vm.pickListsOpen())
                .orElse(false));
        action(refundButton, refundWrap, vm.refundBlockedProperty());
        action(returnButton, returnWrap, vm.returnBlockedProperty());
        action(cancelButton, cancelWrap, vm.cancelBlockedProperty());

        column(linesTable, "orders.col.description", l -> l.description() + " (" + l.sku() + ")", 260);
        column(linesTable, "orders.col.qtyPrice", OrderDetailItems.LineItem::quantityText, 150);
        column(linesTable, "orders.col.lineTotal", OrderDetailItems.LineItem::total, 80);
        linesTable.setItems(vm.lines());
        column(timelineTable, "orders.col.when", OrderDetailItems.TimelineItem::when, 150);
        column(timelineTable, "orders.col.what", OrderDetailItems.TimelineItem::what, 104);
        column(timelineTable, "orders.col.who", OrderDetailItems.TimelineItem::who, 92);
        column(timelineTable, "orders.col.detail", OrderDetailItems.TimelineItem::detail, 220);
        timelineTable.setItems(vm.timeline());
        column(paymentsTable, "orders.col.kind", OrderDetailItems.PaymentItem::kind, 76);
        column(paymentsTable, "orders.col.method", OrderDetailItems.PaymentItem::method, 150);
        column(paymentsTable, "orders.col.amount", OrderDetailItems.PaymentItem::amount, 80);
        paymentsTable.setItems(vm.payments());
        paymentsTable.setPlaceholder(new Label(i18n.get("orders.detail.noPayments")));
        ticketList.setItems(vm.tickets());
        ticketList.setPlaceholder(new Label(i18n.get("orders.detail.noTickets")));
        ticketList.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                vm.openTicket(ticketList.getSelectionModel().getSelectedItem());
            }
        });
    }

    private void markMasked(boolean masked) {
        customerEmail.getStyleClass().remove("masked");
        if (masked) {
            customerEmail.getStyleClass().add("masked");
        }
    }

    /// The button is usable when `blocked` is empty; otherwise its wrapper (a disabled control gets no
    /// mouse events, so it could not show a tooltip itself) says why.
    private static void action(Button button, StackPane wrap, ObservableStringValue blocked) {
        button.disableProperty().bind(blocked.map(s -> !s.isEmpty()));
        Tooltip tip = new Tooltip();
        tip.textProperty().bind(blocked);
        wrap.accessibleHelpProperty().bind(blocked);
        Runnable apply = () -> {
            if (blocked.get().isEmpty()) {
                Tooltip.uninstall(wrap, tip);
            } else {
                Tooltip.install(wrap, tip);
            }
        };
        blocked.addListener((o, a, b) -> apply.run());
        apply.run();
    }

    private <T> void column(TableView<T> table, String key, Function<T, String> value, double width) {
        TableColumn<T, String> c = new TableColumn<>(i18n.get(key));
        TableColumns.value(c, value);
        c.setPrefWidth(width);
        // figures and times keep their width; the text columns (item, detail) share what is left
        boolean text = key.equals("orders.col.description") || key.equals("orders.col.detail")
                || key.equals("orders.col.qtyPrice");
        c.setMinWidth(text ? Math.min(width, 90) : width);
        if (text) { // cut text stays readable on hover
            c.setCellFactory(col -> new javafx.scene.control.TableCell<>() {
                @Override
                protected void updateItem(String item, boolean empty) {
                    super.updateItem(item, empty);
                    setText(empty ? null : item);
                    setTooltip(empty || item == null || item.isEmpty() ? null : new Tooltip(item));
                }
            });
        }
        c.setSortable(false);
        table.getColumns().add(c);
    }

    @FXML
    private void refund() {
        if (vm.refundBlockedProperty().get().isEmpty() && vm.orderProperty().get() != null) {
            RefundDialog d = new RefundDialog(vm.refund(), i18n);
            openDialog = OrderDialogs.show(loader.load(RefundDialog.class, d).root(), content, i18n.get(
                    "orders.refund.title") + " · " + vm.orderProperty().get().number(), d.viewModel().doneProperty());
        }
    }

    @FXML
    private void createReturn() {
        if (vm.returnBlockedProperty().get().isEmpty() && vm.orderProperty().get() != null) {
            ReturnDialog d = new ReturnDialog(vm.createReturn(), i18n);
            openDialog = OrderDialogs.show(loader.load(ReturnDialog.class, d).root(), content, i18n.get(
                    "orders.return.title") + " · " + vm.orderProperty().get().number(), d.viewModel().doneProperty());
        }
    }

    @FXML
    private void cancel() {
        if (vm.cancelBlockedProperty().get().isEmpty() && vm.orderProperty().get() != null) {
            CancelOrderDialog d = new CancelOrderDialog(vm.cancel(), i18n);
            openDialog = OrderDialogs.show(loader.load(CancelOrderDialog.class, d).root(), content, i18n.get(
                    "orders.cancel.title") + " · " + vm.orderProperty().get().number(), d.viewModel().doneProperty());
        }
    }

    @FXML
    private void openCustomer() {
        vm.openCustomer();
    }

    @FXML
    private void openPickList() {
        vm.openPickList();
    }

    /// Ctrl+R from the list: the refund dialog, when the role and the order allow it.
    public void refundShortcut() {
        refund();
    }

    /// The dialog opened last (tests and screenshots).
    public Stage openDialog() {
        return openDialog;
    }

    public OrderDetailViewModel viewModel() {
        return vm;
    }

    @Override
    public void activate() {
        vm.activate();
    }

    @Override
    public void deactivate() {
        vm.deactivate();
    }
}
