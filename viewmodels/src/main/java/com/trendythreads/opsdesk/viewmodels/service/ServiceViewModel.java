package com.trendythreads.opsdesk.viewmodels.service;

import com.trendythreads.opsdesk.cache.crm.TicketActions;
import com.trendythreads.opsdesk.cache.kpi.DrillTable.Target;
import com.trendythreads.opsdesk.viewmodels.common.Activatable;
import com.trendythreads.opsdesk.viewmodels.common.I18n;
import com.trendythreads.opsdesk.viewmodels.common.Notifier;
import com.trendythreads.opsdesk.viewmodels.common.TaskRunner;
import com.trendythreads.opsdesk.viewmodels.session.SessionState;
import com.trendythreads.opsdesk.viewmodels.session.UserSession;
import com.trendythreads.opsdesk.viewmodels.service.customers.CustomersViewModel;
import com.trendythreads.opsdesk.viewmodels.shell.RecordLinks;
import jakarta.inject.Inject;
import java.time.Clock;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ChangeListener;

/// The customer service workspace: the inbox with the open ticket beside it, the customers (mounted from the
/// customer desk), and the support figures — one tab each. It opens the tickets other screens link to.
public final class ServiceViewModel implements Activatable {

    public enum Tab { INBOX, CUSTOMERS, FIGURES }

    private final InboxViewModel inbox;
    private final TicketViewModel ticket;
    private final SupportFiguresViewModel figures;
    private final RecordLinks links;
    private final TicketSideViewModel side;
    private final CustomersViewModel customers;
    private final ChangeListener<RecordLinks.Link> linkListener = (o, a, l) -> {
        if (l != null) {
            takeLinks();
        }
    };
    private final ObjectProperty<Tab> tab = new SimpleObjectProperty<>(Tab.INBOX);

    @Inject
    public ServiceViewModel(SessionState sessionState, TaskRunner runner, Notifier notifier, I18n i18n, Clock clock,
            RecordLinks links, TicketSideViewModel side, CustomersViewModel customers) {
        UserSession session = sessionState.current();
        ServiceContext ctx = new ServiceContext(session.data(),
                new TicketActions(session.data().edits(), session.data().tickets(), clock), runner, notifier, i18n,
                clock, session.user());
        this.inbox = new InboxViewModel(ctx);
        this.ticket = new TicketViewModel(ctx);
        this.figures = new SupportFiguresViewModel(ctx);
        this.links = links;
        this.side = side;
        this.customers = customers;
        ticket.ticketIdProperty().addListener((o, a, id) -> followTicket());
        tab.addListener((o, a, t) -> {
            if (t == Tab.CUSTOMERS) {
                customers.activate();
            } else {
                customers.deactivate();
            }
            if (t == Tab.FIGURES) {
                figures.activate();
            } else {
                figures.deactivate();
            }
        });
    }

    @Override
    public void activate() {
        inbox.activate();
        ticket.activate();
        side.activate();
        if (tab.get() == Tab.FIGURES) {
            figures.activate();
        }
        if (tab.get() == Tab.CUSTOMERS) {
            customers.activate();
        }
        takeLinks();
        // links made while the workspace is shown (a ticket in a customer's timeline, an order's tickets)
        links.requestedProperty().addListener(linkListener);
    }

    /// A ticket or customer another screen asked to open (the dashboard's lists, an order's tickets).
    private void takeLinks() {
        links.take(Target.TICKET).ifPresent(l -> {
            tab.set(Tab.INBOX);
            inbox.queueProperty().set(InboxViewModel.Queue.TEAM);
            inbox.statusProperty().set(null);
            ticket.show(l.id());
        });
        // a customer link is the Customers tab's to take (its screen opens the customer when it activates)
        RecordLinks.Link pending = links.requestedProperty().get();
        if (pending != null && pending.target() == Target.CUSTOMER) {
            if (tab.get() == Tab.CUSTOMERS) {
                customers.activate();
            } else {
                tab.set(Tab.CUSTOMERS);
            }
        }
    }

    private void followTicket() {
        String id = ticket.ticketIdProperty().get();
        if (id == null || id.isBlank()) {
            side.follow(null, null, null);
        } else {
            side.follow(id, ticket.customerIdProperty().get(), ticket.orderIdProperty().get());
        }
    }

    @Override
    public void deactivate() {
        links.requestedProperty().removeListener(linkListener);
        inbox.deactivate();
        ticket.deactivate();
        side.deactivate();
        figures.deactivate();
        customers.deactivate();
    }

    /// Opens the inbox row's ticket beside the list.
    public void open(TicketItem item) {
        if (item != null) {
            ticket.show(item.id());
        }
    }

    public InboxViewModel inbox() {
        return inbox;
    }

    public TicketViewModel ticket() {
        return ticket;
    }

    public SupportFiguresViewModel figures() {
        return figures;
    }

    public ObjectProperty<Tab> tabProperty() {
        return tab;
    }

    /// The customer and order beside the open ticket.
    public TicketSideViewModel side() {
        return side;
    }

    /// The Customers tab: search and 360.
    public CustomersViewModel customers() {
        return customers;
    }
}
