package com.trendythreads.opsdesk.viewmodels.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.trendythreads.opsdesk.api.dto.crm.Ticket;
import com.trendythreads.opsdesk.api.dto.crm.TicketMessage;
import com.trendythreads.opsdesk.api.dto.crm.TicketStatus;
import com.trendythreads.opsdesk.api.dto.admin.FaultConfig;
import com.trendythreads.opsdesk.api.dto.admin.FaultRule;
import com.trendythreads.opsdesk.api.service.AdminApi;
import com.trendythreads.opsdesk.api.service.CrmApi;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/// A reply written while the platform is down: it shows at once as queued, survives the failed pushes, and is
/// sent exactly once when the platform is back — the platform's ticket then holds it once, and so does the
/// desk's conversation, no longer queued. A reply whose answer the platform loses is retried with the same
/// idempotency key and applied once.
class OfflineReplyTest {

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
    void aReplyWrittenOfflineIsSentOnceWhenThePlatformIsBack() {
        ServiceViewModel service = desk.viewModel();
        service.activate();
        service.inbox().queueProperty().set(InboxViewModel.Queue.TEAM);
        TicketItem item = service.inbox().items().stream()
                .filter(t -> t.status() == TicketStatus.OPEN || t.status() == TicketStatus.NEW).findFirst().orElseThrow();
        TicketViewModel ticket = service.ticket();
        service.open(item);
        assertThat(ticket.ticketIdProperty().get()).isEqualTo(item.id());

        desk.stopPlatform();
        String body = "Hi, we are on it (" + UUID.randomUUID() + ").";
        ticket.reply().textProperty().set(body);
        ticket.reply().sendCommand().execute();
        assertThat(ticket.conversation().getLast().body()).isEqualTo(body);
        assertThat(ticket.conversation().getLast().queued()).isTrue();
        desk.engine.pushDue(); // refused by the network: kept for later
        desk.engine.pushDue();
        assertThat(desk.pending()).isEqualTo(1);
        assertThat(service.inbox().items().stream().filter(t -> t.id().equals(item.id())).findFirst().orElseThrow()
                .queued()).as("the inbox marks it").isTrue();

        desk.restartPlatform();
        desk.pushAll();
        assertThat(desk.pending()).isZero();
        desk.engine.pushDue(); // nothing left to send twice
        desk.pull();

        Ticket there = desk.client("ada.admin").create(CrmApi.class).getTicket(item.id()).body();
        assertThat(there.messages().stream().filter(m -> m.body().equals(body)))
                .as("the platform's ticket holds the reply once").singleElement()
                .satisfies(m -> {
                    assertThat(m.author()).isEqualTo(TicketMessage.Author.AGENT);
                    assertThat(m.internal()).isFalse();
                    assertThat(m.authorName()).isEqualTo("Sam Support");
                });
        assertThat(ticket.conversation().stream().filter(m -> m.body().equals(body)))
                .as("and the desk shows it once, sent").singleElement()
                .satisfies(m -> assertThat(m.queued()).isFalse());
        service.deactivate();
    }

    @Test
    void aReplyWhoseAnswerIsLostIsRetriedWithItsKeyAndAppliedOnce() {
        ServiceViewModel service = desk.viewModel();
        service.activate();
        service.inbox().queueProperty().set(InboxViewModel.Queue.TEAM);
        TicketItem item = service.inbox().items().stream()
                .filter(t -> t.status() == TicketStatus.OPEN || t.status() == TicketStatus.NEW).reduce((a, b) -> b)
                .orElseThrow();
        service.open(item);
        var admin = desk.client("ada.admin");
        // the platform commits the next reply to this ticket and drops its answer (a platform fault)
        admin.create(AdminApi.class).setFaults(new FaultConfig(0, 0.0, 500, 0.0, 0.0, 0, null, null,
                new FaultRule(1, null, "/v1/tickets/" + item.id() + "/messages"), null));

        String body = "Checking with the carrier (" + UUID.randomUUID() + ").";
        service.ticket().reply().textProperty().set(body);
        service.ticket().reply().sendCommand().execute();
        desk.pushAll();
        desk.pull();

        assertThat(admin.create(AdminApi.class).getFaults().loseResponseNext().count()).as("the answer was lost")
                .isZero();
        Ticket there = admin.create(CrmApi.class).getTicket(item.id()).body();
        assertThat(there.messages().stream().filter(m -> m.body().equals(body))).as("applied once").hasSize(1);
        assertThat(service.ticket().conversation().stream().filter(m -> m.body().equals(body))).singleElement()
                .satisfies(m -> assertThat(m.queued()).isFalse());
        admin.create(AdminApi.class).setFaults(FaultConfig.none());
        service.deactivate();
    }
}
