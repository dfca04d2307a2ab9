package com.trendythreads.opsdesk.platform.crm;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.trendythreads.opsdesk.api.dto.campaigns.Campaign;
import com.trendythreads.opsdesk.api.dto.campaigns.CampaignChannel;
import com.trendythreads.opsdesk.api.dto.campaigns.CampaignStatus;
import com.trendythreads.opsdesk.api.dto.campaigns.PromoCode;
import com.trendythreads.opsdesk.api.dto.campaigns.PromoScope;
import com.trendythreads.opsdesk.api.dto.campaigns.PromoType;
import com.trendythreads.opsdesk.api.dto.campaigns.Segment;
import com.trendythreads.opsdesk.api.dto.common.Address;
import com.trendythreads.opsdesk.api.dto.common.OrderChannel;
import com.trendythreads.opsdesk.api.dto.crm.Consents;
import com.trendythreads.opsdesk.api.dto.crm.Customer;
import com.trendythreads.opsdesk.api.dto.crm.LoyaltyTier;
import com.trendythreads.opsdesk.api.dto.crm.Macro;
import com.trendythreads.opsdesk.api.dto.crm.Review;
import com.trendythreads.opsdesk.api.dto.crm.Ticket;
import com.trendythreads.opsdesk.api.dto.crm.TicketChannel;
import com.trendythreads.opsdesk.api.dto.crm.TicketMessage;
import com.trendythreads.opsdesk.api.dto.crm.TicketPriority;
import com.trendythreads.opsdesk.api.dto.crm.TicketStatus;
import com.trendythreads.opsdesk.api.dto.orders.FulfilmentStatus;
import com.trendythreads.opsdesk.api.dto.orders.Order;
import com.trendythreads.opsdesk.api.dto.orders.OrderCustomer;
import com.trendythreads.opsdesk.api.dto.orders.OrderLine;
import com.trendythreads.opsdesk.api.dto.orders.OrderStatus;
import com.trendythreads.opsdesk.api.dto.orders.PaymentStatus;
import com.trendythreads.opsdesk.api.dto.orders.Refund;
import com.trendythreads.opsdesk.api.dto.orders.RefundLine;
import com.trendythreads.opsdesk.platform.DomainModule;
import com.trendythreads.opsdesk.platform.ModuleContext;
import com.trendythreads.opsdesk.platform.Seeder;
import com.trendythreads.opsdesk.platform.campaigns.CampaignTables;
import com.trendythreads.opsdesk.platform.changes.ResourceReaders;
import com.trendythreads.opsdesk.platform.http.Json;
import com.trendythreads.opsdesk.platform.seed.FashionSeeder;
import com.trendythreads.opsdesk.platform.seed.SeedScale;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/// The seed's TINY scale plus the rows whose exact values the CRM tests assert. It also registers the
/// `order` change-feed policy the orders module will own, because an erasure rewrites orders.
final class CrmFixtures implements DomainModule {

    static final Instant T0 = Instant.parse("2020-01-15T10:00:00Z");
    static final LocalDate SALES_DAY = LocalDate.parse("2020-01-15");
    static final String ATTRIBUTION = "att_fixture";
    static final String RUNNING_CAMPAIGN = "cmp_900001";
    static final String DRAFT_CAMPAIGN = "cmp_900002";

    private final ObjectMapper json = Json.newMapper();

    @Override
    public void register(ModuleContext m) {
        m.policies().register("order", ResourceReaders.of(m.spec(), "order"));
    }

    @Override
    public Optional<Seeder> seeder() {
        // The seed's TINY scale first (as the real platform), then the few rows whose exact values tests assert;
        // fixture ids and dates are chosen so they cannot meet seeded ones.
        return Optional.of((db, scale) -> {
            new FashionSeeder().seed(db.jdbi(), SeedScale.TINY, Clock.systemUTC());
            db.jdbi().useTransaction(this::seed);
        });
    }

    static Customer customer(String id, String first, String last, String email, String phone) {
        return new Customer(id, first, last, email, phone,
                List.of(new Address(first + " " + last, "Torstraße 1", "10119", "Berlin", "DE")),
                new Consents(true, false, true, T0), LoyaltyTier.GOLD, 120, 3, 25_000, List.of("vip"), T0, T0, 1);
    }

    void seed(Handle h) {
        CrmTables crm = new CrmTables(json);
        CampaignTables cmp = new CampaignTables(json);
        h.execute("INSERT INTO categories (id, parent_id, version, doc) VALUES ('cat-fixture', NULL, 1, '{}')");
        h.execute("INSERT INTO products (id, title, brand, category_id, season, status, updated_at, version, doc)"
                + " VALUES ('prd_900001', 'Linen dress', 'Nordlys', 'cat-fixture', 'SS26', 'ACTIVE', ?, 1, '{}')",
                OffsetDateTime.ofInstant(T0, ZoneOffset.UTC));
        crm.customers.insert(h, customer("cus_000001", "Jana", "Zwiebelfeld", "jana.zwiebelfeld@example.com",
                "+49 30 1234 5612"));
        crm.customers.insert(h, customer("cus_000002", "Luca", "Fioravantix", "luca.fioravantix@example.com", "+39 06 555 0101"));
        crm.customers.insert(h, customer("cus_000003", "Eva", "Berg", "eva.berg@example.com", "+46 8 123 4567"));
        cmp.segments.insert(h, new Segment("seg_fx_gold", "Gold members", "Gold tier", "loyaltyTier = GOLD", 2, 1));
        cmp.segments.insert(h, new Segment("seg_fx_lapsed", "Lapsed", "No order in 180 days", "lastOrder < -180d", 1, 1));
        crm.macros.insert(h, new Macro("mac_901", "Waiting for customer", "We need more details.",
                TicketStatus.PENDING, List.of("waiting"), 1));
        crm.macros.insert(h, new Macro("mac_902", "Refund issued", "Your refund is on its way.", null,
                List.of("refund"), 1));
        crm.macros.insert(h, new Macro("mac_903", "Close", "Closing.", TicketStatus.CLOSED, List.of(), 1));
        crm.reviews.insert(h, new Review("rev_000001", "cus_000003", "prd_900001", 5, "Lovely", "Fits well",
                Review.Status.PUBLISHED, T0, 1));
        crm.reviews.insert(h, new Review("rev_000002", "cus_000001", "prd_900001", 3, "OK", "Runs small",
                Review.Status.PUBLISHED, T0, 1));
        crm.tickets.insert(h, new Ticket("tkt_900001", "Where is my parcel?", "cus_000003", "ord_000003",
                TicketStatus.OPEN, TicketPriority.NORMAL, TicketChannel.EMAIL, null, T0.plusSeconds(86_400),
                List.of(), List.of(new TicketMessage("msg_900001", TicketMessage.Author.CUSTOMER, "Eva Berg",
                        "My address is Storgatan 5, parcel missing", false, T0),
                new TicketMessage("msg_900002", TicketMessage.Author.AGENT, "Sam Support", "Checking.", false, T0)),
                null, T0, T0, 1));
        cmp.campaigns.insert(h, new Campaign(RUNNING_CAMPAIGN, "Autumn sale", CampaignChannel.EMAIL, T0,
                T0.plusSeconds(30L * 86_400), 500_000, "seg_fx_gold", List.of("FXAUTUMN10"), "Autumn", "20% off",
                CampaignStatus.RUNNING, 120_000, ATTRIBUTION, T0, T0, 3));
        cmp.campaigns.insert(h, new Campaign(DRAFT_CAMPAIGN, "Winter teaser", CampaignChannel.PUSH, null, null,
                10_000, null, List.of(), null, null, CampaignStatus.DRAFT, 0, "att_fixture_2", T0, T0, 1));
        cmp.promoCodes.insert(h, new PromoCode("FXAUTUMN10", PromoType.PERCENT, 10, T0, null, null, 1, null,
                new PromoScope(List.of(), List.of()), RUNNING_CAMPAIGN, true, 2, T0, 1));
        cmp.promoCodes.insert(h, new PromoCode("FXWELCOME5", PromoType.FIXED_AMOUNT, 500, T0, null, null, null, 2000L,
                new PromoScope(List.of(), List.of()), null, true, 0, T0, 1));
        h.execute("INSERT INTO campaign_delivery (campaign_id, sends, opens, clicks, updated_at)"
                + " VALUES (?, 1000, 400, 90, ?)", RUNNING_CAMPAIGN, OffsetDateTime.ofInstant(T0, ZoneOffset.UTC));

        // Orders on SALES_DAY: two attributed to the running campaign (one refunded in part), one cancelled.
        order(h, "ord_000001", "cus_000001", OrderChannel.WEB, OrderStatus.DELIVERED, ATTRIBUTION,
                List.of(line("l1", 2, 4_000, 500), line("l2", 1, 3_000, 0)), 2_000, "l1");
        order(h, "ord_000002", "cus_000002", OrderChannel.APP, OrderStatus.PAID, ATTRIBUTION,
                List.of(line("l1", 1, 5_000, 0)), 0, null);
        order(h, "ord_000003", "cus_000003", OrderChannel.WEB, OrderStatus.SHIPPED, null,
                List.of(line("l1", 3, 2_000, 600)), 0, null);
        order(h, "ord_000004", "cus_000001", OrderChannel.STORE, OrderStatus.CANCELLED, ATTRIBUTION,
                List.of(line("l1", 1, 9_900, 0)), 0, null);
        h.execute("INSERT INTO code_redemptions (code, order_id, customer_id, at) VALUES"
                + " ('FXAUTUMN10', 'ord_000001', 'cus_000001', ?), ('FXAUTUMN10', 'ord_000002', 'cus_000002', ?)",
                OffsetDateTime.ofInstant(T0, ZoneOffset.UTC), OffsetDateTime.ofInstant(T0, ZoneOffset.UTC));
        h.execute("INSERT INTO traffic_daily (sale_day, channel, sessions, conversions) VALUES"
                + " (?, 'WEB', 1200, 30), (?, 'APP', 800, 12)", SALES_DAY, SALES_DAY);
        h.execute("INSERT INTO external_context (context_day, category_id, weather_index, competitor_price_index,"
                + " sentiment_score) VALUES (?, 'cat-fixture', 92.5, 101.0, 0.4), (?, 'cat-fixture-2', 95.0, 99.0, NULL)",
                SALES_DAY, SALES_DAY);
    }

    private static OrderLine line(String id, int qty, long unit, long discount) {
        return new OrderLine(id, "SKU-" + id, "prd_900001", "Linen dress", "M", "Sand", qty, unit, discount,
                qty * unit - discount, 0, 0);
    }

    /// An order document and its `order_line_facts` rows, derived the way the orders module derives them.
    private void order(Handle h, String id, String customerId, OrderChannel channel, OrderStatus status,
                       String campaignId, List<OrderLine> lines, long refundCents, String refundLine) {
        long subtotal = lines.stream().mapToLong(l -> l.quantity() * l.unitPriceCents()).sum();
        long discount = lines.stream().mapToLong(OrderLine::discountCents).sum();
        long total = subtotal - discount;
        List<Refund> refunds = new ArrayList<>();
        if (refundCents > 0) {
            refunds.add(new Refund("rf_" + id, refundCents, List.of(new RefundLine(refundLine, 1, refundCents)), 0,
                    "damaged", "usr_sam", T0.plusSeconds(3600)));
        }
        Address address = new Address("Someone", "Main street 1", "10115", "Berlin", "DE");
        Order o = new Order(id, "TT-" + id.substring(4), T0, channel, "WH-BER", status, PaymentStatus.PAID,
                FulfilmentStatus.UNFULFILLED, new OrderCustomer(customerId, "Someone", customerId + "@example.com",
                "+49 30 000 0000"), address, address, lines, subtotal, discount, 0, 0, total, refundCents,
                Order.Currency.EUR, List.of(), campaignId, List.of(), refunds, List.of(), List.of(), null, null,
                null, false, T0, 1);
        h.createUpdate("INSERT INTO orders (id, number, placed_at, channel, location_id, status, customer_id,"
                        + " total_cents, campaign_id, updated_at, version, doc) VALUES (:id, :number, :at, :channel,"
                        + " 'WH-BER', :status, :customer, :total, :campaign, :at, 1, :doc)")
                .bind("id", id).bind("number", o.number()).bind("at", OffsetDateTime.ofInstant(T0, ZoneOffset.UTC))
                .bind("channel", channel.name()).bind("status", status.name()).bind("customer", customerId)
                .bind("total", total).bind("campaign", campaignId).bind("doc", write(o)).execute();
        for (OrderLine l : lines) {
            long refunded = l.id().equals(refundLine) ? refundCents : 0;
            h.execute("INSERT INTO order_line_facts (order_id, line_id, sale_date, channel, category_id, location_id,"
                            + " sku, product_id, quantity, gross_cents, discount_cents, returned_qty, refunded_cents,"
                            + " cancelled) VALUES (?, ?, ?, ?, 'cat-fixture', 'WH-BER', ?, ?, ?, ?, ?, 0, ?, ?)",
                    id, l.id(), SALES_DAY, channel.name(), l.sku(), l.productId(), l.quantity(),
                    l.quantity() * l.unitPriceCents(), l.discountCents(), refunded, status == OrderStatus.CANCELLED);
        }
    }

    private String write(Object o) {
        try {
            return json.writeValueAsString(o);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
