package com.trendythreads.opsdesk.viewmodels.service;

import static com.trendythreads.opsdesk.viewmodels.service.HandBuiltDesk.EVE;
import static com.trendythreads.opsdesk.viewmodels.service.HandBuiltDesk.NOW;
import static com.trendythreads.opsdesk.viewmodels.service.HandBuiltDesk.SAM;
import static com.trendythreads.opsdesk.viewmodels.service.HandBuiltDesk.ticket;
import static org.assertj.core.api.Assertions.assertThat;

import com.trendythreads.opsdesk.api.dto.crm.Ticket;
import com.trendythreads.opsdesk.api.dto.crm.TicketChannel;
import com.trendythreads.opsdesk.api.dto.crm.TicketMessage;
import com.trendythreads.opsdesk.api.dto.crm.TicketPriority;
import com.trendythreads.opsdesk.api.dto.crm.TicketStatus;
import com.trendythreads.opsdesk.cache.kpi.DrillTable.Target;
import com.trendythreads.opsdesk.viewmodels.Fakes;
import com.trendythreads.opsdesk.viewmodels.common.I18n;
import com.trendythreads.opsdesk.viewmodels.common.InMemorySettingsStore;
import com.trendythreads.opsdesk.viewmodels.common.TaskRunner;
import com.trendythreads.opsdesk.viewmodels.session.SessionState;
import com.trendythreads.opsdesk.viewmodels.session.UserSession;
import com.trendythreads.opsdesk.viewmodels.shell.RecordLinks;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/// The workspace as the shell creates it: links from other screens open their ticket, and the figures tab
/// shows the agent's figures beside the team's.
class ServiceViewModelTest {

    @TempDir
    Path dir;

    private HandBuiltDesk desk;
    private final RecordLinks links = new RecordLinks();
    private ServiceViewModel vm;

    @BeforeEach
    void open() {
        desk = new HandBuiltDesk(dir);
        // T-1: Sam's, answered after 30 min, solved after 2 h; T-2: Eve's, chatbot, answered after 90 min;
        // T-3: nobody's, not answered, breached (due 1 h ago)
        Ticket t1 = ticket("T-1", TicketStatus.SOLVED, TicketPriority.NORMAL, SAM, TicketChannel.EMAIL, 5, 1_000);
        Ticket t2 = ticket("T-2", TicketStatus.OPEN, TicketPriority.NORMAL, EVE, TicketChannel.CHATBOT, 4, 1_000);
        desk.tickets(answered(t1, 30, Duration.ofHours(2)), answered(t2, 90, null),
                ticket("T-3", TicketStatus.OPEN, TicketPriority.HIGH, null, TicketChannel.PHONE, 9, -60));
        InMemorySettingsStore settings = new InMemorySettingsStore();
        settings.setLocale(Locale.ENGLISH);
        SessionState sessions = new SessionState();
        sessions.signedIn(new UserSession("http://127.0.0.1:9/", HandBuiltDesk.sam(), false, false, dir,
                new Fakes.Status(), null, desk.data, null));
        vm = ServiceViewModels.of(sessions, TaskRunner.direct(), desk.notifier, new I18n(settings), desk.clock, links);
    }

    private static Ticket answered(Ticket t, int afterMin, Duration solvedAfter) {
        List<TicketMessage> messages = new java.util.ArrayList<>(t.messages());
        messages.add(new TicketMessage("r-" + t.id(), TicketMessage.Author.AGENT, "Agent", "Hello", false,
                t.createdAt().plus(Duration.ofMinutes(afterMin))));
        return new Ticket(t.id(), t.subject(), t.customerId(), t.orderId(), t.status(), t.priority(), t.channel(),
                t.assigneeId(), t.slaDueAt(), t.tags(), messages, null,
                solvedAfter == null ? null : t.createdAt().plus(solvedAfter), t.createdAt(), NOW, 1);
    }

    @AfterEach
    void close() {
        vm.deactivate();
        desk.close();
    }

    @Test
    void aTicketLinkOpensTheTicketInTheTeamQueue() {
        links.open(Target.TICKET, "T-3");
        vm.activate();
        assertThat(vm.tabProperty().get()).isEqualTo(ServiceViewModel.Tab.INBOX);
        assertThat(vm.inbox().queueProperty().get()).isEqualTo(InboxViewModel.Queue.TEAM);
        assertThat(vm.ticket().ticketIdProperty().get()).isEqualTo("T-3");
        assertThat(links.requestedProperty().get()).as("taken").isNull();
    }

    @Test
    void aCustomerLinkOpensTheCustomerInTheCustomersTab() {
        links.open(Target.CUSTOMER, "cus-1");
        vm.activate();
        assertThat(vm.tabProperty().get()).isEqualTo(ServiceViewModel.Tab.CUSTOMERS);
        assertThat(links.requestedProperty().get()).as("taken").isNull();
        assertThat(vm.customers().customer360().customerIdProperty().get()).isEqualTo("cus-1");
    }

    @Test
    void aTicketLinkMadeWhileTheWorkspaceIsShownOpensTheTicket() {
        vm.activate();
        vm.tabProperty().set(ServiceViewModel.Tab.FIGURES);
        links.open(Target.TICKET, "T-2"); // e.g. a ticket in a customer's timeline
        assertThat(vm.tabProperty().get()).isEqualTo(ServiceViewModel.Tab.INBOX);
        assertThat(vm.ticket().ticketIdProperty().get()).isEqualTo("T-2");
        assertThat(links.requestedProperty().get()).as("taken").isNull();
        vm.deactivate();
        links.open(Target.TICKET, "T-1");
        assertThat(links.requestedProperty().get()).as("left for the next activation").isNotNull();
    }

    @Test
    void theFiguresTabShowsMineBesideTheTeams() {
        vm.activate();
        vm.tabProperty().set(ServiceViewModel.Tab.FIGURES);
        List<FigureRow> rows = vm.figures().figures();
        assertThat(rows).extracting(FigureRow::name).startsWith("Tickets", "First response, median");
        // mine: T-1 only; team: T-1, T-2, T-3
        assertThat(rows.get(0)).extracting(FigureRow::mine, FigureRow::team).containsExactly("1", "3");
        // first responses: mine 30 min; team 30 and 90 min → median 60 min = 1 h 00 min
        assertThat(rows.get(1)).extracting(FigureRow::mine, FigureRow::team).containsExactly("30 min", "1 h 00 min");
        // breaches: T-3 (unanswered, past due) of 3
        assertThat(rows.get(6)).extracting(FigureRow::name, FigureRow::mine, FigureRow::team)
                .containsExactly("SLA breaches", "0 (0%)", "1 (33%)");
        assertThat(rows.get(7)).extracting(FigureRow::mine, FigureRow::team).containsExactly("0 (0%)", "1 (33%)");
        assertThat(vm.figures().channels()).extracting(FigureRow::name, FigureRow::team)
                .contains(org.assertj.core.groups.Tuple.tuple("Phone", "1 (33%)"));
    }
}
