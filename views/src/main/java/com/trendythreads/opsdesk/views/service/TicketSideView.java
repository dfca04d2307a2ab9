package com.trendythreads.opsdesk.views.service;

import com.trendythreads.opsdesk.viewmodels.common.I18n;
import com.trendythreads.opsdesk.viewmodels.service.TicketSideViewModel;
import com.trendythreads.opsdesk.viewmodels.service.TicketSideViewModel.Pane;
import com.trendythreads.opsdesk.views.common.ViewLoader;
import com.trendythreads.opsdesk.views.orders.OrderDetailView;
import com.trendythreads.opsdesk.views.service.customers.Customer360View;
import javafx.fxml.FXML;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;

/// Beside the open ticket: the customer's 360 and the order in question, with the order's refund, cancel and
/// return actions. Its ViewModel is activated with the workspace.
public final class TicketSideView {

    private final TicketSideViewModel vm;
    private final I18n i18n;
    private final ViewLoader loader;
    private OrderDetailView orderView;

    @FXML private TabPane sideTabs;
    @FXML private Tab customerTab;
    @FXML private Tab orderTab;

    public TicketSideView(TicketSideViewModel vm, I18n i18n, ViewLoader loader) {
        this.vm = vm;
        this.i18n = i18n;
        this.loader = loader;
    }

    @FXML
    private void initialize() {
        customerTab.setContent(Customer360View.load(loader, vm.customer(), i18n).root());
        orderView = new OrderDetailView(vm.order(), i18n, loader);
        orderTab.setContent(OrderDetailView.load(loader, orderView));
        orderTab.disableProperty().bind(vm.hasOrderProperty().not());
        select(vm.paneProperty().get());
        vm.paneProperty().addListener((o, a, p) -> select(p));
        sideTabs.getSelectionModel().selectedItemProperty().addListener((o, a, t) ->
                vm.paneProperty().set(t == orderTab ? Pane.ORDER : Pane.CUSTOMER));
    }

    private void select(Pane p) {
        sideTabs.getSelectionModel().select(p == Pane.ORDER ? orderTab : customerTab);
    }

    /// The order pane's view (its dialogs, for tests and screenshots).
    public OrderDetailView orderView() {
        return orderView;
    }
}
