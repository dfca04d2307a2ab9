package com.trendythreads.opsdesk.viewmodels.service;

import com.trendythreads.opsdesk.api.dto.common.User;
import com.trendythreads.opsdesk.api.dto.crm.Customer;
import com.trendythreads.opsdesk.api.dto.crm.Macro;
import com.trendythreads.opsdesk.api.dto.crm.Ticket;
import com.trendythreads.opsdesk.api.dto.crm.TicketMessage;
import com.trendythreads.opsdesk.api.dto.crm.TicketPriority;
import com.trendythreads.opsdesk.api.dto.crm.TicketStatus;
import com.trendythreads.opsdesk.api.dto.orders.Order;
import com.trendythreads.opsdesk.cache.crm.SlaState;
import com.trendythreads.opsdesk.cache.crm.TicketActions;
import com.trendythreads.opsdesk.cache.crm.TicketRules;
import com.trendythreads.opsdesk.cache.store.ChangeBus;
import com.trendythreads.opsdesk.viewmodels.common.Activatable;
import com.trendythreads.opsdesk.viewmodels.common.BackgroundTask;
import com.trendythreads.opsdesk.viewmodels.common.CoalescingLoad;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/// One ticket: its conversation (the chatbot transcript before the hand-off first, clearly marked), its
/// status, priority, assignee and tags as edits through the outbox, the reply box ([ReplyViewModel]), and the
/// customer and order it is about (the spot where the customer's 360 goes). Live: it reloads when the cached
/// ticket changes, so a queued reply turns from "queued" into the platform's message by itself.
public final class TicketViewModel implements Activatable {

    private final ServiceContext ctx;
    private final ReplyViewModel reply;
    private final CoalescingLoad<Snapshot> load;
    private final ReadOnlyStringWrapper ticketId = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper subject = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper header = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper customerName = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper customerId = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper orderNumber = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper orderId = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<SlaState> sla = new ReadOnlyObjectWrapper<>(SlaState.NONE);
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper editable = new ReadOnlyBooleanWrapper();
    private final ObjectProperty<TicketStatus> status = new SimpleObjectProperty<>();
    private final ObjectProperty<TicketPriority> priority = new SimpleObjectProperty<>();
    private final ObjectProperty<AgentChoice> assignee = new SimpleObjectProperty<>();
    private final StringProperty tags = new SimpleStringProperty("");
    private final ObservableList<TicketStatus> statusChoices = FXCollections.observableArrayList();
    private final ObservableList<AgentChoice> agents = FXCollections.observableArrayList();
    private final ObservableList<MessageItem> conversation = FXCollections.observableArrayList();
    private volatile String shownId;
    private Ticket ticket;
    private boolean applying;
    private ChangeBus.Subscription subscription;

    record Snapshot(Ticket ticket, Customer customer, Order order, List<Macro> macros, List<User> agents) {
    }

    TicketViewModel(ServiceContext ctx) {
        this.ctx = ctx;
        this.reply = new ReplyViewModel(ctx);
        this.load = new CoalescingLoad<>(ctx.runner(), this::read, this::showSnapshot, "the ticket");
        status.addListener((o, a, s) -> edit(s, t -> !Objects.equals(t.status(), s),
                () -> ctx.actions().status(shownId, s)));
        priority.addListener((o, a, p) -> edit(p, t -> t.priority() != p, () -> ctx.actions().priority(shownId, p)));
        assignee.addListener((o, a, u) -> edit(u, t -> !Objects.equals(t.assigneeId(), u.id()),
                () -> ctx.actions().assign(shownId, u.id())));
    }

    @Override
    public void activate() {
        if (subscription == null) {
            subscription = ctx.data().tickets().onChange(c -> {
                if (shownId != null && (c.all() || c.ids().contains(shownId))) {
                    ctx.runner().ui().dispatch(load::run);
                }
            });
        }
        if (shownId != null) {
            load.run();
        }
    }

    @Override
    public void deactivate() {
        if (subscription != null) {
            subscription.close();
            subscription = null;
        }
    }

    /// Reads the shown ticket again (its SLA state follows the clock).
    public void refresh() {
        if (shownId != null) {
            load.run();
        }
    }

    /// Opens the ticket `id` (null: none).
    public void show(String id) {
        shownId = id;
        if (id == null) {
            loaded.set(false);
            ticketId.set("");
            conversation.clear();
            return;
        }
        load.run();
    }

    private Snapshot read() {
        String id = shownId;
        Ticket t = id == null ? null : ctx.data().tickets().get(id).orElse(null);
        if (t == null) {
            return null;
        }
        Customer c = ctx.data().customers().get(t.customerId()).orElse(null);
        Order o = t.orderId() == null ? null : ctx.data().orders().get(t.orderId()).orElse(null);
        return new Snapshot(t, c, o, ctx.data().reference().macros(), ctx.agents());
    }

    private void showSnapshot(Snapshot s) {
        if (s == null || !s.ticket().id().equals(shownId)) {
            return;
        }
        Ticket t = s.ticket();
        ticket = t;
        applying = true;
        try {
            subject.set(t.subject());
            header.set(ctx.i18n().get("service.ticket.header", t.id(), ctx.enumText("service.channel", t.channel()),
                    when(t.createdAt())));
            SlaState state = SlaState.of(t, ctx.clock().instant());
            sla.set(state);
            customerId.set(t.customerId());
            customerName.set(s.customer() == null ? t.customerId()
                    : (s.customer().firstName() + " " + s.customer().lastName()).strip());
            orderId.set(t.orderId() == null ? "" : t.orderId());
            orderNumber.set(s.order() != null ? s.order().number() : t.orderId() == null
                    ? ctx.i18n().get("service.ticket.noOrder") : t.orderId());
            ticketId.set(t.id()); // last: who follows the open ticket finds its customer and order set
            List<AgentChoice> choices = new ArrayList<>();
            choices.add(new AgentChoice(null, ctx.i18n().get("service.assignee.nobody")));
            s.agents().forEach(u -> choices.add(new AgentChoice(u.id(), u.displayName())));
            if (!agents.equals(choices)) {
                agents.setAll(choices);
            }
            statusChoices.setAll(Arrays.stream(TicketStatus.values())
                    .filter(x -> x == t.status() || TicketRules.allowed(t.status(), x)).toList());
            status.set(t.status());
            priority.set(t.priority());
            assignee.set(choices.stream().filter(a -> Objects.equals(a.id(), t.assigneeId())).findFirst()
                    .orElse(choices.getFirst()));
            tags.set(String.join(", ", t.tags() == null ? List.of() : t.tags()));
            conversation.setAll(messages(t));
            boolean writable = ctx.mayWork() && t.status() != TicketStatus.CLOSED;
            editable.set(writable);
            reply.context(t.id(), s.customer(), s.order(), s.macros(), writable);
            loaded.set(true);
        } finally {
            applying = false;
        }
    }

    private List<MessageItem> messages(Ticket t) {
        List<MessageItem> out = new ArrayList<>();
        if (t.botTranscript() != null && !t.botTranscript().isEmpty()) {
            for (TicketMessage m : t.botTranscript()) {
                out.add(new MessageItem(m.author() == TicketMessage.Author.BOT ? MessageItem.Kind.BOT
                        : MessageItem.Kind.CUSTOMER, true, m.authorName(), m.body(), meta(m, false), false));
            }
            out.add(new MessageItem(MessageItem.Kind.HANDOFF, false, "", ctx.i18n().get("service.ticket.handoff"), "",
                    false));
        }
        for (TicketMessage m : TicketActions.visibleMessages(t)) {
            boolean queued = TicketActions.pending(m);
            MessageItem.Kind kind = switch (m.author()) {
                case CUSTOMER -> MessageItem.Kind.CUSTOMER;
                case BOT -> MessageItem.Kind.BOT;
                case AGENT -> m.internal() ? MessageItem.Kind.NOTE : MessageItem.Kind.AGENT;
            };
            out.add(new MessageItem(kind, false, m.authorName(), m.body(), meta(m, queued), queued));
        }
        return out;
    }

    private String meta(TicketMessage m, boolean queued) {
        String s = m.authorName() + " · " + when(m.at());
        if (m.internal()) {
            s += " · " + ctx.i18n().get("service.ticket.internal");
        }
        if (queued) {
            s += " · " + ctx.i18n().get("service.ticket.queued");
        }
        return s;
    }

    private String when(java.time.Instant at) {
        return at == null ? "" : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(ctx.i18n().locale()).withZone(ZoneId.systemDefault()).format(at);
    }

    /// A field the agent changed: one outbox edit, unless it is the value being shown anyway.
    private <T> void edit(T value, java.util.function.Predicate<Ticket> changed, Callable<Long> write) {
        Ticket t = ticket;
        if (applying || value == null || t == null || !changed.test(t)) {
            return;
        }
        if (!editable.get()) {
            load.run();
            return;
        }
        BackgroundTask.of(write)
                .onFailure(e -> {
                    ctx.notifier().error(ctx.i18n().get("service.ticket.notSaved"), String.valueOf(e.getMessage()));
                    load.run();
                })
                .runWith(ctx.runner());
    }

    /// Saves the tags typed as "a, b, c".
    public void applyTags() {
        Ticket t = ticket;
        if (t == null || !editable.get()) {
            return;
        }
        List<String> next = Arrays.stream(tags.get().split(",")).map(String::strip).filter(x -> !x.isEmpty())
                .distinct().toList();
        if (next.equals(t.tags())) {
            return;
        }
        String problem = TicketActions.tagsProblem(next);
        if (problem != null) {
            ctx.notifier().error(ctx.i18n().get("service.ticket.notSaved"), problem);
            return;
        }
        edit(next, x -> true, () -> ctx.actions().tags(t.id(), next));
    }

    public ReplyViewModel reply() {
        return reply;
    }

    public ReadOnlyStringProperty ticketIdProperty() {
        return ticketId.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty subjectProperty() {
        return subject.getReadOnlyProperty();
    }

    /// "T-000123 · E-mail · 12 Mar 2026, 14:05".
    public ReadOnlyStringProperty headerProperty() {
        return header.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty customerNameProperty() {
        return customerName.getReadOnlyProperty();
    }

    /// The customer's id, for the customer's 360 pane that is mounted beside the ticket.
    public ReadOnlyStringProperty customerIdProperty() {
        return customerId.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty orderNumberProperty() {
        return orderNumber.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty orderIdProperty() {
        return orderId.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<SlaState> slaProperty() {
        return sla.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadedProperty() {
        return loaded.getReadOnlyProperty();
    }

    /// Whether status, priority, assignee and tags may be changed (the role may, and the ticket is not closed).
    public ReadOnlyBooleanProperty editableProperty() {
        return editable.getReadOnlyProperty();
    }

    public ObjectProperty<TicketStatus> statusProperty() {
        return status;
    }

    /// The statuses the ticket may move to from where it is (the contract's rules), its own included.
    public ObservableList<TicketStatus> statusChoices() {
        return statusChoices;
    }

    public ObjectProperty<TicketPriority> priorityProperty() {
        return priority;
    }

    public ObjectProperty<AgentChoice> assigneeProperty() {
        return assignee;
    }

    public ObservableList<AgentChoice> agents() {
        return agents;
    }

    public StringProperty tagsProperty() {
        return tags;
    }

    public ObservableList<MessageItem> conversation() {
        return conversation;
    }

    public String statusText(TicketStatus s) {
        return ctx.enumText("service.status", s);
    }

    public String priorityText(TicketPriority p) {
        return ctx.enumText("service.priority", p);
    }
}
