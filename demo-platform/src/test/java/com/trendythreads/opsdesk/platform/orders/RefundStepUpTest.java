package com.trendythreads.opsdesk.platform.orders;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.trendythreads.opsdesk.api.Json;
import com.trendythreads.opsdesk.api.dto.orders.Order;
import com.trendythreads.opsdesk.api.dto.orders.OrderLine;
import com.trendythreads.opsdesk.api.rules.Permissions;
import com.trendythreads.opsdesk.api.rules.Refunds;
import com.trendythreads.opsdesk.platform.DemoPlatform;
import com.trendythreads.opsdesk.platform.PlatformConfig;
import com.trendythreads.opsdesk.platform.Scale;
import com.trendythreads.opsdesk.platform.testkit.ApiCaller;
import com.trendythreads.opsdesk.platform.testkit.ApiCaller.Resp;
import com.trendythreads.opsdesk.platform.testkit.ContractValidator;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/// Lane security (issue 10): `refundOrder` carries `x-step-up: {minAmountCents: n}`; the platform asks for a
/// step-up token only when the refund it computes reaches n, and refuses before anything is written.
class RefundStepUpTest {

    static DemoPlatform platform;
    static ApiCaller sam;
    static final long THRESHOLD = Permissions.contract().rule("refundOrder").orElseThrow().stepUpCents();

    @BeforeAll
    static void start() {
        platform = DemoPlatform.start(PlatformConfig.builder().inMemoryDatabase().passwordIterations(1_000)
                .scale(Scale.TINY).build());
        sam = new ApiCaller(URI.create(platform.baseUrl()), ContractValidator.fromClasspath()).signIn("sam.support", "demo");
    }

    @AfterAll
    static void stop() {
        platform.close();
    }

    private static Order order(JsonNode n) {
        try {
            return Json.mapper().treeToValue(n, Order.class);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    /// Every unit of every line, shipping excluded: the most one refund of this order can be.
    private static Map<String, Object> everything(Order o) {
        List<Map<String, Object>> lines = new ArrayList<>();
        for (OrderLine l : o.lines()) {
            lines.add(Map.of("lineId", l.id(), "quantity", l.quantity()));
        }
        return Map.of("lines", lines, "reason", "damaged in transit");
    }

    private static long everythingCents(Order o) {
        return o.lines().stream().mapToLong(l -> Refunds.lineAmount(l, l.quantity())).sum();
    }

    @Test
    void aRefundFromTheThresholdNeedsAStepUpAndASmallerOneDoesNot() {
        assertThat(THRESHOLD).as("the contract's threshold").isEqualTo(50_000);
        List<Order> orders = new ArrayList<>();
        // Every order, not the first page: which orders are paid and how large depends on the seed's "now".
        String cursor = null;
        do {
            JsonNode page = sam.get("/v1/orders?limit=200" + (cursor == null ? "" : "&cursor=" + cursor)).json();
            page.path("items").forEach(n -> orders.add(order(n)));
            cursor = page.path("nextCursor").isTextual() ? page.path("nextCursor").asText() : null;
        } while (cursor != null);
        Order big = orders.stream().filter(o -> o.refundedCents() == 0 && Refunds.capturedCents(o) > 0
                && everythingCents(o) >= THRESHOLD).findFirst().orElseThrow(() -> new AssertionError("no order ≥ €500"));
        Order small = orders.stream().filter(o -> o.refundedCents() == 0 && Refunds.capturedCents(o) > 0
                && everythingCents(o) < THRESHOLD).findFirst().orElseThrow();

        Resp smallRefund = sam.post("/v1/orders/" + small.id() + "/refunds", everything(small));
        assertThat(smallRefund.status()).as("below the threshold: as before").isEqualTo(201);

        Resp refused = sam.post("/v1/orders/" + big.id() + "/refunds", everything(big));
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.json().path("type").asText()).endsWith("/problems/step-up-required");
        assertThat(sam.get("/v1/orders/" + big.id()).json().path("refundedCents").asLong())
                .as("nothing refunded").isZero();

        String key = "refund-stepup-" + big.id();
        Resp done = sam.post("/v1/orders/" + big.id() + "/refunds", everything(big), sam.stepUp("Idempotency-Key", key));
        assertThat(done.status()).isEqualTo(201);
        assertThat(done.json().path("refundedCents").asLong()).isEqualTo(everythingCents(big));

        // a lost answer's retry with the same key replays the refund; it needs no second token and refunds once
        Resp replay = sam.post("/v1/orders/" + big.id() + "/refunds", everything(big), "Idempotency-Key", key);
        assertThat(replay.status()).isEqualTo(201);
        assertThat(replay.header("Idempotent-Replayed")).contains("true");
        assertThat(sam.get("/v1/orders/" + big.id()).json().path("refundedCents").asLong())
                .isEqualTo(everythingCents(big));
    }
}
