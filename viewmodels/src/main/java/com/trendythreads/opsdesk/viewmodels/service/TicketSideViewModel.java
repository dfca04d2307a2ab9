package com.trendythreads.opsdesk.viewmodels.service;

import com.trendythreads.opsdesk.viewmodels.common.Activatable;
import com.trendythreads.opsdesk.viewmodels.orders.OrderDetailViewModel;
import com.trendythreads.opsdesk.viewmodels.service.customers.Customer360ViewModel;
import jakarta.inject.Inject;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleObjectProperty;

/// Beside the open ticket: the customer's 360 and one of their orders — the ticket's own, or one picked in the
/// 360 — with the order's actions, so an agent refunds, cancels or starts a return without leaving the ticket.
public final class TicketSideViewModel implements Activatable {

    public enum Pane { CUSTOMER, ORDER }

    private final Customer360ViewModel customer;
    private final OrderDetailViewModel order;
    private final ObjectProperty<Pane> pane = new SimpleObjectProperty<>(Pane.CUSTOMER);
    private final ReadOnlyBooleanWrapper hasOrder = new ReadOnlyBooleanWrapper();
    private String followedTicket;

    @Inject
    public TicketSideViewModel(Customer360ViewModel customer, OrderDetailViewModel order) {
        this.customer = customer;
        this.order = order;
        // an order picked in the 360 opens here, not in the Orders workspace: the agent stays on the ticket
        customer.openOrdersWith(this::showOrder);
    }

    /// Follows the open ticket (null: none): its customer in the 360 and its order (if it names one) in the order
    /// pane, in front. The same ticket read again keeps the pane and the order the agent chose.
    public void follow(String ticketId, String customerId, String orderId) {
        boolean sameTicket = ticketId != null && ticketId.equals(followedTicket);
        followedTicket = ticketId;
        customer.show(blankToNull(customerId));
        if (!sameTicket) {
            String o = blankToNull(orderId);
            order.show(o);
            hasOrder.set(o != null);
            pane.set(o != null ? Pane.ORDER : Pane.CUSTOMER);
        }
    }

    /// Shows one of the customer's orders beside the ticket.
    public void showOrder(String orderId) {
        if (orderId == null) {
            return;
        }
        order.show(orderId);
        hasOrder.set(true);
        pane.set(Pane.ORDER);
    }

    @Override
    public void activate() {
        customer.activate();
        order.activate();
    }

    @Override
    public void deactivate() {
        customer.deactivate();
        order.deactivate();
    }

    public Customer360ViewModel customer() {
        return customer;
    }

    public OrderDetailViewModel order() {
        return order;
    }

    /// Which pane is in front.
    public ObjectProperty<Pane> paneProperty() {
        return pane;
    }

    /// Whether an order is shown (the ticket names one, or the agent picked one).
    public ReadOnlyBooleanProperty hasOrderProperty() {
        return hasOrder.getReadOnlyProperty();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
