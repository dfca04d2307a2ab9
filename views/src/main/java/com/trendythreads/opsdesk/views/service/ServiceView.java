package com.trendythreads.opsdesk.views.service;

import com.trendythreads.opsdesk.viewmodels.common.Activatable;
import com.trendythreads.opsdesk.viewmodels.common.I18n;
import com.trendythreads.opsdesk.viewmodels.service.ServiceViewModel;
import com.trendythreads.opsdesk.views.common.ViewLoader;
import com.trendythreads.opsdesk.views.service.customers.CustomersView;
import jakarta.inject.Inject;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.util.Duration;
import javafx.fxml.FXML;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.StackPane;

/// The customer service workspace: Inbox (the queue, the open ticket, and beside it the customer's 360 and the
/// order in question), Customers (search and 360) and Figures.
public final class ServiceView implements Activatable {

    private final ServiceViewModel vm;
    private final I18n i18n;
    private final ViewLoader loader;
    private TicketView ticketView;
    private TicketSideView sideView;
    /// SLA states follow the clock, not only the data: the inbox and the open ticket are read again every minute
    /// while shown.
    private final Timeline clock = new Timeline(new KeyFrame(Duration.minutes(1), e -> vmRefresh()));

    @FXML private TabPane tabs;
    @FXML private Tab inboxTab;
    @FXML private Tab customersTab;
    @FXML private Tab figuresTab;
    @FXML private SplitPane inboxSplit;
    @FXML private StackPane customersSpot;
    @FXML private StackPane figuresSpot;

    @Inject
    public ServiceView(ServiceViewModel vm, I18n i18n, ViewLoader loader) {
        this.vm = vm;
        this.i18n = i18n;
        this.loader = loader;
    }

    @FXML
    private void initialize() {
        ticketView = new TicketView(vm.ticket(), i18n);
        InboxView inbox = new InboxView(vm.inbox(), vm, i18n, ticketView::focusReply);
        sideView = new TicketSideView(vm.side(), i18n, loader);
        inboxSplit.getItems().addAll(loader.load(InboxView.class, inbox).root(),
                loader.load(TicketView.class, ticketView).root(),
                loader.load(TicketSideView.class, sideView).root());
        customersSpot.getChildren().add(loader.load(CustomersView.class,
                new CustomersView(vm.customers(), i18n, loader)).root());
        figuresSpot.getChildren().add(loader.load(SupportFiguresView.class,
                new SupportFiguresView(vm.figures())).root());
        tabs.getSelectionModel().select(tab(vm.tabProperty().get()));
        tabs.getSelectionModel().selectedItemProperty().addListener((o, a, t) -> vm.tabProperty().set(
                t == figuresTab ? ServiceViewModel.Tab.FIGURES
                        : t == customersTab ? ServiceViewModel.Tab.CUSTOMERS : ServiceViewModel.Tab.INBOX));
        vm.tabProperty().addListener((o, a, t) -> tabs.getSelectionModel().select(tab(t)));
    }

    private Tab tab(ServiceViewModel.Tab t) {
        return switch (t) {
            case INBOX -> inboxTab;
            case CUSTOMERS -> customersTab;
            case FIGURES -> figuresTab;
        };
    }

    private void vmRefresh() {
        vm.inbox().refresh();
        vm.ticket().refresh();
    }

    @Override
    public void activate() {
        vm.activate();
        clock.setCycleCount(Animation.INDEFINITE);
        clock.play();
    }

    @Override
    public void deactivate() {
        clock.stop();
        vm.deactivate();
    }

    /// The pane beside the open ticket (tests and screenshots reach the order's dialogs through it).
    public TicketSideView side() {
        return sideView;
    }
}
