package com.trendythreads.opsdesk.cache.orders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.trendythreads.opsdesk.api.PlatformClient;
import com.trendythreads.opsdesk.api.dto.orders.Order;
import com.trendythreads.opsdesk.api.dto.orders.OrderLine;
import com.trendythreads.opsdesk.api.dto.orders.OrderStatus;
import com.trendythreads.opsdesk.api.dto.orders.Payment;
import com.trendythreads.opsdesk.api.dto.orders.RefundCreate;
import com.trendythreads.opsdesk.api.dto.orders.ReturnCreate;
import com.trendythreads.opsdesk.api.dto.orders.ReturnLine;
import com.trendythreads.opsdesk.api.dto.orders.ReturnReason;
import com.trendythreads.opsdesk.api.rules.Refunds;
import com.trendythreads.opsdesk.api.service.OrdersApi;
import com.trendythreads.opsdesk.cache.catalog.Violation;
import com.trendythreads.opsdesk.cache.repo.OrderRepository;
import com.trendythreads.opsdesk.cache.repo.ProductRepository;
import com.trendythreads.opsdesk.cache.repo.ReferenceRepository;
import com.trendythreads.opsdesk.cache.status.Connectivity;
import com.trendythreads.opsdesk.cache.sync.SyncSettings;
import com.trendythreads.opsdesk.cache.sync.TestPlatform;
import com.trendythreads.opsdesk.platform.faults.FaultConfig;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/// Order actions against the real demo platform (one per class, TINY): what shows locally at once, what the
/// desk refuses before queueing, and that the platform ends with exactly one refund / one replacement order
/// however often a push is retried.
class OrderActionsTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @TempDir
    static Path tmp;

    static TestPlatform platform;
    static TestPlatform.Client desk;
    static OrderRepository orders;
    static OrderActions actions;
    static PlatformClient truth;

    @BeforeAll
    static void start() {
        platform = TestPlatform.start(tmp.resolve("platform"));
        desk = platform.desk(tmp.resolve("cache"), "ada.admin", SyncSettings.defaults()
                .withPushBackoff(Duration.ofMillis(50), Duration.ofMillis(400)).withIdleRecheck(Duration.ofMillis(500)));
        assertThat(desk.engine().initialSync()).isTrue();
        desk.engine().start();
        await().atMost(WAIT).until(() -> desk.engine().status().connectivity() == Connectivity.ONLINE);
        orders = new OrderRepository(desk.db());
        actions = new OrderActions(desk.engine().edits(), orders, new ProductRepository(desk.db()),
                new ReferenceRepository(desk.db()), Clock.systemUTC(), "ada.admin");
        truth = platform.client("ada.admin");
    }

    @AfterAll
    static void stop() {
        platform.close();
    }

    private static final java.util.Set<String> USED = new java.util.HashSet<>();

    /// A cached order no other test of this class used.
    static Order anOrder(Predicate<Order> which) {
        Order o = orders.all().stream().filter(x -> !USED.contains(x.id())).filter(which)
                .sorted(java.util.Comparator.comparing(Order::id)).findFirst()
                .orElseThrow(() -> new AssertionError("no such order in the TINY seed"));
        USED.add(o.id());
        return o;
    }

    static boolean paid(Order o) {
        return o.status() != OrderStatus.CANCELLED && Refunds.capturedCents(o) > 0 && o.refundedCents() == 0;
    }

    static boolean multiUnitLine(Order o) {
        return o.lines().stream().anyMatch(l -> l.quantity() >= 2);
    }

    static Order onPlatform(String id) {
        return truth.create(OrdersApi.class).getOrder(id).body();
    }

    private void awaitPushed() {
        await().atMost(WAIT).until(() -> desk.engine().status().pendingEdits() == 0);
        assertThat(desk.engine().status().failedEdits()).isZero();
        assertThat(desk.engine().status().openConflicts()).isZero();
    }

    @Test
    void aPartialRefundMadeOfflineShowsAtOnceAndReachesThePlatformOnce() {
        Order order = anOrder(o -> paid(o) && multiUnitLine(o));
        OrderLine line = order.lines().stream().filter(l -> l.quantity() >= 2).findFirst().orElseThrow();
        platform.stop();
        await().atMost(WAIT).until(() -> desk.engine().status().connectivity() == Connectivity.OFFLINE);

        actions.refund(order.id(), new RefundCreate(List.of(new RefundCreate.Line(line.id(), 1)), null, "Too small"));

        Order shown = orders.get(order.id()).orElseThrow();
        long expected = Refunds.nextUnits(line, 0, 1);
        assertThat(shown.refundedCents()).isEqualTo(expected);
        assertThat(shown.refunds()).hasSize(1);
        assertThat(shown.refunds().getFirst().id()).startsWith("local-");
        assertThat(shown.lines().stream().filter(l -> l.id().equals(line.id())).findFirst().orElseThrow()
                .refundedQuantity()).isEqualTo(1);

        platform.restart();
        awaitPushed();
        Order after = onPlatform(order.id());
        assertThat(after.refunds()).hasSize(1);
        assertThat(after.refunds().getFirst().amountCents()).isEqualTo(expected);
        assertThat(after.payments().stream().filter(p -> p.kind() == Payment.Kind.REFUND)).hasSize(1);
        // the platform's answer replaced the local placeholder
        await().atMost(WAIT).until(() -> !orders.get(order.id()).orElseThrow().refunds().getFirst().id()
                .startsWith("local-"));
    }

    @Test
    void whatTheRulesForbidIsRefusedBeforeAnythingIsQueued() {
        Order order = anOrder(o -> paid(o) && o.lines().size() >= 1);
        OrderLine line = order.lines().getFirst();
        long outboxBefore = desk.engine().status().pendingEdits();
        assertThatThrownBy(() -> actions.refund(order.id(), new RefundCreate(
                List.of(new RefundCreate.Line(line.id(), line.quantity() + 1)), null, "Too many")))
                .isInstanceOfSatisfying(OrderRefused.class, e -> assertThat(e.violations())
                        .extracting(Violation::field, Violation::code)
                        .containsExactly(org.assertj.core.groups.Tuple.tuple("lines[0].quantity", "orders.rule.refundTooMany")));
        assertThatThrownBy(() -> actions.refund(order.id(), new RefundCreate(
                List.of(new RefundCreate.Line(line.id(), 1)), null, " ")))
                .isInstanceOfSatisfying(OrderRefused.class, e -> assertThat(e.violations())
                        .extracting(Violation::field).containsExactly("reason"));
        Order shipped = anOrder(o -> o.status() == OrderStatus.SHIPPED || o.status() == OrderStatus.DELIVERED);
        assertThatThrownBy(() -> actions.cancel(shipped.id(), "Customer asked"))
                .isInstanceOfSatisfying(OrderRefused.class, e -> assertThat(e.violations())
                        .extracting(Violation::code).containsExactly("orders.rule.cancelShipped"));
        Order notShipped = anOrder(o -> o.status() == OrderStatus.PAID || o.status() == OrderStatus.PLACED);
        assertThatThrownBy(() -> actions.createReturn(notShipped.id(), new ReturnCreate(List.of(new ReturnLine(
                notShipped.lines().getFirst().id(), 1, ReturnReason.DAMAGED, null)), ReturnCreate.Resolution.RESTOCK,
                null))).isInstanceOfSatisfying(OrderRefused.class, e -> assertThat(e.violations())
                        .extracting(Violation::code).containsExactly("orders.rule.returnNotShipped"));
        assertThat(desk.engine().status().pendingEdits()).isEqualTo(outboxBefore);
        assertThat(orders.get(order.id()).orElseThrow()).isEqualTo(order);
    }

    @Test
    void aRefundOfEverythingLeftCannotBeQueuedTwice() {
        Order order = anOrder(o -> paid(o) && o.lines().size() == 1);
        OrderLine line = order.lines().getFirst();
        RefundCreate all = new RefundCreate(List.of(new RefundCreate.Line(line.id(), line.quantity())), null,
                "Never arrived");
        actions.refund(order.id(), all);
        // the second press sees the first refund locally: nothing is left to refund on that line
        assertThatThrownBy(() -> actions.refund(order.id(), all)).isInstanceOf(OrderRefused.class);
        awaitPushed();
        assertThat(onPlatform(order.id()).refunds()).hasSize(1);
    }

    @Test
    void anExchangeWhoseAnswerIsLostCreatesExactlyOneReplacementOrder() {
        Order order = anOrder(o -> (o.status() == OrderStatus.SHIPPED || o.status() == OrderStatus.DELIVERED)
                && o.lines().stream().anyMatch(l -> l.returnedQuantity() < l.quantity()));
        OrderLine line = order.lines().stream().filter(l -> l.returnedQuantity() < l.quantity()).findFirst()
                .orElseThrow();
        String otherSku = new ProductRepository(desk.db()).bySku(line.sku()).orElseThrow().variants().stream()
                .map(v -> v.sku()).filter(s -> !s.equals(line.sku())).findFirst().orElseThrow();
        int ordersBefore = TestPlatform.all(truth, "v1/orders", java.util.Map.of()).size();
        // the platform commits the exchange, then the answer is lost: the desk retries with the same key
        platform.platform().faults().set(new FaultConfig(0, 0, 500, 0, 0, 0, null, null,
                new FaultConfig.DropNext(2, "/v1/orders/" + order.id() + "/returns"), null));
        try {
            actions.createReturn(order.id(), new ReturnCreate(List.of(new ReturnLine(line.id(), 1,
                    ReturnReason.SIZE_TOO_SMALL, otherSku)), ReturnCreate.Resolution.EXCHANGE, null));
            Order shown = orders.get(order.id()).orElseThrow();
            assertThat(shown.returns()).hasSize(order.returns().size() + 1);
            assertThat(shown.returns().getLast().id()).startsWith("local-RMA-");
            awaitPushed();
        } finally {
            platform.platform().faults().reset();
        }
        Order after = onPlatform(order.id());
        assertThat(after.returns()).hasSize(order.returns().size() + 1);
        String replacement = after.returns().getLast().exchangeOrderId();
        assertThat(replacement).isNotNull();
        List<JsonNode> all = TestPlatform.all(truth, "v1/orders", java.util.Map.of());
        assertThat(all).hasSize(ordersBefore + 1);
        assertThat(all.stream().filter(o -> order.id().equals(o.path("exchangeForOrderId").asText(null)))).hasSize(1);
    }

    @Test
    void aReturnWithRestockShowsItsPlaceholderAndIsStoredOnce() {
        Order order = anOrder(o -> (o.status() == OrderStatus.SHIPPED || o.status() == OrderStatus.DELIVERED)
                && o.returns().isEmpty());
        OrderLine line = order.lines().getFirst();
        actions.createReturn(order.id(), new ReturnCreate(List.of(new ReturnLine(line.id(), 1, ReturnReason.DAMAGED,
                null)), ReturnCreate.Resolution.RESTOCK, order.locationId()));
        Order shown = orders.get(order.id()).orElseThrow();
        assertThat(shown.returns()).singleElement().satisfies(r -> {
            assertThat(r.id()).startsWith("local-RMA-");
            assertThat(r.restockLocationId()).isEqualTo(order.locationId());
        });
        assertThat(shown.lines().getFirst().returnedQuantity()).isEqualTo(line.returnedQuantity() + 1);
        awaitPushed();
        Order after = onPlatform(order.id());
        assertThat(after.returns()).singleElement().satisfies(r -> assertThat(r.id()).doesNotStartWith("local-"));
    }
}
