package com.trendythreads.opsdesk.viewmodels.service.customers;

import com.trendythreads.opsdesk.api.dto.common.Address;
import com.trendythreads.opsdesk.api.dto.crm.Customer;
import com.trendythreads.opsdesk.api.dto.crm.Review;
import com.trendythreads.opsdesk.api.dto.crm.Ticket;
import com.trendythreads.opsdesk.api.dto.orders.Order;
import com.trendythreads.opsdesk.api.dto.orders.OrderLine;
import com.trendythreads.opsdesk.api.dto.orders.OrderReturn;
import com.trendythreads.opsdesk.api.dto.orders.ReturnLine;
import com.trendythreads.opsdesk.api.service.CrmApi;
import com.trendythreads.opsdesk.cache.LocalData;
import com.trendythreads.opsdesk.cache.crm.CustomerActions;
import com.trendythreads.opsdesk.cache.crm.CustomerEvent;
import com.trendythreads.opsdesk.cache.crm.CustomerSummary;
import com.trendythreads.opsdesk.cache.crm.CustomerTimeline;
import com.trendythreads.opsdesk.cache.crm.GdprRequests;
import com.trendythreads.opsdesk.cache.kpi.DrillTable.Target;
import com.trendythreads.opsdesk.cache.status.Connectivity;
import com.trendythreads.opsdesk.viewmodels.common.Activatable;
import com.trendythreads.opsdesk.viewmodels.common.BackgroundTask;
import com.trendythreads.opsdesk.viewmodels.common.CoalescingLoad;
import com.trendythreads.opsdesk.viewmodels.common.I18n;
import com.trendythreads.opsdesk.viewmodels.common.LiveSubscription;
import com.trendythreads.opsdesk.viewmodels.common.Notifier;
import com.trendythreads.opsdesk.viewmodels.common.TaskRunner;
import com.trendythreads.opsdesk.viewmodels.session.SessionState;
import com.trendythreads.opsdesk.viewmodels.session.SessionUser;
import com.trendythreads.opsdesk.viewmodels.session.UserSession;
import com.trendythreads.opsdesk.viewmodels.shell.RecordLinks;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/// The customer's 360 for one customer id: profile and consents, loyalty tier and points (with
/// [LoyaltyAdjustViewModel]), lifetime value, the cached orders with their status (a row opens the order),
/// returns, reviews and one event timeline; GDPR export and erasure ([GdprViewModel]). Everything is read
/// from the local cache, as masked as the signed-in role sees it: a masked e-mail or phone is shown as it
/// came and never offered as a contact. Embeddable: a ticket view hosts one for its ticket's customer
/// ([#show]).
public final class Customer360ViewModel implements Activatable {

    /// What one load read, applied on the UI thread at once.
    private record Snapshot(String id, Customer customer, List<Order> orders, List<Ticket> tickets,
            List<Review> reviews) {
    }

    /// A consent the customer gives or withdraws.
    public enum Consent { EMAIL_MARKETING, SMS_MARKETING, PROFILING }

    private final LocalData data;
    private final RecordLinks links;
    private final TaskRunner runner;
    private final Notifier notifier;
    private final CustomerActions actions;
    private final boolean mayEditConsents;
    private final I18n i18n;
    private final CustomerFormat format;
    private final ReadOnlyObjectWrapper<String> customerId = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<CustomerProfile> profile = new ReadOnlyObjectWrapper<>();
    private final ObservableList<CustomerOrderItem> orders = FXCollections.observableArrayList();
    private final ObservableList<CustomerReturnItem> returns = FXCollections.observableArrayList();
    private final ObservableList<CustomerReviewItem> reviews = FXCollections.observableArrayList();
    private final ObservableList<TimelineItem> timeline = FXCollections.observableArrayList();
    private final LoyaltyAdjustViewModel loyalty;
    private final GdprViewModel gdpr;
    private final CoalescingLoad<Snapshot> load;
    private final LiveSubscription live = new LiveSubscription();
    private Consumer<String> orderOpener;
    private final com.trendythreads.opsdesk.viewmodels.audit.RecordHistoryViewModel history;

    @Inject
    public Customer360ViewModel(SessionState sessions, TaskRunner runner, Notifier notifier, I18n i18n,
            RecordLinks links, Clock clock) {
        UserSession session = sessions.current();
        this.data = session.data();
        this.links = links;
        this.runner = runner;
        this.notifier = notifier;
        this.i18n = i18n;
        this.format = new CustomerFormat(i18n, clock);
        SessionUser user = session.user();
        this.actions = new CustomerActions(data.edits(), data.customers(), clock);
        this.mayEditConsents = user.may("updateCustomer");
        CustomerActions queue = actions;
        this.loyalty = new LoyaltyAdjustViewModel(() -> queue, user.username(),
                user.may("adjustLoyaltyPoints"), runner, notifier, i18n,
                format, this::reload);
        GdprRequests requests = new GdprRequests(session.engine()
                .<java.util.function.Supplier<CrmApi>>map(e -> () -> e.service(CrmApi.class)).orElse(null),
                session.engine().<java.util.function.Supplier<com.trendythreads.opsdesk.api.auth.StepUpApi>>map(
                        e -> () -> e.service(com.trendythreads.opsdesk.api.auth.StepUpApi.class)).orElse(null));
        this.gdpr = new GdprViewModel(() -> requests,
                () -> session.engine().map(e -> e.connectivity() != Connectivity.OFFLINE
                        && e.connectivity() != Connectivity.SIGN_IN_EXPIRED).orElse(true),
                () -> session.engine().ifPresent(e -> e.catchUp()),
                user.may("exportCustomerData"),
                user.may("eraseCustomer"), runner, i18n);
        this.load = new CoalescingLoad<>(runner, this::read, this::apply, "the customer 360");
        this.orderOpener = id -> links.open(Target.ORDER, id);
        this.history = new com.trendythreads.opsdesk.viewmodels.audit.RecordHistoryViewModel(
                session.engine().orElse(null), runner, i18n, "customer");
    }

    /// Lane security (issue 10): the customer's history from the platform's audit log (online only).
    public com.trendythreads.opsdesk.viewmodels.audit.RecordHistoryViewModel history() {
        return history;
    }

    /// Shows the customer with this id (null: nobody).
    public void show(String id) {
        customerId.set(id);
        history.show(id);
        if (id == null) {
            apply(new Snapshot(null, null, List.of(), List.of(), List.of()));
        } else {
            load.run();
        }
    }

    /// Reads the shown customer again (after an edit; the change bus does this for others' changes).
    public void reload() {
        if (customerId.get() != null) {
            load.run();
        }
    }

    private Snapshot read() {
        String id = customerId.get();
        if (id == null) {
            return new Snapshot(null, null, List.of(), List.of(), List.of());
        }
        Optional<Customer> c = data.customers().get(id);
        if (c.isEmpty()) {
            return new Snapshot(id, null, List.of(), List.of(), List.of());
        }
        return new Snapshot(id, c.get(), data.orders().byCustomer(id), data.tickets().byCustomer(id),
                data.customers().reviews(id));
    }

    private void apply(Snapshot s) {
        if (s.id() != null && !s.id().equals(customerId.get())) {
            return; // another customer was chosen meanwhile; its own load follows
        }
        Customer c = s.customer();
        loyalty.customerProperty().set(c);
        gdpr.customerProperty().set(c);
        if (c == null) {
            profile.set(s.id() == null ? null : CustomerProfile.missing(s.id(), i18n));
            orders.clear();
            returns.clear();
            reviews.clear();
            timeline.clear();
            return;
        }
        profile.set(profileOf(c, CustomerSummary.of(c, s.orders(), s.tickets(), s.reviews())));
        orders.setAll(s.orders().stream().map(this::orderItem).toList());
        List<CustomerReturnItem> r = new ArrayList<>();
        for (Order o : s.orders()) {
            for (OrderReturn ret : o.returns() == null ? List.<OrderReturn>of() : o.returns()) {
                r.add(returnItem(o, ret));
            }
        }
        returns.setAll(r);
        reviews.setAll(s.reviews().stream().map(this::reviewItem).toList());
        timeline.setAll(CustomerTimeline.of(c, s.orders(), s.tickets(), s.reviews()).stream()
                .map(this::timelineItem).toList());
    }

    private CustomerProfile profileOf(Customer c, CustomerSummary sum) {
        Address a = c.addresses() == null || c.addresses().isEmpty() ? null : c.addresses().getFirst();
        String address = a == null ? "—" : String.join(", ", List.of(nz(a.street()), (nz(a.postalCode()) + " "
                + nz(a.city())).strip(), nz(a.countryCode()))).replaceAll("(, )+$", "");
        var consents = c.consents();
        return new CustomerProfile(c.id(), c.firstName() + " " + c.lastName(), format.contact(c.email()),
                CustomerFormat.usable(c.email()), CustomerFormat.masked(c.email()), format.contact(c.phone()),
                CustomerFormat.usable(c.phone()), CustomerFormat.masked(c.phone()), address,
                c.loyaltyTier() == null ? "—" : i18n.get("customer.tier." + c.loyaltyTier().name()),
                format.points(c.loyaltyPoints()).replace("+", ""), format.money(sum.lifetimeValueCents()),
                sum.orderCount(), sum.cachedOrders(), sum.returns(), sum.openTickets(),
                consents != null && consents.emailMarketing(), consents != null && consents.smsMarketing(),
                consents != null && consents.profiling(),
                c.tags() == null ? "" : String.join(", ", c.tags()),
                i18n.get("customer.since", format.date(c.createdAt())), false);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private CustomerOrderItem orderItem(Order o) {
        String status = i18n.get("customer.orderStatus." + o.status().name());
        int items = o.lines() == null ? 0 : o.lines().stream().mapToInt(OrderLine::quantity).sum();
        return new CustomerOrderItem(o.id(), o.number(), format.dateTime(o.placedAt()), status,
                format.money(o.totalCents()), items);
    }

    private CustomerReturnItem returnItem(Order o, OrderReturn r) {
        List<ReturnLine> lines = r.lines() == null ? List.of() : r.lines();
        int units = lines.stream().mapToInt(l -> l.quantity() == null ? 0 : l.quantity()).sum();
        String reasons = String.join(", ", lines.stream().map(ReturnLine::reason).filter(x -> x != null)
                .map(x -> i18n.get("customer.returnReason." + x.name())).distinct().toList());
        return new CustomerReturnItem(o.id(), o.number(), format.dateTime(r.createdAt()),
                r.status() == null ? "" : i18n.get("customer.returnStatus." + r.status().name()),
                r.resolution() == null ? "" : i18n.get("customer.resolution." + r.resolution().name()), units, reasons);
    }

    private CustomerReviewItem reviewItem(Review r) {
        int stars = Math.max(0, Math.min(5, r.rating()));
        return new CustomerReviewItem(format.date(r.createdAt()), "★".repeat(stars) + "☆".repeat(5 - stars),
                nz(r.title()), r.status() == null ? "" : i18n.get("customer.reviewStatus." + r.status().name()));
    }

    private TimelineItem timelineItem(CustomerEvent e) {
        String amount = e.amountCents() == null ? "" : format.money(e.amountCents());
        String text = switch (e.kind()) {
            case LOYALTY_ADJUSTED -> i18n.get("customer.event.LOYALTY_ADJUSTED", format.points(e.points()), e.label());
            case REVIEW -> i18n.get("customer.event.REVIEW", e.label(), e.points());
            case ORDER_RETURNED -> i18n.get("customer.event.ORDER_RETURNED", e.label(), e.points());
            case CONSENTS_CHANGED -> i18n.get("customer.event.CONSENTS_CHANGED");
            default -> i18n.get("customer.event." + e.kind().name(), e.label(), amount);
        };
        String detail = switch (e.kind()) {
            case CONSENTS_CHANGED -> consentsText(e.detail());
            case ORDER_RETURNED -> translated("customer.returnReason.", e.detail());
            case REVIEW -> translated("customer.reviewStatus.", e.detail());
            case TICKET_OPENED -> translated("customer.channel.", e.detail());
            default -> e.detail();
        };
        return new TimelineItem(format.dateTime(e.at()), text, detail, e);
    }

    /// `A, B` of enum names → their texts under `prefix`.
    private String translated(String prefix, String names) {
        if (names.isBlank()) {
            return "";
        }
        return String.join(", ", java.util.Arrays.stream(names.split(",\\s*")).map(n -> i18n.get(prefix + n)).toList());
    }

    /// `email+ sms- profiling-` → "E-mail marketing: yes · SMS marketing: no · Profiling: no".
    private String consentsText(String flags) {
        List<String> parts = new ArrayList<>();
        for (String f : flags.split(" ")) {
            if (f.length() > 1) {
                String key = f.substring(0, f.length() - 1);
                parts.add(i18n.get("customer.consent." + key) + ": "
                        + i18n.get(f.endsWith("+") ? "customer.yes" : "customer.no"));
            }
        }
        return String.join(" · ", parts);
    }

    /// Whether the signed-in role may change consents (x-roles of `updateCustomer`: SUPPORT, ADMIN).
    public boolean mayEditConsents() {
        return mayEditConsents;
    }

    /// Records that the customer gave (`given`) or withdrew a consent: a merge patch of `consents` through the
    /// outbox, shown at once (and in the timeline as the latest consent change).
    public void setConsent(Consent consent, boolean given) {
        String id = customerId.get();
        CustomerProfile p = profile.get();
        if (!mayEditConsents || id == null || p == null || p.missing()) {
            return;
        }
        BackgroundTask.of(() -> actions.updateConsents(id, consent == Consent.EMAIL_MARKETING ? given : null,
                        consent == Consent.SMS_MARKETING ? given : null, consent == Consent.PROFILING ? given : null))
                .onSuccess(seq -> reload())
                .onFailure(e -> notifier.error(i18n.get("customer.consent.failed"), e.getMessage()))
                .runWith(runner);
    }

    /// Where an order of this customer opens: by default the Orders workspace; a host that shows orders itself
    /// (the ticket's side pane) opens them there.
    public void openOrdersWith(Consumer<String> opener) {
        this.orderOpener = Objects.requireNonNull(opener, "opener");
    }

    /// Opens an order of the customer.
    public void openOrder(CustomerOrderItem item) {
        if (item != null) {
            orderOpener.accept(item.id());
        }
    }

    /// Opens what a timeline line is about (an order or a ticket), if anything.
    public void openEvent(TimelineItem item) {
        if (item != null && item.opens()) {
            if (item.event().isOrder()) {
                orderOpener.accept(item.event().recordId());
            } else {
                links.open(Target.TICKET, item.event().recordId());
            }
        }
    }

    @Override
    public void activate() {
        live.open(() -> {
            var a = data.customers().onChange(ch -> reload());
            var b = data.orders().onChange(ch -> reload());
            var c = data.tickets().onChange(ch -> reload());
            return () -> {
                a.close();
                b.close();
                c.close();
            };
        });
        reload();
    }

    @Override
    public void deactivate() {
        live.close();
    }

    public ReadOnlyObjectProperty<String> customerIdProperty() {
        return customerId.getReadOnlyProperty();
    }

    /// The customer as shown, or null when none is chosen.
    public ReadOnlyObjectProperty<CustomerProfile> profileProperty() {
        return profile.getReadOnlyProperty();
    }

    public ObservableList<CustomerOrderItem> orders() {
        return orders;
    }

    public ObservableList<CustomerReturnItem> returns() {
        return returns;
    }

    public ObservableList<CustomerReviewItem> reviews() {
        return reviews;
    }

    /// Newest first.
    public ObservableList<TimelineItem> timeline() {
        return timeline;
    }

    public LoyaltyAdjustViewModel loyalty() {
        return loyalty;
    }

    public GdprViewModel gdpr() {
        return gdpr;
    }
}
