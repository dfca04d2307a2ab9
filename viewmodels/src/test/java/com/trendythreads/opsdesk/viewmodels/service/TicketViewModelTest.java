package com.trendythreads.opsdesk.viewmodels.service;

import static com.trendythreads.opsdesk.viewmodels.service.HandBuiltDesk.NOW;
import static com.trendythreads.opsdesk.viewmodels.service.HandBuiltDesk.SAM;
import static org.assertj.core.api.Assertions.assertThat;

import com.trendythreads.opsdesk.api.dto.crm.Macro;
import com.trendythreads.opsdesk.api.dto.crm.Ticket;
import com.trendythreads.opsdesk.api.dto.crm.TicketChannel;
import com.trendythreads.opsdesk.api.dto.crm.TicketMessage;
import com.trendythreads.opsdesk.api.dto.crm.TicketPriority;
import com.trendythreads.opsdesk.api.dto.crm.TicketStatus;
import com.trendythreads.opsdesk.api.dto.orders.Order;
import com.trendythreads.opsdesk.api.dto.orders.OrderCustomer;
import com.trendythreads.opsdesk.api.dto.orders.Shipment;
import com.trendythreads.opsdesk.cache.store.ResourceType;
import com.trendythreads.opsdesk.viewmodels.session.SessionUser;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/// One ticket over a hand-built cache: the conversation with the bot transcript before the hand-off, macros
/// previewed with their placeholders, replies and field edits queued in the outbox and shown at once.
class TicketViewModelTest {

    private static final Macro WISMO = new Macro("mac-1", "Where is my order – in transit",
            "Hi {{customer.firstName}},\n\nyour order {{order.number}} is on its way: {{order.trackingUrl}}\n\n{{agent.name}}",
            TicketStatus.PENDING, List.of("wismo"), 1);

    @TempDir
    Path dir;

    private HandBuiltDesk desk;

    @BeforeEach
    void open() {
        desk = new HandBuiltDesk(dir);
        desk.macros(WISMO);
        desk.put(ResourceType.ORDER, List.of(new Order("ord-1", "TT-1000123", NOW.minus(Duration.ofDays(3)), null,
                "WH-BER", null, null, null, new OrderCustomer("cus-1", "Jana Kunde", "jana@example.com", null), null,
                null, List.of(), 0, 0, 0, 0, 4_990, 0, Order.Currency.EUR, List.of(), null, List.of(), List.of(),
                List.of(), List.of(), new Shipment("UPS", "1Z999", NOW.minus(Duration.ofDays(1))), null, null, false,
                NOW, 1)));
        Ticket bot = HandBuiltDesk.ticket("T-10", TicketStatus.OPEN, TicketPriority.NORMAL, SAM, TicketChannel.CHATBOT,
                2, 600);
        List<TicketMessage> transcript = List.of(
                new TicketMessage("b1", TicketMessage.Author.BOT, "Threads Bot", "Hi Jana! How can I help?", false,
                        bot.createdAt().minusSeconds(300)),
                new TicketMessage("b2", TicketMessage.Author.CUSTOMER, "Jana Kunde", "Where is my order?", false,
                        bot.createdAt().minusSeconds(260)),
                new TicketMessage("b3", TicketMessage.Author.BOT, "Threads Bot", "Handing you over.", false,
                        bot.createdAt().minusSeconds(200)));
        List<TicketMessage> messages = List.of(bot.messages().getFirst(), new TicketMessage("m2",
                TicketMessage.Author.AGENT, "Eve Agent", "Carrier says tomorrow.", true, bot.createdAt().plusSeconds(60)));
        desk.tickets(new Ticket("T-10", "Where is TT-1000123?", "cus-1", "ord-1", TicketStatus.OPEN,
                        TicketPriority.NORMAL, TicketChannel.CHATBOT, SAM, bot.slaDueAt(), List.of("bot-handover"),
                        messages, transcript, bot.createdAt(), bot.createdAt(), 1),
                HandBuiltDesk.ticket("T-11", TicketStatus.NEW, TicketPriority.LOW, null, TicketChannel.EMAIL, 1, 900));
    }

    @AfterEach
    void close() {
        desk.close();
    }

    private TicketViewModel open(SessionUser user, String id) {
        TicketViewModel vm = new TicketViewModel(desk.context(user));
        vm.activate();
        vm.show(id);
        return vm;
    }

    @Test
    void theBotTranscriptComesFirstMarkedAndHandedOver() {
        TicketViewModel vm = open(HandBuiltDesk.sam(), "T-10");
        assertThat(vm.conversation()).extracting(MessageItem::kind).containsExactly(MessageItem.Kind.BOT,
                MessageItem.Kind.CUSTOMER, MessageItem.Kind.BOT, MessageItem.Kind.HANDOFF, MessageItem.Kind.CUSTOMER,
                MessageItem.Kind.NOTE);
        assertThat(vm.conversation()).extracting(MessageItem::transcript).containsExactly(true, true, true, false,
                false, false);
        assertThat(vm.conversation().get(3).body()).startsWith("Handed over from the chatbot");
        assertThat(vm.conversation().getLast().meta()).contains("Eve Agent").contains("internal note");
        assertThat(vm.customerNameProperty().get()).isEqualTo("Jana Kunde");
        assertThat(vm.orderNumberProperty().get()).isEqualTo("TT-1000123");
        assertThat(vm.headerProperty().get()).startsWith("T-10 · Chatbot hand-off · opened ");
    }

    @Test
    void aMacroIsPreviewedFilledAndItsReplyIsQueuedAndShownAtOnce() {
        TicketViewModel vm = open(HandBuiltDesk.sam(), "T-10");
        ReplyViewModel reply = vm.reply();
        reply.macroProperty().set(reply.macros().getFirst());
        assertThat(reply.previewProperty().get()).isEqualTo("Hi Jana,\n\nyour order TT-1000123 is on its way: "
                + "https://www.ups.com/track?tracknum=1Z999\n\nSam Support");
        assertThat(reply.macroWarningProperty().get()).isEmpty();
        reply.applyCommand().execute();
        assertThat(reply.textProperty().get()).isEqualTo(reply.previewProperty().get());
        assertThat(reply.sendCommand().isExecutable()).isTrue();

        reply.sendCommand().execute();
        assertThat(desk.outboxSize()).isEqualTo(1);
        MessageItem last = vm.conversation().getLast();
        assertThat(last.kind()).isEqualTo(MessageItem.Kind.AGENT);
        assertThat(last.queued()).isTrue();
        assertThat(last.meta()).contains("Sam Support").contains("queued");
        assertThat(last.body()).startsWith("Hi Jana,");
        // the macro's status and tags show at once, as the platform will apply them
        assertThat(vm.statusProperty().get()).isEqualTo(TicketStatus.PENDING);
        assertThat(vm.tagsProperty().get()).isEqualTo("bot-handover, wismo");
        assertThat(reply.textProperty().get()).as("the box is emptied").isEmpty();
        assertThat(desk.notifier.errors).isEmpty();
    }

    @Test
    void withoutAnOrderTheOrderPlaceholdersStayVisibleAndBlockSending() {
        TicketViewModel vm = open(HandBuiltDesk.sam(), "T-11");
        ReplyViewModel reply = vm.reply();
        reply.macroProperty().set(reply.macros().getFirst());
        assertThat(reply.previewProperty().get()).startsWith("Hi Jana,\n\nyour order {{order.number}} is on its way: "
                + "{{order.trackingUrl}}");
        assertThat(reply.macroWarningProperty().get()).isEqualTo(
                "{{order.number}} has no value for this ticket; it stays as written. "
                        + "{{order.trackingUrl}} has no value for this ticket; it stays as written.");
        reply.applyCommand().execute();
        assertThat(reply.textWarningProperty().get())
                .isEqualTo("Replace {{order.number}}, {{order.trackingUrl}} before sending.");
        assertThat(reply.sendCommand().isExecutable()).isFalse();
        reply.send(false);
        assertThat(desk.outboxSize()).as("nothing queued").isZero();

        reply.textProperty().set("Hi Jana, which order is it about?");
        assertThat(reply.sendCommand().isExecutable()).isTrue();
        reply.send(true); // Ctrl+Shift+Enter: as an internal note
        assertThat(vm.conversation().getLast().kind()).isEqualTo(MessageItem.Kind.NOTE);
        assertThat(vm.statusProperty().get()).as("a note does not open a NEW ticket").isEqualTo(TicketStatus.NEW);
    }

    @Test
    void fieldEditsFollowTheStatusRulesAndQueueOneEditEach() {
        TicketViewModel vm = open(HandBuiltDesk.sam(), "T-10");
        assertThat(vm.statusChoices()).containsExactly(TicketStatus.OPEN, TicketStatus.PENDING, TicketStatus.SOLVED);
        vm.statusProperty().set(TicketStatus.SOLVED);
        vm.priorityProperty().set(TicketPriority.URGENT);
        vm.assigneeProperty().set(vm.agents().stream().filter(a -> "Eve Agent".equals(a.name())).findFirst().orElseThrow());
        vm.tagsProperty().set("bot-handover, vip");
        vm.applyTags();
        assertThat(desk.outboxSize()).isEqualTo(4);
        Ticket local = desk.data.tickets().get("T-10").orElseThrow();
        assertThat(local.status()).isEqualTo(TicketStatus.SOLVED);
        assertThat(local.priority()).isEqualTo(TicketPriority.URGENT);
        assertThat(local.assigneeId()).isEqualTo(HandBuiltDesk.EVE);
        assertThat(local.tags()).containsExactly("bot-handover", "vip");
        assertThat(vm.statusChoices()).as("a solved ticket may reopen or close")
                .containsExactly(TicketStatus.OPEN, TicketStatus.SOLVED, TicketStatus.CLOSED);
        // agents only: no warehouse user to assign to
        assertThat(vm.agents()).extracting(AgentChoice::name).containsExactly("Nobody", "Eve Agent", "Sam Support");
    }

    @Test
    void aRoleThatMayNotAnswerSeesTheTicketButCannotChangeIt() {
        SessionUser viewer = new SessionUser("mona.viewer", "Mona", List.of("MANAGER"), Set.of("listTickets"));
        TicketViewModel vm = open(viewer, "T-10");
        assertThat(vm.loadedProperty().get()).isTrue();
        assertThat(vm.editableProperty().get()).isFalse();
        vm.reply().textProperty().set("Hello");
        assertThat(vm.reply().sendCommand().isExecutable()).isFalse();
        vm.priorityProperty().set(TicketPriority.URGENT);
        assertThat(desk.outboxSize()).isZero();
        assertThat(vm.priorityProperty().get()).as("shown as it is").isEqualTo(TicketPriority.NORMAL);
    }
}
