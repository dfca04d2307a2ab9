package com.trendythreads.opsdesk.viewmodels.service.customers;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.trendythreads.opsdesk.api.Json;
import com.trendythreads.opsdesk.api.dto.common.Address;
import com.trendythreads.opsdesk.api.dto.common.OrderChannel;
import com.trendythreads.opsdesk.api.dto.crm.Consents;
import com.trendythreads.opsdesk.api.dto.crm.Customer;
import com.trendythreads.opsdesk.api.dto.crm.LoyaltyAdjustment;
import com.trendythreads.opsdesk.api.dto.crm.LoyaltyTier;
import com.trendythreads.opsdesk.api.dto.crm.Review;
import com.trendythreads.opsdesk.api.dto.crm.Ticket;
import com.trendythreads.opsdesk.api.dto.crm.TicketChannel;
import com.trendythreads.opsdesk.api.dto.crm.TicketPriority;
import com.trendythreads.opsdesk.api.dto.crm.TicketStatus;
import com.trendythreads.opsdesk.api.dto.orders.FulfilmentStatus;
import com.trendythreads.opsdesk.api.dto.orders.Order;
import com.trendythreads.opsdesk.api.dto.orders.OrderCustomer;
import com.trendythreads.opsdesk.api.dto.orders.OrderLine;
import com.trendythreads.opsdesk.api.dto.orders.OrderReturn;
import com.trendythreads.opsdesk.api.dto.orders.OrderStatus;
import com.trendythreads.opsdesk.api.dto.orders.PaymentStatus;
import com.trendythreads.opsdesk.api.dto.orders.Refund;
import com.trendythreads.opsdesk.api.dto.orders.RefundLine;
import com.trendythreads.opsdesk.api.dto.orders.ReturnLine;
import com.trendythreads.opsdesk.api.dto.orders.ReturnReason;
import com.trendythreads.opsdesk.api.dto.orders.Shipment;
import com.trendythreads.opsdesk.api.dto.orders.TimelineEvent;
import com.trendythreads.opsdesk.cache.LocalData;
import com.trendythreads.opsdesk.cache.outbox.LocalEdits;
import com.trendythreads.opsdesk.cache.store.CacheDatabase;
import com.trendythreads.opsdesk.cache.store.CacheOptions;
import com.trendythreads.opsdesk.cache.store.LocalTables;
import com.trendythreads.opsdesk.cache.store.ResourceType;
import com.trendythreads.opsdesk.viewmodels.Fakes;
import com.trendythreads.opsdesk.viewmodels.common.I18n;
import com.trendythreads.opsdesk.viewmodels.common.InMemorySettingsStore;
import com.trendythreads.opsdesk.viewmodels.common.TaskRunner;
import com.trendythreads.opsdesk.viewmodels.session.SessionState;
import com.trendythreads.opsdesk.viewmodels.session.SessionUser;
import com.trendythreads.opsdesk.viewmodels.session.UserSession;
import com.trendythreads.opsdesk.viewmodels.shell.RecordLinks;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;

/// A hand-built cache for the customer screens: one customer (Luca Rossi) with two orders (one shipped,
/// returned and partly refunded; one placed later), a ticket opened and solved, a review, a loyalty
/// adjustment and a consent change, each at a known instant, so the timeline's order can be written down.
/// No platform: a session without a sync engine, as if signed in offline.
final class HandBuiltCrm implements AutoCloseable {

    static final Instant T0 = Instant.parse("2026-11-01T09:00:00Z");
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-20T12:00:00Z"), ZoneOffset.UTC);
    static final String ID = "cus_0000042";

    private static final ObjectMapper MAPPER = Json.mapper();

    final CacheDatabase db;
    final LocalData data;
    final SessionState sessions = new SessionState();
    final RecordLinks links = new RecordLinks();
    final Fakes.RecordingNotifier notifier = new Fakes.RecordingNotifier();
    final I18n i18n = new I18n(new InMemorySettingsStore());

    /// @param masked the customer as a role outside x-pii-roles gets them (`l***@example.com`)
    HandBuiltCrm(Path dir, SessionUser user, boolean masked) {
        db = CacheDatabase.open(dir, "http://127.0.0.1:1/", user.username(), "demo".toCharArray(),
                new CacheOptions(1_000, 0));
        LocalTables tables = new LocalTables();
        data = new LocalData(db, new LocalEdits(db, tables, CLOCK, () -> { }));
        String email = masked ? "l***@example.com" : "luca.rossi@example.com";
        String phone = masked ? "+39 *** ***67" : "+39 333 1234567";
        Customer c = new Customer(ID, "Luca", "Rossi", email, phone,
                List.of(new Address("Luca Rossi", masked ? "***" : "Via Roma 1", "00100", "Roma", "IT")),
                new Consents(true, false, false, at(5)), LoyaltyTier.GOLD, 1200, 7, 84_500L, List.of("vip"),
                List.of(new LoyaltyAdjustment("loy_1", 150, "Parcel arrived late", "sam.support", at(4))),
                at(-400), at(5), 3);
        Order shipped = order("ord_1", "TT-1000001", at(0), OrderStatus.DELIVERED, email,
                List.of(new TimelineEvent(at(0), TimelineEvent.Type.PLACED, "web", ""),
                        new TimelineEvent(at(1), TimelineEvent.Type.SHIPPED, "walt.warehouse", "DHL")),
                new Shipment("DHL", "JJD1", at(1)),
                List.of(new Refund("ref_1", 2_999, List.of(new RefundLine("l1", 1, 2_999)), 0, "Too small", "sam.support",
                        at(3))),
                List.of(new OrderReturn("rma_1", OrderReturn.Status.RECEIVED, OrderReturn.Resolution.RESTOCK, "WH-BER",
                        List.of(new ReturnLine("l1", 1, ReturnReason.SIZE_TOO_SMALL, null)), null, "sam.support",
                        at(2))));
        Order later = order("ord_2", "TT-1000002", at(6), OrderStatus.PAID, email,
                List.of(new TimelineEvent(at(6), TimelineEvent.Type.PLACED, "web", "")), null, List.of(), List.of());
        Ticket t = new Ticket("tkt_1", "Wrong size", ID, "ord_1", TicketStatus.SOLVED, TicketPriority.NORMAL,
                TicketChannel.EMAIL, null, at(3), List.of(), List.of(), null, at(3).plusSeconds(3600),
                at(1).plusSeconds(7200), at(3), 2);
        Review r = new Review("rev_1", ID, "prd_1", 4, "Lovely linen", "Fits well", Review.Status.PUBLISHED,
                at(7), 1);
        db.write(tx -> {
            tables.upsert(tx.handle(), ResourceType.CUSTOMER, List.of(tree(c)));
            tables.upsert(tx.handle(), ResourceType.ORDER, List.of(tree(shipped), tree(later)));
            tables.upsert(tx.handle(), ResourceType.TICKET, List.of(tree(t)));
            tables.upsert(tx.handle(), ResourceType.REVIEW, List.of(tree(r)));
            return null;
        });
        sessions.signedIn(new UserSession("http://127.0.0.1:1/", user, false, true, dir, new Fakes.Status(), null,
                data, () -> { }));
    }

    /// `T0` plus `days` days.
    static Instant at(int days) {
        return T0.plusSeconds(86_400L * days);
    }

    private static JsonNode tree(Object o) {
        return MAPPER.valueToTree(o);
    }

    private static Order order(String id, String number, Instant placed, OrderStatus status, String email,
            List<TimelineEvent> timeline, Shipment shipment, List<Refund> refunds, List<OrderReturn> returns) {
        List<OrderLine> lines = List.of(new OrderLine("l1", "LIN-SHIRT-WHT-M", "prd_1", "Linen shirt", "M", "white",
                2, 2_999, 0, 5_998, refunds.isEmpty() ? 0 : 1, returns.isEmpty() ? 0 : 1));
        return new Order(id, number, placed, OrderChannel.values()[0], "WH-BER", status, PaymentStatus.values()[0],
                FulfilmentStatus.values()[0], new OrderCustomer(ID, "Luca Rossi", email, null), null, null, lines,
                5_998, 0, 495, 1_036, 6_493, refunds.stream().mapToLong(Refund::amountCents).sum(), Order.Currency.EUR,
                List.of(), null, List.of(), refunds, returns, timeline, shipment, null, null, false, placed, 1);
    }

    static SessionUser user(String username, String role, String... permissions) {
        return new SessionUser(username, username, List.of(role), Set.of(permissions));
    }

    Customer360ViewModel customer360() {
        return new Customer360ViewModel(sessions, TaskRunner.direct(), notifier, i18n, links, CLOCK);
    }

    CustomersViewModel customers() {
        return new CustomersViewModel(sessions, TaskRunner.direct(), i18n, links, customer360());
    }

    @Override
    public void close() {
        db.close();
    }
}
