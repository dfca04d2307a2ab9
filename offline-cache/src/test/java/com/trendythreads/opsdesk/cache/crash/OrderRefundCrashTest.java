package com.trendythreads.opsdesk.cache.crash;

import static org.assertj.core.api.Assertions.assertThat;

import com.trendythreads.opsdesk.api.PlatformClient;
import com.trendythreads.opsdesk.api.dto.orders.Order;
import com.trendythreads.opsdesk.api.dto.orders.OrderLine;
import com.trendythreads.opsdesk.api.dto.orders.OrderStatus;
import com.trendythreads.opsdesk.api.dto.orders.Payment;
import com.trendythreads.opsdesk.api.rules.Refunds;
import com.trendythreads.opsdesk.api.service.OrdersApi;
import com.trendythreads.opsdesk.cache.sync.TestPlatform;
import com.trendythreads.opsdesk.platform.faults.FaultConfig;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/// A partial refund made offline, with the app killed (`kill -9`, a child JVM: [SyncChildMain] `refund`)
/// before its push or while it is being pushed, ends with EXACTLY ONE refund on the platform: the outbox
/// entry and its idempotency key survive the kill, and the retry of a push whose answer was lost is
/// answered from the platform's idempotency store.
class OrderRefundCrashTest {

    static final String USER = "ada.admin";

    @TempDir
    static Path tmp;

    static TestPlatform platform;
    static PlatformClient truth;
    static Path template;
    static List<Order> candidates;

    @BeforeAll
    static void startPlatform() {
        platform = TestPlatform.start(tmp.resolve("platform"));
        truth = platform.client(USER);
        template = tmp.resolve("template");
        try (TestPlatform.Client desk = platform.desk(template, USER)) {
            assertThat(desk.engine().initialSync()).isTrue();
        }
        candidates = new ArrayList<>(TestPlatform.all(truth, "v1/orders", Map.of()).stream()
                .map(n -> truth.create(OrdersApi.class).getOrder(n.get("id").asText()).body())
                .filter(o -> o.status() != OrderStatus.CANCELLED && o.refundedCents() == 0
                        && Refunds.capturedCents(o) > 0 && o.lines().stream().anyMatch(l -> l.quantity() >= 2))
                .limit(6).toList());
        assertThat(candidates).as("paid TINY orders with a line of 2+ units").hasSizeGreaterThanOrEqualTo(4);
    }

    @AfterAll
    static void stopPlatform() {
        if (platform != null) {
            platform.close();
        }
    }

    @Test
    void madeOfflineAndKilledBeforeItsPush() throws Exception {
        Order order = candidates.get(0);
        Path cache = tmp.resolve("offline");
        CrashSafetyTest.copy(template, cache);
        List<String> args = args(cache, order);
        List<String> log = new ArrayList<>();
        platform.stop();
        try {
            ChildProcess offline = ChildProcess.start(args);
            assertThat(offline.awaitLines(l -> l.equals("QUEUED refund"), 1, 60_000)).as(offline.transcript()).isTrue();
            offline.kill(); // the platform never heard of it
            log.add(offline.transcript());
        } finally {
            platform.restart();
        }
        runToTheEnd(args, log);
        assertExactlyOneRefund(order, String.join("\n", log));
    }

    @Test
    void killedWhileItsPushIsUnderwayWithLostAnswers() throws Exception {
        Random r = new Random(Long.getLong("crash.seed", System.nanoTime()));
        for (int t = 1; t < 3; t++) {
            Order order = candidates.get(t);
            Path cache = tmp.resolve("push-" + t);
            CrashSafetyTest.copy(template, cache);
            List<String> args = args(cache, order);
            List<String> log = new ArrayList<>();
            // the platform commits the refund, then the answer is lost (and again for the retry)
            platform.platform().faults().set(new FaultConfig(0, 0, 500, 0, 0, 0, null, null,
                    new FaultConfig.DropNext(2, "/v1/orders"), null));
            try {
                ChildProcess child = ChildProcess.start(args);
                child.awaitLines(l -> l.equals("PUSHING"), 1, 60_000);
                long delay = r.nextInt(300);
                Thread.sleep(delay);
                child.kill();
                log.add("--- killed " + delay + " ms after its first push began\n" + child.transcript());
            } finally {
                platform.platform().faults().reset();
            }
            runToTheEnd(args, log);
            assertExactlyOneRefund(order, String.join("\n", log));
        }
    }

    private static List<String> args(Path cache, Order order) {
        OrderLine line = order.lines().stream().filter(l -> l.quantity() >= 2).findFirst().orElseThrow();
        return List.of(platform.baseUrl(), cache.toString(), USER, "demo", "refund", order.id(), line.id(), "1");
    }

    private static void runToTheEnd(List<String> args, List<String> log) throws InterruptedException {
        ChildProcess last = ChildProcess.start(args);
        int exit = last.awaitExit(90_000);
        log.add("--- last run: exit " + exit + "\n" + last.transcript());
        assertThat(exit).as(String.join("\n", log)).isZero();
        assertThat(last.output()).as(String.join("\n", log)).contains("DONE");
    }

    private static void assertExactlyOneRefund(Order before, String log) {
        Order after = truth.create(OrdersApi.class).getOrder(before.id()).body();
        OrderLine line = before.lines().stream().filter(l -> l.quantity() >= 2).findFirst().orElseThrow();
        assertThat(after.refunds()).as(log).hasSize(1);
        assertThat(after.refunds().getFirst().amountCents()).as(log).isEqualTo(Refunds.nextUnits(line, 0, 1));
        assertThat(after.payments().stream().filter(p -> p.kind() == Payment.Kind.REFUND)).as(log).hasSize(1);
        assertThat(after.refundedCents()).as(log).isEqualTo(Refunds.nextUnits(line, 0, 1));
    }
}
