package com.trendythreads.opsdesk.viewmodels.service;

import com.trendythreads.opsdesk.api.dto.common.User;
import com.trendythreads.opsdesk.api.dto.crm.Ticket;
import com.trendythreads.opsdesk.api.dto.crm.TicketChannel;
import com.trendythreads.opsdesk.api.dto.crm.TicketPriority;
import com.trendythreads.opsdesk.api.dto.crm.TicketStatus;
import com.trendythreads.opsdesk.cache.crm.SlaState;
import com.trendythreads.opsdesk.cache.crm.TicketActions;
import com.trendythreads.opsdesk.cache.crm.TicketRules;
import com.trendythreads.opsdesk.cache.store.ChangeBus;
import com.trendythreads.opsdesk.viewmodels.common.Activatable;
import com.trendythreads.opsdesk.viewmodels.common.CoalescingLoad;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/// The ticket inbox: the cached tickets in queues, filtered, most urgent first, and live — it reloads whenever
/// the cache's tickets change (a delta from the platform, or an agent's edit here).
///
/// Queues (a status filter, when set, replaces "open" = NEW, OPEN or PENDING):
/// - Mine: open and assigned to me. Unassigned: open and nobody's. Team: every open ticket.
/// - Breached / at risk: open with SLA state BREACHED or DUE_SOON.
///
/// Urgency: SLA state (breached, due soon, ok, none), then the earlier deadline, then the higher priority.
public final class InboxViewModel implements Activatable {

    public enum Queue { MINE, UNASSIGNED, TEAM, AT_RISK }

    /// Most urgent first.
    public static final Comparator<TicketItem> URGENCY = Comparator.comparing(TicketItem::sla)
            .thenComparing(TicketItem::dueAt, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(TicketItem::priority, Comparator.reverseOrder())
            .thenComparing(TicketItem::id);

    private final ServiceContext ctx;
    private final ObjectProperty<Queue> queue = new SimpleObjectProperty<>(Queue.MINE);
    private final ObjectProperty<TicketStatus> status = new SimpleObjectProperty<>();
    private final ObjectProperty<TicketPriority> priority = new SimpleObjectProperty<>();
    private final ObjectProperty<TicketChannel> channel = new SimpleObjectProperty<>();
    private final ObservableList<TicketItem> items = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<Map<Queue, Integer>> counts = new ReadOnlyObjectWrapper<>(Map.of());
    private final CoalescingLoad<Snapshot> load;
    private Snapshot snapshot = new Snapshot(null, List.of(), Map.of());
    private ChangeBus.Subscription subscription;

    /// Every cached ticket as a row, most urgent first, and the queues' sizes: built in the background, so a
    /// queue or filter change only filters (a few thousand rows, well under a frame).
    record Snapshot(String myId, List<TicketItem> all, Map<Queue, Integer> counts) {
    }

    InboxViewModel(ServiceContext ctx) {
        this.ctx = ctx;
        this.load = new CoalescingLoad<>(ctx.runner(), this::read, this::show, "the ticket inbox");
        queue.addListener((o, a, b) -> apply());
        status.addListener((o, a, b) -> apply());
        priority.addListener((o, a, b) -> apply());
        channel.addListener((o, a, b) -> apply());
    }

    @Override
    public void activate() {
        if (subscription == null) {
            subscription = ctx.data().tickets().onChange(c -> ctx.runner().ui().dispatch(this::refresh));
        }
        refresh();
    }

    @Override
    public void deactivate() {
        if (subscription != null) {
            subscription.close();
            subscription = null;
        }
    }

    /// Reads the tickets again (coalesced); also what a timer calls so SLA states follow the clock.
    public void refresh() {
        load.run();
    }

    private Snapshot read() {
        String me = ctx.data().reference().userByUsername(ctx.user().username()).map(User::id).orElse(null);
        Map<String, String> users = new HashMap<>();
        ctx.data().reference().users().forEach(u -> users.put(u.id(), u.displayName()));
        Map<String, String> customers = ctx.data().customers().names();
        Instant now = ctx.clock().instant();
        Map<Queue, Integer> n = new EnumMap<>(Queue.class);
        for (Queue q : Queue.values()) {
            n.put(q, 0);
        }
        List<TicketItem> all = new java.util.ArrayList<>();
        for (Ticket t : ctx.data().tickets().all()) {
            TicketItem item = item(t, SlaState.of(t, now), now, customers, users);
            for (Queue q : Queue.values()) {
                if (inQueue(item, q, me, null)) {
                    n.merge(q, 1, Integer::sum);
                }
            }
            all.add(item);
        }
        all.sort(URGENCY);
        return new Snapshot(me, List.copyOf(all), Map.copyOf(n));
    }

    private void show(Snapshot s) {
        snapshot = s;
        counts.set(s.counts());
        apply();
    }

    /// The chosen queue and filters over the last snapshot (already in urgency order).
    private void apply() {
        Predicate<TicketItem> filters = filters();
        List<TicketItem> rows = new java.util.ArrayList<>();
        for (TicketItem t : snapshot.all()) {
            if (inQueue(t, queue.get(), snapshot.myId(), status.get()) && filters.test(t)) {
                rows.add(t);
            }
        }
        items.setAll(rows);
    }

    /// Whether `t` belongs in queue `q` for agent `myId`; `status` (when not null) replaces "open".
    static boolean inQueue(TicketItem t, Queue q, String myId, TicketStatus status) {
        boolean state = status == null ? TicketRules.open(t.status()) : t.status() == status;
        if (!state) {
            return false;
        }
        return switch (q) {
            case MINE -> myId != null && myId.equals(t.assigneeId());
            case UNASSIGNED -> t.assigneeId() == null;
            case TEAM -> true;
            case AT_RISK -> t.sla() == SlaState.BREACHED || t.sla() == SlaState.DUE_SOON;
        };
    }

    private Predicate<TicketItem> filters() {
        TicketPriority p = priority.get();
        TicketChannel c = channel.get();
        return t -> (p == null || t.priority() == p) && (c == null || t.channel() == c);
    }

    private TicketItem item(Ticket t, SlaState sla, Instant now, Map<String, String> customers,
            Map<String, String> users) {
        String due = "";
        if (sla != SlaState.NONE && t.slaDueAt() != null && t.status() != TicketStatus.PENDING) {
            Duration left = Duration.between(now, t.slaDueAt());
            due = left.isNegative() || left.isZero() ? ctx.i18n().get("service.due.overdue", ctx.duration(left))
                    : ctx.i18n().get("service.due.in", ctx.duration(left));
        } else if (t.status() == TicketStatus.PENDING) {
            due = ctx.i18n().get("service.due.paused");
        }
        boolean queued = t.messages() != null && t.messages().stream().anyMatch(TicketActions::pending);
        return new TicketItem(t.id(), t.subject(), customers.getOrDefault(t.customerId(), t.customerId()),
                t.status(), ctx.enumText("service.status", t.status()), t.priority(),
                ctx.enumText("service.priority", t.priority()), t.channel(), ctx.enumText("service.channel", t.channel()),
                t.assigneeId(), t.assigneeId() == null ? ctx.i18n().get("service.assignee.nobody")
                        : users.getOrDefault(t.assigneeId(), t.assigneeId()),
                // a pending ticket's deadline is paused: nothing is due from us, so it sorts after the running ones
                t.status() == TicketStatus.PENDING ? null : t.slaDueAt(), due, sla, ctx.enumText("service.sla", sla), queued);
    }

    public ObjectProperty<Queue> queueProperty() {
        return queue;
    }

    /// Only tickets in this status (null: the open ones).
    public ObjectProperty<TicketStatus> statusProperty() {
        return status;
    }

    public ObjectProperty<TicketPriority> priorityProperty() {
        return priority;
    }

    public ObjectProperty<TicketChannel> channelProperty() {
        return channel;
    }

    /// The rows of the chosen queue and filters, most urgent first.
    public ObservableList<TicketItem> items() {
        return items;
    }

    /// How many tickets each queue holds (ignoring the priority and channel filters).
    public ReadOnlyObjectProperty<Map<Queue, Integer>> countsProperty() {
        return counts.getReadOnlyProperty();
    }

    /// "Mine (12)".
    public String queueTitle(Queue q) {
        return ctx.i18n().get("service.queue." + q.name().toLowerCase(java.util.Locale.ROOT),
                counts.get().getOrDefault(q, 0));
    }

    public String statusText(TicketStatus s) {
        return s == null ? ctx.i18n().get("service.filter.open") : ctx.enumText("service.status", s);
    }

    public String priorityText(TicketPriority p) {
        return p == null ? ctx.i18n().get("service.filter.any") : ctx.enumText("service.priority", p);
    }

    public String channelText(TicketChannel c) {
        return c == null ? ctx.i18n().get("service.filter.any") : ctx.enumText("service.channel", c);
    }
}
