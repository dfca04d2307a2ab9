package com.trendythreads.opsdesk.platform.orders;

import static com.trendythreads.opsdesk.platform.orders.OrdersPlatform.JACKET;
import static com.trendythreads.opsdesk.platform.orders.OrdersPlatform.WAREHOUSE;
import static org.assertj.core.api.Assertions.assertThat;

import com.trendythreads.opsdesk.api.dto.orders.Order;
import com.trendythreads.opsdesk.api.dto.orders.OrderStatus;
import com.trendythreads.opsdesk.api.rules.Permissions;
import com.trendythreads.opsdesk.platform.testkit.ApiCaller;
import com.trendythreads.opsdesk.platform.testkit.ApiCaller.Resp;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/// Lane security (issue 10): `cancelOrder` refunds everything captured and not yet refunded, so it carries the
/// same `x-step-up: {minAmountCents: n}` as `refundOrder`; without it a cancel would be a large refund with no
/// password. The platform refuses before it writes anything: status, stock and payments stay as they were.
///
/// The orders are the fixture's, not the seed's: the TINY seed has no open (cancellable) order with €500
/// captured, and fixture orders let the amounts sit exactly on either side of the threshold.
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CancelStepUpTest {

    static final long THRESHOLD = Permissions.contract().rule("cancelOrder").orElseThrow().stepUpCents();
    static final Map<String, String> BODY = Map.of("reason", "Customer changed their mind");

    OrdersPlatform p;
    ApiCaller sam;

    @BeforeAll
    void start() {
        p = new OrdersPlatform();
        sam = p.support();
    }

    @AfterAll
    void stop() {
        p.close();
    }

    /// A paid, unshipped order of six jackets whose captured total (lines + €4.95 shipping) is `totalCents`.
    private Order paidJackets(long totalCents) {
        long gross = OrdersPlatform.PRICE.get(JACKET) * 6 + 495;
        Order o = p.order(OrderStatus.PAID, JACKET, 6, gross - totalCents);
        assertThat(o.totalCents()).isEqualTo(totalCents);
        return o;
    }

    private static String cancel(Order o) {
        return "/v1/orders/" + o.id() + "/cancel";
    }

    @Test
    void theThresholdIsRefundOrdersSoACancelIsNoBackDoor() {
        assertThat(THRESHOLD).isEqualTo(50_000)
                .isEqualTo(Permissions.contract().rule("refundOrder").orElseThrow().stepUpCents());
    }

    @Test
    void aCancelThatRefundsLessThanTheThresholdNeedsNoStepUp() {
        Order small = paidJackets(THRESHOLD - 1);
        Resp r = sam.post(cancel(small), BODY);
        assertThat(r.status()).as("below the threshold: as before").isEqualTo(200);
        assertThat(r.json().path("status").asText()).isEqualTo("CANCELLED");
        assertThat(r.json().path("refundedCents").asLong()).isEqualTo(THRESHOLD - 1);
    }

    @Test
    void aCancelThatRefundsTheThresholdNeedsAStepUpAndIsRefusedBeforeItWrites() {
        Order big = paidJackets(THRESHOLD);
        int[] stockBefore = p.stock(WAREHOUSE, JACKET);

        Resp refused = sam.post(cancel(big), BODY);
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.json().path("type").asText()).endsWith("/problems/step-up-required");
        Order after = p.loadOrder(big.id());
        assertThat(after.status()).as("not cancelled").isEqualTo(OrderStatus.PAID);
        assertThat(after.payments()).as("no refund payment").isEqualTo(big.payments());
        assertThat(after.refundedCents()).isZero();
        assertThat(after.version()).isEqualTo(big.version());
        assertThat(p.stock(WAREHOUSE, JACKET)).as("no stock released").containsExactly(stockBefore);

        String key = "cancel-stepup-" + big.id();
        Resp done = sam.post(cancel(big), BODY, sam.stepUp("Idempotency-Key", key));
        assertThat(done.status()).isEqualTo(200);
        assertThat(done.json().path("status").asText()).isEqualTo("CANCELLED");
        assertThat(done.json().path("refundedCents").asLong()).isEqualTo(THRESHOLD);
        assertThat(p.stock(WAREHOUSE, JACKET)[1]).as("committed released").isEqualTo(stockBefore[1] - 6);

        // a lost answer's retry with the same key replays the cancel; it needs no second token and refunds once
        Resp replay = sam.post(cancel(big), BODY, "Idempotency-Key", key);
        assertThat(replay.status()).isEqualTo(200);
        assertThat(replay.header("Idempotent-Replayed")).contains("true");
        assertThat(replay.json()).isEqualTo(done.json());
        assertThat(p.loadOrder(big.id()).payments()).hasSize(big.payments().size() + 1);
        assertThat(p.stock(WAREHOUSE, JACKET)[1]).as("released once").isEqualTo(stockBefore[1] - 6);
    }

    @Test
    void aSpentStepUpTokenDoesNotCancelASecondLargeOrder() {
        Order first = paidJackets(THRESHOLD + 1);
        Order second = paidJackets(THRESHOLD + 1);
        String[] headers = sam.stepUp();
        assertThat(sam.post(cancel(first), BODY, headers).status()).isEqualTo(200);
        Resp again = sam.post(cancel(second), BODY, headers);
        assertThat(again.status()).as("single-use token").isEqualTo(403);
        assertThat(p.loadOrder(second.id()).status()).isEqualTo(OrderStatus.PAID);
    }
}
