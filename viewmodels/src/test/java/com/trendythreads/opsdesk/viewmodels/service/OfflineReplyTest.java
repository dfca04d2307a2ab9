package com.trendythreads.opsdesk.viewmodels.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.trendythreads.opsdesk.api.dto.crm.Ticket;
import com.trendythreads.opsdesk.api.dto.crm.TicketMessage;
import com.trendythreads.opsdesk.api.dto.crm.TicketStatus;
import com.trendythreads.opsdesk.api.service.CrmApi;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/// A reply written while the platform is down: it shows at once as queued, survives the failed pushes, and is
/// sent exactly once when the platform is back — the platform's ticket then holds it once, and so does the
/// desk's conversation, no longer queued.
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
}
