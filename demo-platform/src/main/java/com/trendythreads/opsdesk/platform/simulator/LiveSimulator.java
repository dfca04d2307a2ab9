package com.trendythreads.opsdesk.platform.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.trendythreads.opsdesk.api.dto.campaigns.PromoCode;
import com.trendythreads.opsdesk.api.dto.campaigns.PromoType;
import com.trendythreads.opsdesk.api.dto.common.Address;
import com.trendythreads.opsdesk.api.dto.common.OrderChannel;
import com.trendythreads.opsdesk.api.dto.crm.Ticket;
import com.trendythreads.opsdesk.api.dto.crm.TicketChannel;
import com.trendythreads.opsdesk.api.dto.crm.TicketMessage;
import com.trendythreads.opsdesk.api.dto.crm.TicketPriority;
import com.trendythreads.opsdesk.api.dto.crm.TicketStatus;
import com.trendythreads.opsdesk.api.dto.inventory.MovementType;
import com.trendythreads.opsdesk.api.dto.orders.FulfilmentStatus;
import com.trendythreads.opsdesk.api.dto.orders.Order;
import com.trendythreads.opsdesk.api.dto.orders.OrderCustomer;
import com.trendythreads.opsdesk.api.dto.orders.OrderLine;
import com.trendythreads.opsdesk.api.dto.orders.OrderStatus;
import com.trendythreads.opsdesk.api.dto.orders.Payment;
import com.trendythreads.opsdesk.api.dto.orders.PaymentStatus;
import com.trendythreads.opsdesk.api.dto.orders.TimelineEvent;
import com.trendythreads.opsdesk.platform.ModuleContext;
import com.trendythreads.opsdesk.platform.auth.Principal;
import com.trendythreads.opsdesk.platform.changes.ChangeOp;
import com.trendythreads.opsdesk.platform.fulfilment.FulfilmentService;
import com.trendythreads.opsdesk.platform.inventory.StockLedger;
import com.trendythreads.opsdesk.platform.orders.OrderEdit;
import com.trendythreads.opsdesk.platform.orders.OrderStore;
import com.trendythreads.opsdesk.platform.orders.PaymentAccounts;
import com.trendythreads.opsdesk.platform.orders.Skus;
import com.trendythreads.opsdesk.platform.store.DocTable;
import com.trendythreads.opsdesk.platform.writes.Tx;
import com.trendythreads.opsdesk.platform.store.Counters;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.jdbi.v3.core.Handle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/// Live activity for demos: new orders (with stock committed and, sometimes, a promo code redeemed),
/// supplier receipts, customers writing in about an order, and recent orders moving along (paid, waved
/// into a pick list, delivered).
///
/// Every event is one write through the platform's write path as [Principal#SYSTEM], so it lands in the
/// change feed and on the event stream like a user's change. Given the same seed and the same database,
/// the same events happen: all choices come from one [SplittableRandom] and every query has a total order.
public final class LiveSimulator {

    private static final Logger log = LoggerFactory.getLogger(LiveSimulator.class);

    private static final String[] TICKET_SUBJECTS = {
        "Where is my order %s?", "Wrong size delivered for %s", "Can I change the address of %s?",
        "Refund status of %s", "Item missing from order %s", "Question about my order %s"};

    private final ModuleContext m;
    private final OrderStore orders;
    private final FulfilmentService fulfilment;
    private final StockLedger stock;
    private final DocTable<Ticket> tickets;
    private final DocTable<PromoCode> promoCodes;
    private final SplittableRandom random;

    public LiveSimulator(ModuleContext m, OrderStore orders, FulfilmentService fulfilment, StockLedger stock,
                         long seed) {
        this.m = m;
        this.orders = orders;
        this.fulfilment = fulfilment;
        this.stock = stock;
        this.random = new SplittableRandom(seed);
        ObjectMapper json = m.json();
        this.tickets = new DocTable<>(new DocTable.Spec<>("tickets", "id", Ticket.class, Ticket::id, Ticket::version,
                t -> {
                    Map<String, Object> c = new LinkedHashMap<>();
                    c.put("status", t.status());
                    c.put("priority", t.priority());
                    c.put("customer_id", t.customerId());
                    c.put("order_id", t.orderId());
                    c.put("assignee_id", t.assigneeId());
                    c.put("sla_due_at", t.slaDueAt());
                    c.put("created_at", t.createdAt());
                    c.put("updated_at", t.updatedAt());
                    return c;
                }), json);
        this.promoCodes = new DocTable<>(new DocTable.Spec<>("promo_codes", "code", PromoCode.class, PromoCode::code,
                PromoCode::version, p -> {
                    Map<String, Object> c = new LinkedHashMap<>();
                    c.put("campaign_id", p.campaignId());
                    c.put("active", p.active());
                    return c;
                }), json);
    }

    /// Produces up to `events` events now, one write each; returns how many happened (a kind of event with
    /// nothing to work on, e.g. no stock anywhere, is skipped).
    public synchronized int tick(int events) {
        int produced = 0;
        for (int i = 0; i < events; i++) {
            int kind = random.nextInt(100);
            boolean done = m.writes().run(Principal.SYSTEM, tx -> {
                if (kind < 40) {
                    return newOrder(tx);
                } else if (kind < 60) {
                    return receipt(tx);
                } else if (kind < 75) {
                    return ticket(tx);
                }
                return progress(tx);
            });
            if (done) {
                produced++;
            }
        }
        return produced;
    }

    /// Runs [#tick] on a timer at about `eventsPerMinute`; close the result to stop.
    public AutoCloseable schedule(double eventsPerMinute) {
        ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(
                Thread.ofPlatform().name("live-simulator").daemon().factory());
        long periodMicros = Math.max(1_000, (long) (60_000_000 / eventsPerMinute));
        timer.scheduleAtFixedRate(() -> {
            try {
                tick(1);
            } catch (RuntimeException e) {
                log.warn("Simulator event failed", e);
            }
        }, periodMicros, periodMicros, TimeUnit.MICROSECONDS);
        log.info("Live simulator running at {} events/minute", eventsPerMinute);
        return timer::shutdownNow;
    }

    private boolean newOrder(Tx tx) {
        Handle h = tx.handle();
        Optional<JsonNode> customer = any(h, "customers", "doc", "erased = FALSE").map(this::tree);
        if (customer.isEmpty() || !customer.get().path("addresses").isArray()
                || customer.get().path("addresses").isEmpty()) {
            return false;
        }
        // A random stock level with something to sell gives the location (weighted by its range) and the first line.
        Optional<String> first = any(h, "stock", "location_id || '|' || sku", "on_hand - committed_qty > 0");
        if (first.isEmpty()) {
            return false;
        }
        String loc = first.get().split("\\|", 2)[0];
        String locationType = h.createQuery("SELECT type FROM locations WHERE id = :id").bind("id", loc)
                .mapTo(String.class).findOne().orElse("WAREHOUSE");
        int lineCount = 1 + random.nextInt(3);
        List<Skus> skus = new ArrayList<>();
        Map<String, Integer> qty = new HashMap<>();
        for (int i = 0; i < lineCount * 3 && skus.size() < lineCount; i++) {
            String sku = i == 0 ? first.get().split("\\|", 2)[1] : anySkuAt(h, loc).orElse(null);
            if (sku == null) {
                continue;
            }
            if (qty.containsKey(sku)) {
                continue;
            }
            Skus.find(h, sku).ifPresent(s -> {
                skus.add(s);
                int free = stock.find(h, loc, sku).map(l -> l.available()).orElse(1);
                qty.put(sku, free >= 2 && random.nextInt(5) == 0 ? 2 : 1);
            });
        }
        if (skus.isEmpty()) {
            return false;
        }
        PromoCode promo = random.nextInt(4) == 0 ? promo(h, tx.now()).orElse(null) : null;

        String id = OrderStore.nextId(h);
        List<OrderLine> lines = new ArrayList<>();
        Map<String, String> categories = new HashMap<>();
        long subtotal = 0;
        long discount = 0;
        long fixedLeft = promo != null && promo.type() == PromoType.FIXED_AMOUNT ? promo.value() : 0;
        for (Skus s : skus) {
            int q = qty.get(s.sku());
            long gross = s.priceCents() * q;
            long lineDiscount = 0;
            if (promo != null && promo.type() == PromoType.PERCENT) {
                lineDiscount = gross * promo.value() / 100;
            } else if (fixedLeft > 0) {
                lineDiscount = Math.min(fixedLeft, gross);
                fixedLeft -= lineDiscount;
            }
            subtotal += gross;
            discount += lineDiscount;
            lines.add(new OrderLine(Counters.next(h, Counters.Sequence.ORDER_LINE), s.sku(), s.productId(), s.title(), s.size(),
                    s.colour(), q, s.priceCents(), lineDiscount, gross - lineDiscount, 0, 0));
            categories.put(s.sku(), s.categoryId());
        }
        boolean store = "STORE".equals(locationType);
        OrderChannel channel = store ? OrderChannel.STORE
                : new OrderChannel[] {OrderChannel.WEB, OrderChannel.WEB, OrderChannel.APP, OrderChannel.MARKETPLACE}
                [random.nextInt(4)];
        long shipping = store || subtotal - discount >= 5_000 || (promo != null && promo.type() == PromoType.FREE_SHIPPING)
                ? 0 : 495;
        long total = subtotal - discount + shipping;
        boolean paid = store || random.nextInt(4) != 0;
        JsonNode c = customer.get();
        JsonNode a = c.path("addresses").get(0);
        Address address = new Address(a.path("name").asText(), a.path("street").asText(), a.path("postalCode").asText(),
                a.path("city").asText(), a.path("countryCode").asText("DE"));
        List<TimelineEvent> timeline = new ArrayList<>();
        timeline.add(new TimelineEvent(tx.now(), TimelineEvent.Type.PLACED, "system", channel.name()));
        List<Payment> payments = new ArrayList<>();
        if (paid) {
            Payment.Method method = Payment.Method.values()[random.nextInt(Payment.Method.values().length)];
            payments.add(new Payment(Counters.next(h, Counters.Sequence.PAYMENT), Payment.Kind.CAPTURE, method, total, tx.now(),
                    PaymentAccounts.masked(method, id, c.path("email").asText(null))));
            timeline.add(new TimelineEvent(tx.now(), TimelineEvent.Type.PAID, "system", method.name()));
        }
        Order order = new Order(id, OrderStore.nextNumber(h), tx.now(), channel, loc,
                paid ? OrderStatus.PAID : OrderStatus.PLACED, paid ? PaymentStatus.PAID : PaymentStatus.PENDING,
                FulfilmentStatus.UNFULFILLED,
                new OrderCustomer(c.path("id").asText(), c.path("firstName").asText() + " " + c.path("lastName").asText(),
                        c.path("email").asText(), c.hasNonNull("phone") ? c.get("phone").asText() : null),
                address, address, lines, subtotal, discount, shipping, total * 19 / 119, total, 0, Order.Currency.EUR,
                promo == null ? List.of() : List.of(promo.code()), attribution(h, promo), payments,
                List.of(), List.of(), timeline, null, null, null, false, tx.now(), 1);
        for (OrderLine line : lines) {
            stock.commit(tx, loc, line.sku(), line.quantity());
        }
        orders.insert(tx, order, categories);
        if (promo != null) {
            redeem(tx, promo, order);
        }
        return true;
    }

    private Optional<PromoCode> promo(Handle h, Instant now) {
        List<PromoCode> usable = h.createQuery("SELECT doc FROM promo_codes WHERE active = TRUE ORDER BY code LIMIT 200")
                .mapTo(String.class).list().stream()
                .map(promoCodes::read)
                .filter(p -> p.validFrom() == null || !p.validFrom().isAfter(now))
                .filter(p -> p.validUntil() == null || p.validUntil().isAfter(now))
                .filter(p -> p.usageLimitTotal() == null || p.redemptions() < p.usageLimitTotal())
                .filter(p -> p.usageLimitPerCustomer() == null && p.minOrderCents() == null)
                .filter(p -> p.scope() == null || (isEmpty(p.scope().categoryIds()) && isEmpty(p.scope().productIds())))
                .filter(p -> p.type() != PromoType.PERCENT || p.value() <= 100)
                .toList();
        return usable.isEmpty() ? Optional.empty() : Optional.of(usable.get(random.nextInt(usable.size())));
    }

    /// An order carries its campaign's `attributionId` (what `getCampaignMetrics` counts by), not the campaign's
    /// id: the two differ for every campaign created through the API.
    private String attribution(Handle h, PromoCode promo) {
        if (promo == null || promo.campaignId() == null) {
            return null;
        }
        return h.createQuery("SELECT doc FROM campaigns WHERE id = :id").bind("id", promo.campaignId())
                .mapTo(String.class).findOne().map(doc -> tree(doc).path("attributionId").asText(null)).orElse(null);
    }

    private static boolean isEmpty(List<String> l) {
        return l == null || l.isEmpty();
    }

    private void redeem(Tx tx, PromoCode promo, Order order) {
        tx.handle().createUpdate("""
                        INSERT INTO code_redemptions (code, order_id, customer_id, at) VALUES (:code, :order, :customer, :at)""")
                .bind("code", promo.code()).bind("order", order.id()).bind("customer", order.customer().id())
                .bind("at", tx.now()).execute();
        PromoCode after = new PromoCode(promo.code(), promo.type(), promo.value(), promo.validFrom(), promo.validUntil(),
                promo.usageLimitTotal(), promo.usageLimitPerCustomer(), promo.minOrderCents(), promo.scope(),
                promo.campaignId(), promo.active(), promo.redemptions() + 1, promo.createdAt(), promo.version() + 1);
        promoCodes.update(tx.handle(), after, promo.version());
        tx.recordChange("promo_code", after.code(), ChangeOp.UPSERT, after.version(), after);
    }

    private boolean receipt(Tx tx) {
        Handle h = tx.handle();
        Optional<String> row = any(h, "stock", "location_id || '|' || sku", "TRUE");
        if (row.isEmpty()) {
            return false;
        }
        String[] key = row.get().split("\\|", 2);
        int qty = 5 + random.nextInt(16);
        stock.receive(tx, key[0], key[1], qty, MovementType.RECEIPT, null, "Supplier delivery");
        return true;
    }

    private boolean ticket(Tx tx) {
        Handle h = tx.handle();
        Optional<Order> order = recentOrder(h);
        if (order.isEmpty()) {
            return false;
        }
        Order o = order.get();
        String id = Counters.next(h, Counters.Sequence.TICKET);
        String subject = String.format(TICKET_SUBJECTS[random.nextInt(TICKET_SUBJECTS.length)], o.number());
        TicketMessage first = new TicketMessage(Counters.next(h, Counters.Sequence.TICKET_MESSAGE), TicketMessage.Author.CUSTOMER, o.customer().name(),
                "Hello, " + subject.substring(0, 1).toLowerCase() + subject.substring(1) + " Thanks, "
                        + o.customer().name().split(" ")[0], false, tx.now());
        Ticket t = new Ticket(id, subject, o.customer().id(), o.id(), TicketStatus.NEW, TicketPriority.NORMAL,
                TicketChannel.EMAIL, null, tx.now().plus(Duration.ofHours(24)), List.of(), List.of(first), List.of(),
                tx.now(), tx.now(), 1);
        tickets.insert(h, t);
        tx.recordChange("ticket", id, ChangeOp.UPSERT, 1, t);
        return true;
    }

    private boolean progress(Tx tx) {
        Handle h = tx.handle();
        Optional<Order> pick = recentOrder(h);
        if (pick.isEmpty()) {
            return false;
        }
        Order o = pick.get();
        OrderEdit e = new OrderEdit(o);
        switch (o.status()) {
            case PLACED -> {
                e.status = OrderStatus.PAID;
                e.paymentStatus = PaymentStatus.PAID;
                e.payments.add(new Payment(Counters.next(h, Counters.Sequence.PAYMENT),
                        Payment.Kind.CAPTURE, Payment.Method.CARD, o.totalCents(), tx.now(),
                        PaymentAccounts.masked(Payment.Method.CARD, o.id(), o.customer().email())));
                e.event(tx.now(), TimelineEvent.Type.PAID, "system", "CARD");
            }
            case PAID -> {
                if (o.pickListId() != null || o.channel() == OrderChannel.STORE) {
                    return false;
                }
                List<Order> wave = h.createQuery("""
                                SELECT doc FROM orders WHERE status = 'PAID' AND location_id = :l AND channel <> 'STORE'
                                ORDER BY placed_at, id LIMIT 20""")
                        .bind("l", o.locationId()).mapTo(String.class).list().stream()
                        .map(orders.table()::read).filter(x -> x.pickListId() == null).limit(4).toList();
                if (wave.isEmpty()) {
                    return false;
                }
                fulfilment.createWave(tx, o.locationId(), wave);
                return true;
            }
            case SHIPPED -> {
                e.status = OrderStatus.DELIVERED;
                e.fulfilmentStatus = FulfilmentStatus.DELIVERED;
                e.event(tx.now(), TimelineEvent.Type.DELIVERED, "system", o.shipment() == null ? null
                        : o.shipment().carrier());
            }
            default -> {
                return false;
            }
        }
        orders.update(tx, e.done(tx.now()));
        return true;
    }

    private Optional<Order> recentOrder(Handle h) {
        List<String> docs = h.createQuery("SELECT doc FROM orders ORDER BY placed_at DESC, id DESC LIMIT 30")
                .mapTo(String.class).list();
        return docs.isEmpty() ? Optional.empty()
                : Optional.of(orders.table().read(docs.get(random.nextInt(docs.size()))));
    }

    /// `column` of a random row of `table` that meets `condition`: a seek to a random row id and the first such
    /// row from there (or from the start). Each tick used to count and skip (`OFFSET`) through the table, which at
    /// LARGE (1.7 million stock levels, 200,000 customers) took longer than a client waits for its answer. Rows
    /// after a long run of rows that fail the condition come up more often; a simulator does not mind.
    private Optional<String> any(Handle h, String table, String column, String condition) {
        Optional<long[]> range = h.createQuery("SELECT MIN(_ROWID_), MAX(_ROWID_) FROM " + table)
                .map((rs, ctx) -> rs.getObject(1) == null ? null : new long[] {rs.getLong(1), rs.getLong(2)})
                .findOne();
        if (range.isEmpty() || range.get() == null) {
            return Optional.empty();
        }
        long from = range.get()[0] + (long) (random.nextDouble() * (range.get()[1] - range.get()[0] + 1));
        String sql = "SELECT " + column + " FROM " + table + " WHERE " + condition;
        return h.createQuery(sql + " AND _ROWID_ >= :from ORDER BY _ROWID_ LIMIT 1").bind("from", from)
                .mapTo(String.class).findOne()
                .or(() -> h.createQuery(sql + " ORDER BY _ROWID_ LIMIT 1").mapTo(String.class).findOne());
    }

    /// A random SKU with something to sell at `location`: the first from a random catalog SKU on, along the stock
    /// key (location, SKU).
    private Optional<String> anySkuAt(Handle h, String location) {
        Optional<String> from = any(h, "skus", "sku", "TRUE");
        String sql = "SELECT sku FROM stock WHERE location_id = :l AND on_hand - committed_qty > 0";
        return from.flatMap(f -> h.createQuery(sql + " AND sku >= :f ORDER BY location_id, sku LIMIT 1")
                        .bind("l", location).bind("f", f).mapTo(String.class).findOne())
                .or(() -> h.createQuery(sql + " ORDER BY location_id, sku LIMIT 1").bind("l", location)
                        .mapTo(String.class).findOne());
    }

    private JsonNode tree(String json) {
        try {
            return m.json().readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
