package com.trendythreads.opsdesk.viewmodels.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.trendythreads.opsdesk.api.dto.crm.Ticket;
import com.trendythreads.opsdesk.cache.LocalData;
import com.trendythreads.opsdesk.viewmodels.service.TicketSideViewModel.Pane;
import com.trendythreads.opsdesk.viewmodels.service.customers.CustomerOrderItem;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/// Beside the open ticket: the ticket's customer in the 360 and the ticket's order in front, an order picked
/// in the 360 opening there too, on sam.support's real cache of the TINY demo data.
class TicketSideTest {

    @TempDir
    static Path tmp;

    private static ServiceDesk desk;

    @BeforeAll
    static void open() {
        desk = new ServiceDesk(tmp);
    }

    @AfterAll
    static void close() {
        desk.close();
    }

    @Test
    void theSideFollowsTheOpenTicketAndKeepsAnOrderTheAgentPicked() {
        LocalData data = desk.sessions.current().data();
        List<Ticket> all = data.tickets().all();
        // a customer with an order ticket and at least two cached orders
        Ticket withOrder = all.stream().filter(t -> t.orderId() != null)
                .filter(t -> data.orders().byCustomer(t.customerId()).size() >= 2).findFirst().orElseThrow();
        Ticket withoutOrder = all.stream().filter(t -> t.orderId() == null).findFirst().orElseThrow();
        ServiceViewModel service = desk.viewModel();
        service.activate();
        TicketSideViewModel side = service.side();

        service.ticket().show(withOrder.id());
        assertThat(side.customer().customerIdProperty().get()).isEqualTo(withOrder.customerId());
        assertThat(side.order().orderProperty().get().id()).isEqualTo(withOrder.orderId());
        assertThat(side.paneProperty().get()).as("the order in question in front").isEqualTo(Pane.ORDER);
        assertThat(side.hasOrderProperty().get()).isTrue();
        assertThat(side.customer().orders()).extracting(CustomerOrderItem::id).contains(withOrder.orderId());

        CustomerOrderItem other = side.customer().orders().stream()
                .filter(o -> !o.id().equals(withOrder.orderId())).findFirst().orElseThrow();
        side.paneProperty().set(Pane.CUSTOMER);
        side.customer().openOrder(other);
        assertThat(side.order().orderProperty().get().id()).as("opened beside the ticket, not in Orders")
                .isEqualTo(other.id());
        assertThat(side.paneProperty().get()).isEqualTo(Pane.ORDER);

        service.ticket().refresh(); // the same ticket read again (a live change) keeps the agent's choice
        assertThat(side.order().orderProperty().get().id()).isEqualTo(other.id());

        service.ticket().show(withoutOrder.id());
        assertThat(side.customer().customerIdProperty().get()).isEqualTo(withoutOrder.customerId());
        assertThat(side.hasOrderProperty().get()).isFalse();
        assertThat(side.paneProperty().get()).isEqualTo(Pane.CUSTOMER);
        service.deactivate();
        assertThat(desk.notifier.errors).isEmpty();
    }
}
