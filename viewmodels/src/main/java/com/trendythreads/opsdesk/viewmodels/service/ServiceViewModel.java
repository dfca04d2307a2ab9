package com.trendythreads.opsdesk.viewmodels.service;

import com.trendythreads.opsdesk.cache.crm.TicketActions;
import com.trendythreads.opsdesk.cache.kpi.DrillTable.Target;
import com.trendythreads.opsdesk.viewmodels.common.Activatable;
import com.trendythreads.opsdesk.viewmodels.common.I18n;
import com.trendythreads.opsdesk.viewmodels.common.Notifier;
import com.trendythreads.opsdesk.viewmodels.common.TaskRunner;
import com.trendythreads.opsdesk.viewmodels.session.SessionState;
import com.trendythreads.opsdesk.viewmodels.session.UserSession;
import com.trendythreads.opsdesk.viewmodels.shell.RecordLinks;
import jakarta.inject.Inject;
import java.time.Clock;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/// The customer service workspace: the inbox with the open ticket beside it, the customers (mounted from the
/// customer desk), and the support figures — one tab each. It opens the tickets other screens link to.
public final class ServiceViewModel implements Activatable {

    public enum Tab { INBOX, CUSTOMERS, FIGURES }

    private final InboxViewModel inbox;
    private final TicketViewModel ticket;
    private final SupportFiguresViewModel figures;
    private final RecordLinks links;
    private final ObjectProperty<Tab> tab = new SimpleObjectProperty<>(Tab.INBOX);

    @Inject
    public ServiceViewModel(SessionState sessionState, TaskRunner runner, Notifier notifier, I18n i18n, Clock clock,
            RecordLinks links) {
        UserSession session = sessionState.current();
        ServiceContext ctx = new ServiceContext(session.data(),
                new TicketActions(session.data().edits(), session.data().tickets(), clock), runner, notifier, i18n,
                clock, session.user());
        this.inbox = new InboxViewModel(ctx);
        this.ticket = new TicketViewModel(ctx);
        this.figures = new SupportFiguresViewModel(ctx);
        this.links = links;
        tab.addListener((o, a, t) -> {
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
        if (tab.get() == Tab.FIGURES) {
            figures.activate();
        }
        // a ticket or customer another workspace asked to open (the dashboard's lists, an order's tickets)
        links.take(Target.TICKET).ifPresent(l -> {
            tab.set(Tab.INBOX);
            inbox.queueProperty().set(InboxViewModel.Queue.TEAM);
            inbox.statusProperty().set(null);
            ticket.show(l.id());
        });
        // a customer link is left for the Customers tab's own screen to take; here it only selects that tab
        RecordLinks.Link pending = links.requestedProperty().get();
        if (pending != null && pending.target() == Target.CUSTOMER) {
            tab.set(Tab.CUSTOMERS);
        }
    }

    @Override
    public void deactivate() {
        inbox.deactivate();
        ticket.deactivate();
        figures.deactivate();
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
}
