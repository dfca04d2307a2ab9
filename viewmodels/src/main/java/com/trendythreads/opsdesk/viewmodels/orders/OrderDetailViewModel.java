package com.trendythreads.opsdesk.viewmodels.orders;

import com.trendythreads.opsdesk.api.dto.common.Address;
import com.trendythreads.opsdesk.api.dto.crm.Ticket;
import com.trendythreads.opsdesk.api.dto.orders.Order;
import com.trendythreads.opsdesk.api.dto.orders.OrderStatus;
import com.trendythreads.opsdesk.api.dto.orders.TimelineEvent;
import com.trendythreads.opsdesk.api.rules.Refunds;
import com.trendythreads.opsdesk.cache.kpi.DrillTable.Target;
import com.trendythreads.opsdesk.cache.orders.OrderRules;
import com.trendythreads.opsdesk.cache.store.ChangeBus;
import com.trendythreads.opsdesk.viewmodels.common.Activatable;
import com.trendythreads.opsdesk.viewmodels.common.BackgroundTask;
import com.trendythreads.opsdesk.viewmodels.common.I18n;
import com.trendythreads.opsdesk.viewmodels.common.Notifier;
import com.trendythreads.opsdesk.viewmodels.common.TaskRunner;
import com.trendythreads.opsdesk.viewmodels.session.SessionState;
import com.trendythreads.opsdesk.viewmodels.shell.RecordLinks;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/// One order in full: lines, payments, addresses, the status timeline with who and when, links (pick list,
/// customer, tickets about it) and the actions the user's role and the order's state allow — each disabled
/// with the reason when not. Embeddable: any screen can host it and call [#show(String)] with an order id
/// (the ticket view shows the ticket's order beside it). Follows the cache: a change of the order shows.
public final class OrderDetailViewModel implements Activatable {

    private final OrdersContext ctx;
    private final OrderFormat format;
    private final ReadOnlyObjectWrapper<Order> order = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper cached = new ReadOnlyBooleanWrapper(true);
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper totals = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper customer = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper email = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper emailMasked = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper phone = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper shipTo = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper billTo = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper refundBlocked = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper cancelBlocked = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper returnBlocked = new ReadOnlyStringWrapper("");
    private final ObservableList<OrderDetailItems.LineItem> lines = FXCollections.observableArrayList();
    private final ObservableList<OrderDetailItems.PaymentItem> payments = FXCollections.observableArrayList();
    private final ObservableList<OrderDetailItems.TimelineItem> timeline = FXCollections.observableArrayList();
    private final ObservableList<OrderDetailItems.TicketItem> tickets = FXCollections.observableArrayList();
    private final AtomicLong generation = new AtomicLong();
    private ChangeBus.Subscription subscription;
    private String shownId;
    private final com.trendythreads.opsdesk.viewmodels.audit.RecordHistoryViewModel history;

    @Inject
    public OrderDetailViewModel(SessionState sessionState, TaskRunner runner, Notifier notifier, I18n i18n,
            Clock clock, RecordLinks links) {
        this(OrdersContext.of(sessionState, runner, notifier, i18n, clock, links));
    }

    public OrderDetailViewModel(OrdersContext ctx) {
        this.ctx = ctx;
        this.format = ctx.format();
        this.history = new com.trendythreads.opsdesk.viewmodels.audit.RecordHistoryViewModel(ctx.engine(), ctx.runner(),
                ctx.i18n(), "order");
    }

    /// Lane security (issue 10): the order's history from the platform's audit log (online only).
    public com.trendythreads.opsdesk.viewmodels.audit.RecordHistoryViewModel history() {
        return history;
    }

    /// Shows the cached order `orderId` (nothing when it is not cached).
    public void show(String orderId) {
        shownId = orderId;
        history.show(orderId);
        long gen = generation.incrementAndGet();
        if (orderId == null) {
            apply(null, List.of(), true);
            return;
        }
        BackgroundTask.of(() -> new Object[] {ctx.data().orders().get(orderId).orElse(null),
                        ctx.data().tickets().byOrder(orderId)})
                .onSuccess(r -> {
                    if (gen == generation.get()) {
                        @SuppressWarnings("unchecked")
                        List<Ticket> ts = (List<Ticket>) r[1];
                        apply((Order) r[0], ts, true);
                    }
                })
                .onFailure(e -> ctx.notifier().error(ctx.i18n().get("orders.loadFailed"), String.valueOf(e.getMessage())))
                .runWith(ctx.runner());
    }

    /// Shows an order read from the platform that is not in the cache (older than the window): read-only.
    public void showNotCached(Order remote) {
        shownId = null;
        generation.incrementAndGet();
        apply(remote, List.of(), false);
    }

    private void apply(Order o, List<Ticket> ts, boolean isCached) {
        order.set(o);
        cached.set(isCached);
        lines.clear();
        payments.clear();
        timeline.clear();
        tickets.clear();
        if (o == null) {
            title.set("");
            status.set("");
            totals.set("");
            customer.set("");
            email.set("");
            phone.set("");
            shipTo.set("");
            billTo.set("");
            emailMasked.set(false);
            decide(null);
            return;
        }
        I18n i18n = ctx.i18n();
        title.set(o.number() + (isCached ? "" : " · " + i18n.get("orders.notCached")));
        status.set(i18n.get("orders.status." + o.status().name()) + " · " + i18n.get("orders.payment." + o.paymentStatus().name())
                + " · " + i18n.get("orders.fulfilment." + o.fulfilmentStatus().name()) + " · " + o.channel() + " · "
                + o.locationId() + " · " + format.dateTime(o.placedAt()));
        totals.set(i18n.get("orders.totals", format.money(o.subtotalCents()), format.money(o.discountCents()),
                format.money(o.shippingCents()), format.money(o.totalCents()), format.money(o.taxCents()),
                format.money(o.refundedCents())));
        customer.set(o.customer() == null ? "" : o.customer().name());
        String mail = o.customer() == null || o.customer().email() == null ? "" : o.customer().email();
        email.set(mail);
        emailMasked.set(OrderFormat.masked(mail));
        phone.set(o.customer() == null || o.customer().phone() == null ? "" : o.customer().phone());
        shipTo.set(address(o.shippingAddress()));
        billTo.set(address(o.billingAddress()));
        o.lines().forEach(l -> {
            String qty = l.quantity() + " × " + format.money(l.unitPriceCents())
                    + (l.refundedQuantity() > 0 ? " · " + i18n.get("orders.line.refunded", l.refundedQuantity()) : "")
                    + (l.returnedQuantity() > 0 ? " · " + i18n.get("orders.line.returned", l.returnedQuantity()) : "");
            lines.add(new OrderDetailItems.LineItem(l.sku(), l.title() + " · " + l.size() + " · " + l.colour(),
                    l.quantity(), format.money(l.unitPriceCents()), format.money(l.totalCents()),
                    l.refundedQuantity(), l.returnedQuantity(), qty));
        });
        // the account only as the payment provider masked it (the contract never carries more)
        o.payments().forEach(p -> payments.add(new OrderDetailItems.PaymentItem(i18n.get("orders.paymentKind." + p.kind()),
                p.account() == null ? p.method().name() : p.account(), format.money(p.amountCents()),
                format.shortDateTime(p.at()))));
        (o.timeline() == null ? List.<TimelineEvent>of() : o.timeline()).stream()
                .sorted(Comparator.comparing(TimelineEvent::at))
                .forEach(e -> timeline.add(new OrderDetailItems.TimelineItem(format.shortDateTime(e.at()),
                        i18n.get("orders.event." + e.type().name()), e.by() == null ? "" : e.by(),
                        e.detail() == null ? "" : e.detail())));
        ts.forEach(t -> tickets.add(new OrderDetailItems.TicketItem(t.id(), t.subject(), t.status().name())));
        decide(o);
    }

    private static String address(Address a) {
        if (a == null) {
            return "";
        }
        return String.join("\n", a.name(), a.street(), a.postalCode() + " " + a.city(), a.countryCode());
    }

    /// Each action is allowed, or says why not: the role first (x-roles), then the order's state.
    private void decide(Order o) {
        I18n i18n = ctx.i18n();
        String role = ctx.user().primaryRole();
        if (o == null) {
            refundBlocked.set(i18n.get("orders.action.noOrder"));
            cancelBlocked.set(i18n.get("orders.action.noOrder"));
            returnBlocked.set(i18n.get("orders.action.noOrder"));
            return;
        }
        if (!cached.get()) {
            String t = i18n.get("orders.action.notCached");
            refundBlocked.set(t);
            cancelBlocked.set(t);
            returnBlocked.set(t);
            return;
        }
        refundBlocked.set(!OrderPermissions.may(ctx.user(), OrderPermissions.REFUND) ? i18n.get("orders.action.role.refund", role)
                : o.status() == OrderStatus.CANCELLED || Refunds.refundableCents(o) == 0
                        || o.lines().stream().allMatch(l -> l.refundedQuantity() >= l.quantity())
                        ? i18n.get("orders.action.nothingToRefund") : "");
        cancelBlocked.set(!OrderPermissions.may(ctx.user(), OrderPermissions.CANCEL) ? i18n.get("orders.action.role.cancel", role)
                : OrderRules.SHIPPED_OR_LATER.contains(o.status()) ? i18n.get("orders.action.cancelShipped")
                : o.status() == OrderStatus.CANCELLED ? i18n.get("orders.action.cancelled") : "");
        returnBlocked.set(!OrderPermissions.may(ctx.user(), OrderPermissions.RETURN) ? i18n.get("orders.action.role.return", role)
                : !OrderRules.SHIPPED_OR_LATER.contains(o.status()) ? i18n.get("orders.action.returnNotShipped")
                : o.lines().stream().allMatch(l -> l.returnedQuantity() >= l.quantity())
                        ? i18n.get("orders.action.allReturned") : "");
    }

    @Override
    public void activate() {
        if (subscription == null) {
            subscription = ctx.data().orders().onChange(c -> {
                String id = shownId;
                if (id != null && c.touches(id)) {
                    ctx.runner().ui().dispatch(() -> show(id));
                }
            });
        }
    }

    @Override
    public void deactivate() {
        if (subscription != null) {
            subscription.close();
            subscription = null;
        }
    }

    /// The refund dialog's ViewModel for the order shown (only when [#refundBlockedProperty()] is empty).
    public RefundViewModel refund() {
        return new RefundViewModel(ctx, order.get());
    }

    public CancelOrderViewModel cancel() {
        return new CancelOrderViewModel(ctx, order.get());
    }

    public ReturnViewModel createReturn() {
        ReturnViewModel vm = new ReturnViewModel(ctx, order.get());
        vm.load();
        return vm;
    }

    /// Opens the customer in the service workspace.
    public void openCustomer() {
        Order o = order.get();
        if (o != null && o.customer() != null && o.customer().id() != null) {
            ctx.links().open(Target.CUSTOMER, o.customer().id());
        }
    }

    public void openTicket(OrderDetailItems.TicketItem t) {
        if (t != null) {
            ctx.links().open(Target.TICKET, t.id());
        }
    }

    /// Whether some workspace opens pick lists (none does yet: the link stays hidden rather than lead nowhere).
    public boolean pickListsOpen() {
        return RecordLinks.workspaceOf(new RecordLinks.Link(Target.PICK_LIST, "-")).isPresent();
    }

    /// Opens the order's pick list (the picking workspace takes PICK_LIST links when it has a screen for them).
    public void openPickList() {
        Order o = order.get();
        if (o != null && o.pickListId() != null) {
            ctx.links().open(Target.PICK_LIST, o.pickListId());
        }
    }

    public ReadOnlyObjectProperty<Order> orderProperty() {
        return order.getReadOnlyProperty();
    }

    /// False for an order read from the platform that the cache does not keep.
    public ReadOnlyBooleanProperty cachedProperty() {
        return cached.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty totalsProperty() {
        return totals.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty customerProperty() {
        return customer.getReadOnlyProperty();
    }

    /// The e-mail as the platform sent it (masked for roles outside x-pii-roles).
    public ReadOnlyStringProperty emailProperty() {
        return email.getReadOnlyProperty();
    }

    /// True when [#emailProperty()] is masked: show it as text, never as a link to write to.
    public ReadOnlyBooleanProperty emailMaskedProperty() {
        return emailMasked.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty phoneProperty() {
        return phone.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty shipToProperty() {
        return shipTo.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty billToProperty() {
        return billTo.getReadOnlyProperty();
    }

    /// Why refunding is not possible ("" when it is): the button's tooltip.
    public ReadOnlyStringProperty refundBlockedProperty() {
        return refundBlocked.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty cancelBlockedProperty() {
        return cancelBlocked.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty returnBlockedProperty() {
        return returnBlocked.getReadOnlyProperty();
    }

    public ObservableList<OrderDetailItems.LineItem> lines() {
        return lines;
    }

    public ObservableList<OrderDetailItems.PaymentItem> payments() {
        return payments;
    }

    /// Oldest first: placed, paid, picked, packed, shipped, delivered, returned, refunded.
    public ObservableList<OrderDetailItems.TimelineItem> timeline() {
        return timeline;
    }

    public ObservableList<OrderDetailItems.TicketItem> tickets() {
        return tickets;
    }
}
