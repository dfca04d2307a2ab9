package com.trendythreads.opsdesk.viewmodels.service;

import com.trendythreads.opsdesk.viewmodels.common.I18n;
import com.trendythreads.opsdesk.viewmodels.common.Notifier;
import com.trendythreads.opsdesk.viewmodels.common.TaskRunner;
import com.trendythreads.opsdesk.viewmodels.orders.OrderDetailViewModel;
import com.trendythreads.opsdesk.viewmodels.service.customers.Customer360ViewModel;
import com.trendythreads.opsdesk.viewmodels.service.customers.CustomersViewModel;
import com.trendythreads.opsdesk.viewmodels.session.SessionState;
import com.trendythreads.opsdesk.viewmodels.shell.RecordLinks;
import java.time.Clock;

/// The service workspace's ViewModel wired as Guice wires it.
final class ServiceViewModels {

    private ServiceViewModels() {
    }

    static ServiceViewModel of(SessionState sessions, TaskRunner runner, Notifier notifier, I18n i18n, Clock clock,
            RecordLinks links) {
        TicketSideViewModel side = new TicketSideViewModel(
                new Customer360ViewModel(sessions, runner, notifier, i18n, links, clock),
                new OrderDetailViewModel(sessions, runner, notifier, i18n, clock, links));
        CustomersViewModel customers = new CustomersViewModel(sessions, runner, i18n, links,
                new Customer360ViewModel(sessions, runner, notifier, i18n, links, clock));
        return new ServiceViewModel(sessions, runner, notifier, i18n, clock, links, side, customers);
    }
}
