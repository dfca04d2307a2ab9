package com.trendythreads.opsdesk.viewmodels.service;

import static com.trendythreads.opsdesk.viewmodels.service.HandBuiltDesk.EVE;
import static com.trendythreads.opsdesk.viewmodels.service.HandBuiltDesk.SAM;
import static com.trendythreads.opsdesk.viewmodels.service.HandBuiltDesk.ticket;
import static org.assertj.core.api.Assertions.assertThat;

import com.trendythreads.opsdesk.api.dto.crm.TicketChannel;
import com.trendythreads.opsdesk.api.dto.crm.TicketPriority;
import com.trendythreads.opsdesk.api.dto.crm.TicketStatus;
import com.trendythreads.opsdesk.cache.crm.SlaState;
import com.trendythreads.opsdesk.viewmodels.service.InboxViewModel.Queue;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/// The inbox over a hand-built cache at a fixed time (NOW = 12:00): which ticket is in which queue, and the
/// urgency order.
class InboxViewModelTest {

    @TempDir
    Path dir;

    private HandBuiltDesk desk;
    private InboxViewModel vm;

    @BeforeEach
    void open() {
        desk = new HandBuiltDesk(dir);
        desk.tickets(
                // mine, open, breached 30 min ago
                ticket("T-1", TicketStatus.OPEN, TicketPriority.NORMAL, SAM, TicketChannel.EMAIL, 24.5, -30),
                // mine, new, due in 20 min: due soon
                ticket("T-2", TicketStatus.NEW, TicketPriority.HIGH, SAM, TicketChannel.CHAT, 7.7, 20),
                // nobody's, due in 5 h: ok
                ticket("T-3", TicketStatus.NEW, TicketPriority.LOW, null, TicketChannel.CHATBOT, 3, 300),
                // Eve's, urgent, due in 3 h: ok
                ticket("T-4", TicketStatus.OPEN, TicketPriority.URGENT, EVE, TicketChannel.PHONE, 1, 180),
                // Eve's, pending and past its deadline: waits for the customer, not at risk
                ticket("T-5", TicketStatus.PENDING, TicketPriority.HIGH, EVE, TicketChannel.EMAIL, 30, -600),
                // mine but solved: in no open queue
                ticket("T-6", TicketStatus.SOLVED, TicketPriority.NORMAL, SAM, TicketChannel.EMAIL, 48, -1_000),
                // nobody's, breached 2 h ago, urgent
                ticket("T-7", TicketStatus.OPEN, TicketPriority.URGENT, null, TicketChannel.EMAIL, 6, -120),
                // nobody's, same deadline as T-3 but higher priority
                ticket("T-8", TicketStatus.NEW, TicketPriority.HIGH, null, TicketChannel.EMAIL, 3, 300));
        vm = new InboxViewModel(desk.context(HandBuiltDesk.sam()));
        vm.activate();
    }

    @AfterEach
    void close() {
        vm.deactivate();
        desk.close();
    }

    private java.util.List<String> ids() {
        return vm.items().stream().map(TicketItem::id).toList();
    }

    @Test
    void queuesHoldTheirTickets() {
        assertThat(ids()).as("Mine, most urgent first").containsExactly("T-1", "T-2");
        vm.queueProperty().set(Queue.UNASSIGNED);
        assertThat(ids()).containsExactly("T-7", "T-8", "T-3");
        vm.queueProperty().set(Queue.TEAM);
        assertThat(ids()).containsExactly("T-7", "T-1", "T-2", "T-4", "T-8", "T-3", "T-5");
        vm.queueProperty().set(Queue.AT_RISK);
        assertThat(ids()).as("breached and due soon, not the pending one").containsExactly("T-7", "T-1", "T-2");
        assertThat(vm.countsProperty().get()).isEqualTo(Map.of(Queue.MINE, 2, Queue.UNASSIGNED, 3, Queue.TEAM, 7,
                Queue.AT_RISK, 3));
        assertThat(vm.queueTitle(Queue.AT_RISK)).isEqualTo("Breached / at risk (3)");
    }

    @Test
    void urgencyIsSlaStateThenDeadlineThenPriority() {
        vm.queueProperty().set(Queue.TEAM);
        assertThat(vm.items()).extracting(TicketItem::sla).containsExactly(SlaState.BREACHED, SlaState.BREACHED,
                SlaState.DUE_SOON, SlaState.OK, SlaState.OK, SlaState.OK, SlaState.OK);
        // T-7 (due 10:00) before T-1 (11:30); T-8 before T-3 on the same deadline: HIGH beats LOW
        TicketItem first = vm.items().getFirst();
        assertThat(first.dueText()).isEqualTo("overdue 2 h 00 min");
        assertThat(first.slaText()).isEqualTo("Breached");
        assertThat(vm.items().get(2).dueText()).isEqualTo("in 20 min");
        assertThat(vm.items().getLast().dueText()).as("pending").isEqualTo("paused");
        assertThat(first.customerName()).isEqualTo("Jana Kunde");
        assertThat(vm.items().get(1).assigneeName()).isEqualTo("Sam Support");
    }

    @Test
    void filtersNarrowTheQueueAndAStatusReplacesOpen() {
        vm.queueProperty().set(Queue.TEAM);
        vm.priorityProperty().set(TicketPriority.URGENT);
        assertThat(ids()).containsExactly("T-7", "T-4");
        vm.priorityProperty().set(null);
        vm.channelProperty().set(TicketChannel.EMAIL);
        assertThat(ids()).containsExactly("T-7", "T-1", "T-8", "T-5");
        vm.channelProperty().set(null);
        vm.queueProperty().set(Queue.MINE);
        vm.statusProperty().set(TicketStatus.SOLVED);
        assertThat(ids()).containsExactly("T-6");
    }

    @Test
    void aTicketArrivingInTheCacheShowsAtOnce() {
        vm.queueProperty().set(Queue.UNASSIGNED);
        desk.tickets(ticket("T-9", TicketStatus.NEW, TicketPriority.URGENT, null, TicketChannel.CHAT, 0.1, -1));
        assertThat(ids()).startsWith("T-7", "T-9");
        assertThat(vm.countsProperty().get().get(Queue.UNASSIGNED)).isEqualTo(4);
    }
}
