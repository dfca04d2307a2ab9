package com.trendythreads.opsdesk.platform.orders;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.trendythreads.opsdesk.api.dto.orders.OrderStatus;
import com.trendythreads.opsdesk.platform.testkit.ApiCaller.Resp;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/// The live simulator through `POST /admin/simulator/tick`: its events are ordinary writes, so they show up
/// in the change feed; the same seed on the same data tells the same story.
class SimulatorTest {

    @Test
    void aTicksEventsShowUpInTheChangeFeed() {
        try (OrdersPlatform p = new OrdersPlatform()) {
            p.order(OrderStatus.PLACED, OrdersPlatform.TEE_M, 1, 0);
            p.order(OrderStatus.SHIPPED, OrdersPlatform.TEE_L, 1, 0);
            String since = p.changeToken();
            Resp r = p.anonymous.post("/admin/simulator/tick", Map.of("events", 40));
            assertThat(r.status()).isEqualTo(200);
            int events = r.json().path("events").asInt();
            assertThat(events).isBetween(30, 40);
            String last = r.json().path("lastToken").asText();
            assertThat(last).isEqualTo(p.changeToken());

            List<JsonNode> changes = p.changesSince(since);
            Set<String> kinds = changes.stream().map(c -> c.path("resource").asText()).collect(Collectors.toSet());
            assertThat(kinds).contains("order", "stock", "movement", "ticket", "pick_list", "promo_code");
            JsonNode promo = changes.stream().filter(c -> c.path("resource").asText().equals("promo_code"))
                    .reduce((a, b) -> b).orElseThrow();
            int redemptions = promo.path("data").path("redemptions").asInt();
            assertThat(promo.path("version").asLong()).isEqualTo(redemptions + 1);
            int rows = p.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM code_redemptions WHERE code = 'SPRING10'")
                    .mapTo(Integer.class).one());
            assertThat(rows).isEqualTo(redemptions);
            assertThat(changes.getLast().path("token").asText()).isEqualTo(last);
            JsonNode newOrder = changes.stream()
                    .filter(c -> c.path("resource").asText().equals("order") && c.path("version").asLong() == 1)
                    .findFirst().orElseThrow().path("data");
            assertThat(newOrder.path("lines").size()).isPositive();
            assertThat(newOrder.path("totalCents").asLong()).isEqualTo(newOrder.path("subtotalCents").asLong()
                    - newOrder.path("discountCents").asLong() + newOrder.path("shippingCents").asLong());
            // the new orders are real: they are listed and their stock is committed
            Resp got = p.support().get("/v1/orders/" + newOrder.path("id").asText());
            assertThat(got.status()).isEqualTo(200);

            Resp bad = p.anonymous.post("/admin/simulator/tick", Map.of("events", 0));
            assertThat(bad.status()).isEqualTo(400);
            assertThat(bad.problemFields()).containsExactly("events");
        }
    }

    /// A campaign made through the API has an attributionId of its own (not its id); the orders its code
    /// brings carry that, so the platform's metrics count them.
    @Test
    void anOrderWithACampaignsCodeCarriesTheCampaignsAttributionId() {
        try (OrdersPlatform p = new OrdersPlatform()) {
            p.jdbi().useHandle(h -> {
                h.execute("INSERT INTO campaigns (id, status, channel, updated_at, version, doc) VALUES ('cmp_sim', "
                        + "'RUNNING', 'EMAIL', CURRENT_TIMESTAMP, 1, '{\"id\":\"cmp_sim\",\"attributionId\":"
                        + "\"att_sim\"}')");
                h.execute("UPDATE promo_codes SET campaign_id = 'cmp_sim', doc = REPLACE(doc, '\"active\"', "
                        + "'\"campaignId\":\"cmp_sim\",\"active\"') WHERE code = 'SPRING10'");
            });
            String since = p.changeToken();
            p.anonymous.post("/admin/simulator/tick", Map.of("events", 60));

            List<JsonNode> withCode = p.changesSince(since).stream()
                    .filter(c -> c.path("resource").asText().equals("order") && c.path("version").asLong() == 1)
                    .map(c -> c.path("data"))
                    .filter(o -> o.path("promoCodes").toString().contains("SPRING10")).toList();
            assertThat(withCode).isNotEmpty();
            assertThat(withCode).extracting(o -> o.path("campaignId").asText()).containsOnly("att_sim");
        }
    }

    @Test
    void withSimulateTheSimulatorRunsOnItsOwn() {
        try (OrdersPlatform p = new OrdersPlatform(b -> b.simulateEventsPerMinute(6_000))) {
            org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(10))
                    .until(() -> p.changesSince("0").size() >= 5);
        }
    }

    @Test
    void theSameSeedOnTheSameDataProducesTheSameEvents() {
        List<String> first = run();
        List<String> second = run();
        assertThat(first).isNotEmpty().isEqualTo(second);
    }

    private static List<String> run() {
        try (OrdersPlatform p = new OrdersPlatform()) {
            p.order(OrderStatus.PLACED, OrdersPlatform.TEE_M, 1, 0);
            String since = p.changeToken();
            p.anonymous.post("/admin/simulator/tick", Map.of("events", 15));
            return p.changesSince(since).stream()
                    .map(c -> c.path("resource").asText() + ":" + c.path("id").asText() + ":" + c.path("version").asLong())
                    .toList();
        }
    }
}
