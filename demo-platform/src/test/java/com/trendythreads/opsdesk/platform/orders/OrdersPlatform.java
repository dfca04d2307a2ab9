package com.trendythreads.opsdesk.platform.orders;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.trendythreads.opsdesk.api.dto.common.Address;
import com.trendythreads.opsdesk.api.dto.common.OrderChannel;
import com.trendythreads.opsdesk.api.dto.fulfilment.PickList;
import com.trendythreads.opsdesk.api.dto.orders.FulfilmentStatus;
import com.trendythreads.opsdesk.api.dto.orders.Order;
import com.trendythreads.opsdesk.api.dto.orders.OrderCustomer;
import com.trendythreads.opsdesk.api.dto.orders.OrderLine;
import com.trendythreads.opsdesk.api.dto.orders.OrderStatus;
import com.trendythreads.opsdesk.api.dto.orders.Payment;
import com.trendythreads.opsdesk.api.dto.orders.PaymentStatus;
import com.trendythreads.opsdesk.api.dto.orders.Shipment;
import com.trendythreads.opsdesk.api.dto.orders.TimelineEvent;
import com.trendythreads.opsdesk.api.rules.Ean13;
import com.trendythreads.opsdesk.platform.DemoPlatform;
import com.trendythreads.opsdesk.platform.DomainTestPlatform;
import com.trendythreads.opsdesk.platform.DomainModule;
import com.trendythreads.opsdesk.platform.ModuleContext;
import com.trendythreads.opsdesk.platform.PlatformConfig;
import com.trendythreads.opsdesk.platform.Seeder;
import com.trendythreads.opsdesk.platform.auth.Principal;
import com.trendythreads.opsdesk.platform.changes.ResourcePolicy;
import com.trendythreads.opsdesk.platform.fulfilment.FulfilmentService;
import com.trendythreads.opsdesk.platform.fulfilment.PickListStore;
import com.trendythreads.opsdesk.platform.http.Json;
import com.trendythreads.opsdesk.platform.inventory.InventoryStore;
import com.trendythreads.opsdesk.platform.inventory.StockLedger;
import com.trendythreads.opsdesk.platform.testkit.ApiCaller;
import com.trendythreads.opsdesk.platform.store.Counters;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/// A real platform on a loopback port (in-memory H2) with the orders module and a small, known data set:
/// two locations, three SKUs with stock, one customer with full PII. Tests add the orders and pick lists
/// they need with [#order] and [#pickList], so each test works on rows no other test touches.
///
/// Until the seed branch builds on the current contract, the fixtures here stand in for FashionSeeder TINY.
final class OrdersPlatform implements AutoCloseable {

    /// The masked card every fixture order is paid with.
    static final String CARD_ACCOUNT = "VISA •••• 4242";

    static final String WAREHOUSE = "WH-BER";
    static final String STORE = "ST-MUC";
    static final String TEE_M = "TT-TEE-BLK-M";
    static final String TEE_L = "TT-TEE-BLK-L";
    static final String JACKET = "TT-JKT-NVY-M";
    static final String CUSTOMER = "cus_0000001";
    static final String EMAIL = "jane.doe@example.com";
    static final String PHONE = "+49 170 5551212";
    static final Address ADDRESS = new Address("Jane Doe", "Torstraße 12", "10119", "Berlin", "DE");
    static final Map<String, String> EAN = Map.of(
            TEE_M, Ean13.complete("400000000001"),
            TEE_L, Ean13.complete("400000000002"),
            JACKET, Ean13.complete("400000000003"));
    static final Map<String, Long> PRICE = Map.of(TEE_M, 2_999L, TEE_L, 1_999L, JACKET, 8_999L);

    static final List<String> USERS = List.of("mia.merch", "walt.warehouse", "mona.manager", "sam.support",
            "mark.marketing", "ada.admin");

    private final DomainTestPlatform shared;
    final DemoPlatform platform;
    final ObjectMapper json = Json.newMapper();
    final OrderStore orders = new OrderStore(json);
    final PickListStore pickLists = new PickListStore(json);
    final ApiCaller anonymous;
    private Instant nextPlacedAt = Instant.parse("2026-01-01T10:00:00Z");

    OrdersPlatform() {
        this(b -> b);
    }

    OrdersPlatform(java.util.function.UnaryOperator<PlatformConfig.Builder> customize) {
        shared = DomainTestPlatform.start(List.of(new OrdersModule(), new FixturesModule()), customize);
        platform = shared.platform();
        anonymous = shared.anonymous();
    }

    Jdbi jdbi() {
        return platform.database().jdbi();
    }

    /// A caller signed in as `username` (tokens are reused across tests of the class).
    ApiCaller as(String username) {
        return shared.as(username);
    }

    ApiCaller support() {
        return as("sam.support");
    }

    ApiCaller warehouse() {
        return as("walt.warehouse");
    }

    /// A new order straight into the database (like seeded data: no change-feed row), placed one minute
    /// after the previous one. Lines are `sku, quantity, discountCents` triples; stock is committed for
    /// orders that have not shipped.
    synchronized Order order(OrderStatus status, Object... lines) {
        Instant placedAt = nextPlacedAt;
        nextPlacedAt = nextPlacedAt.plus(1, ChronoUnit.MINUTES);
        return jdbi().inTransaction(h -> {
            String id = OrderStore.nextId(h);
            List<OrderLine> orderLines = new ArrayList<>();
            long subtotal = 0;
            long discount = 0;
            for (int i = 0; i < lines.length; i += 3) {
                String sku = (String) lines[i];
                int qty = (Integer) lines[i + 1];
                long lineDiscount = ((Number) lines[i + 2]).longValue();
                long gross = PRICE.get(sku) * qty;
                subtotal += gross;
                discount += lineDiscount;
                orderLines.add(new OrderLine(Counters.next(h, Counters.Sequence.ORDER_LINE), sku, "prd_000001", "Basic tee", "M", "black", qty,
                        PRICE.get(sku), lineDiscount, gross - lineDiscount, 0, 0));
            }
            long shipping = 495;
            long total = subtotal - discount + shipping;
            boolean paid = status != OrderStatus.PLACED;
            List<Payment> payments = paid
                    ? List.of(new Payment(Counters.next(h, Counters.Sequence.PAYMENT), Payment.Kind.CAPTURE, Payment.Method.CARD, total, placedAt,
                            CARD_ACCOUNT))
                    : List.of();
            boolean shipped = status == OrderStatus.SHIPPED || status == OrderStatus.DELIVERED;
            FulfilmentStatus fulfilment = switch (status) {
                case SHIPPED -> FulfilmentStatus.SHIPPED;
                case DELIVERED -> FulfilmentStatus.DELIVERED;
                case PACKED -> FulfilmentStatus.PACKED;
                case PICKING -> FulfilmentStatus.PICKING;
                default -> FulfilmentStatus.UNFULFILLED;
            };
            Order order = new Order(id, OrderStore.nextNumber(h), placedAt, OrderChannel.WEB, WAREHOUSE, status,
                    paid ? PaymentStatus.PAID : PaymentStatus.PENDING, fulfilment,
                    new OrderCustomer(CUSTOMER, "Jane Doe", EMAIL, PHONE), ADDRESS, ADDRESS, orderLines, subtotal,
                    discount, shipping, total * 19 / 119, total, 0, Order.Currency.EUR, List.of(), null, payments,
                    List.of(), List.of(), List.of(new TimelineEvent(placedAt, TimelineEvent.Type.PLACED, "system", null)),
                    shipped ? new Shipment("DHL", "JD0001234567", placedAt) : null, null, null, false, placedAt, 1);
            orders.table().insert(h, order);
            Map<String, String> categories = new HashMap<>();
            for (OrderLine l : orderLines) {
                h.createUpdate("""
                                INSERT INTO order_line_facts (order_id, line_id, sale_date, channel, category_id, location_id,
                                    sku, product_id, quantity, gross_cents, discount_cents, returned_qty, refunded_cents, cancelled)
                                VALUES (:o, :l, DATE '2026-01-01', 'WEB', 'cat_tops', :loc, :sku, 'prd_000001', :q, :g, :d, 0, 0, FALSE)""")
                        .bind("o", id).bind("l", l.id()).bind("loc", WAREHOUSE).bind("sku", l.sku()).bind("q", l.quantity())
                        .bind("g", l.unitPriceCents() * l.quantity()).bind("d", l.discountCents()).execute();
                if (!shipped) {
                    h.execute("UPDATE stock SET committed_qty = committed_qty + ? WHERE location_id = ? AND sku = ?",
                            l.quantity(), WAREHOUSE, l.sku());
                }
            }
            categories.clear();
            return order;
        });
    }

    /// An OPEN pick list for `orders` at the warehouse, made through the service (so it is a write).
    PickList pickList(Order... waveOrders) {
        FulfilmentService service = new FulfilmentService(pickLists, orders, new StockLedger(new InventoryStore(json)));
        return platform.writes().run(Principal.SYSTEM, tx -> service.createWave(tx, WAREHOUSE, List.of(waveOrders)));
    }

    Order loadOrder(String id) {
        return jdbi().withHandle(h -> orders.find(h, id).orElseThrow());
    }

    int[] stock(String location, String sku) {
        return jdbi().withHandle(h -> h.createQuery(
                        "SELECT on_hand, committed_qty FROM stock WHERE location_id = :l AND sku = :s")
                .bind("l", location).bind("s", sku)
                .map((rs, c) -> new int[] {rs.getInt(1), rs.getInt(2)}).one());
    }

    String changeToken() {
        return shared.changeToken();
    }

    /// Changes after `since` as the admin sees them.
    List<JsonNode> changesSince(String since) {
        return shared.changesSince(since);
    }

    @Override
    public void close() {
        shared.close();
    }

    /// Policies of resources other modules own (stock, movement, ticket, promo_code), so this module's
    /// writes can be recorded when those modules are not wired, plus the fixture data.
    static final class FixturesModule implements DomainModule {

        @Override
        public void register(ModuleContext m) {
            for (String r : List.of("stock", "movement", "ticket", "promo_code")) {
                if (!m.policies().isRegistered(r)) {
                    m.policies().register(r, ResourcePolicy.readableByAll());
                }
            }
        }

        @Override
        public java.util.Optional<Seeder> seeder() {
            return java.util.Optional.of((db, scale) -> db.jdbi().useTransaction(FixturesModule::insert));
        }

        private static void insert(Handle h) {
            String now = "TIMESTAMP WITH TIME ZONE '2026-01-01 00:00:00+00'";
            h.execute("INSERT INTO locations (id, type, version, doc) VALUES ('" + WAREHOUSE + "', 'WAREHOUSE', 1, "
                    + "'{\"id\":\"WH-BER\",\"name\":\"Berlin warehouse\",\"type\":\"WAREHOUSE\",\"city\":\"Berlin\","
                    + "\"countryCode\":\"DE\",\"binCount\":100,\"version\":1}')");
            h.execute("INSERT INTO locations (id, type, version, doc) VALUES ('" + STORE + "', 'STORE', 1, "
                    + "'{\"id\":\"ST-MUC\",\"name\":\"Munich store\",\"type\":\"STORE\",\"city\":\"Munich\","
                    + "\"countryCode\":\"DE\",\"binCount\":10,\"version\":1}')");
            h.execute("INSERT INTO products (id, title, brand, category_id, season, status, updated_at, version, doc) "
                    + "VALUES ('prd_000001', 'Basic tee', 'Trendy', 'cat_tops', 'SS26', 'ACTIVE', " + now + ", 1, '{}')");
            for (String sku : List.of(TEE_M, TEE_L, JACKET)) {
                h.createUpdate("""
                                INSERT INTO skus (sku, ean, product_id, title, size, colour, price_cents, cost_cents)
                                VALUES (:sku, :ean, 'prd_000001', :title, :size, 'black', :price, 900)""")
                        .bind("sku", sku).bind("ean", EAN.get(sku)).bind("title", sku.equals(JACKET) ? "Jacket" : "Basic tee")
                        .bind("size", sku.endsWith("L") ? "L" : "M").bind("price", PRICE.get(sku)).execute();
                h.execute("INSERT INTO stock (location_id, sku, bin, on_hand, committed_qty, incoming, updated_at, version) "
                        + "VALUES ('" + WAREHOUSE + "', '" + sku + "', 'A-01-1', 100, 0, 0, " + now + ", 1)");
            }
            h.execute("INSERT INTO promo_codes (code, campaign_id, active, version, doc) VALUES ('SPRING10', NULL, TRUE, 1, "
                    + "'{\"code\":\"SPRING10\",\"type\":\"PERCENT\",\"value\":10,\"validFrom\":\"2026-01-01T00:00:00Z\","
                    + "\"active\":true,\"redemptions\":0,\"createdAt\":\"2026-01-01T00:00:00Z\",\"version\":1}')");
            h.execute("INSERT INTO customers (id, first_name, last_name, email, phone, loyalty_tier, updated_at, version, doc) "
                    + "VALUES ('" + CUSTOMER + "', 'Jane', 'Doe', '" + EMAIL + "', '" + PHONE + "', 'GOLD', " + now + ", 1, "
                    + "'{\"id\":\"cus_0000001\",\"firstName\":\"Jane\",\"lastName\":\"Doe\",\"email\":\"" + EMAIL
                    + "\",\"phone\":\"" + PHONE + "\",\"addresses\":[{\"name\":\"Jane Doe\",\"street\":\"Torstraße 12\","
                    + "\"postalCode\":\"10119\",\"city\":\"Berlin\",\"countryCode\":\"DE\"}]}')");
        }
    }
}
