package com.trendythreads.opsdesk.platform.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.trendythreads.opsdesk.api.rules.SalesCalendar;
import com.trendythreads.opsdesk.api.dto.orders.Order;
import com.trendythreads.opsdesk.api.dto.orders.OrderLine;
import com.trendythreads.opsdesk.api.dto.orders.OrderStatus;
import com.trendythreads.opsdesk.api.dto.orders.Refund;
import com.trendythreads.opsdesk.api.dto.orders.RefundLine;
import com.trendythreads.opsdesk.platform.crm.CrmTestPlatform;
import com.trendythreads.opsdesk.platform.testkit.ApiCaller;
import com.trendythreads.opsdesk.platform.testkit.ApiCaller.Resp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class AnalyticsHttpTest {

    private static final String DAY = "2020-01-15";
    private final CrmTestPlatform p = CrmTestPlatform.get();
    private final ApiCaller mona = p.as("mona.manager");

    /// Sales days are calendar days in the shop's time zone (as the seed and the orders module derive them).
    private static final ZoneId SHOP_ZONE = SalesCalendar.ZONE;

    @Test
    void netSalesOfTheFixtureDayMatchTheOrderDocuments() throws Exception {
        long[] oracle = recompute(LocalDate.parse(DAY));
        JsonNode row = dailyTotal(DAY);
        assertThat(row.has("channel")).isFalse();
        assertThat(row.path("netSalesCents").asLong()).isEqualTo(oracle[0]).isEqualTo(18_900);
        assertThat(row.path("units").asLong()).isEqualTo(oracle[1]).isEqualTo(7);
        assertThat(row.path("orders").asLong()).isEqualTo(oracle[2]).isEqualTo(3);
    }

    @Test
    void netSalesOfTheBusiestSeededDayMatchTheOrderDocuments() throws Exception {
        java.util.Optional<LocalDate> seeded = p.platform.database().jdbi().withHandle(h -> h.createQuery(
                        "SELECT sale_date FROM order_line_facts WHERE sale_date > :fixture GROUP BY sale_date"
                                + " ORDER BY COUNT(DISTINCT order_id) DESC, sale_date LIMIT 1")
                .bind("fixture", LocalDate.parse(DAY)).mapTo(LocalDate.class).findOne());
        org.junit.jupiter.api.Assumptions.assumeTrue(seeded.isPresent(), "no seeded orders (seed not merged)");
        LocalDate busiest = seeded.get();
        long[] oracle = recompute(busiest);
        assertThat(oracle[2]).as("orders that day").isGreaterThan(1);
        JsonNode row = dailyTotal(busiest.toString());
        assertThat(row.path("netSalesCents").asLong()).isEqualTo(oracle[0]);
        assertThat(row.path("units").asLong()).isEqualTo(oracle[1]);
        assertThat(row.path("orders").asLong()).isEqualTo(oracle[2]);
        assertThat(row.path("grossSalesCents").asLong() - row.path("discountCents").asLong()
                - row.path("refundedCents").asLong()).isEqualTo(row.path("netSalesCents").asLong());
    }

    private JsonNode dailyTotal(String day) {
        Resp r = mona.get("/v1/analytics/daily-sales?from=" + day + "&to=" + day);
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.json().path("rows")).hasSize(1);
        JsonNode row = r.json().path("rows").get(0);
        assertThat(row.path("date").asText()).isEqualTo(day);
        return row;
    }

    /// The oracle: {net, units, orders} of a day recomputed from the order documents themselves (lines' price ×
    /// quantity, minus line discounts, minus refunded line amounts; cancelled orders left out), never from the
    /// facts table the endpoint reads.
    private long[] recompute(LocalDate day) throws Exception {
        ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule());
        List<String> docs = p.platform.database().jdbi().withHandle(h -> h.createQuery(
                        "SELECT doc FROM orders WHERE placed_at BETWEEN :from AND :to")
                .bind("from", day.minusDays(1).atStartOfDay(ZoneOffset.UTC).toOffsetDateTime())
                .bind("to", day.plusDays(2).atStartOfDay(ZoneOffset.UTC).toOffsetDateTime())
                .mapTo(String.class).list());
        long net = 0;
        long units = 0;
        long orders = 0;
        for (String doc : docs) {
            Order o = json.readValue(doc, Order.class);
            if (!o.placedAt().atZone(SHOP_ZONE).toLocalDate().equals(day) || o.status() == OrderStatus.CANCELLED) {
                continue;
            }
            orders++;
            for (OrderLine l : o.lines()) {
                units += l.quantity();
                net += l.quantity() * l.unitPriceCents() - l.discountCents();
            }
            for (Refund r : o.refunds()) {
                net -= r.lines().stream().mapToLong(RefundLine::amountCents).sum();
            }
        }
        return new long[] {net, units, orders};
    }

    @Test
    void groupsByAnyDimensions() {
        JsonNode byChannel = mona.get("/v1/analytics/daily-sales?from=" + DAY + "&to=" + DAY + "&groupBy=channel")
                .json();
        assertThat(byChannel.path("rows")).extracting(n -> n.path("channel").asText())
                .containsExactly("APP", "WEB");
        assertThat(byChannel.path("rows").get(1).path("orders").asLong()).isEqualTo(2);
        assertThat(byChannel.path("rows").get(1).has("locationId")).isFalse();

        JsonNode two = mona.get("/v1/analytics/daily-sales?from=" + DAY + "&to=" + DAY
                + "&groupBy=location,category").json();
        assertThat(two.path("rows")).singleElement().satisfies(n -> {
            assertThat(n.path("locationId").asText()).isEqualTo("WH-BER");
            assertThat(n.path("categoryId").asText()).isEqualTo("cat-fixture");
        });
        assertThat(mona.get("/v1/analytics/daily-sales?from=" + DAY + "&to=" + DAY + "&groupBy=brand")
                .problemFields()).containsExactly("groupBy");
    }

    @Test
    void refusesBadRanges() {
        assertThat(mona.get("/v1/analytics/daily-sales?from=2026-11-02&to=2026-11-01").problemFields())
                .containsExactly("to");
        Resp tooLong = mona.get("/v1/analytics/daily-sales?from=2024-01-01&to=2026-01-02");
        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(tooLong.problemFields()).containsExactly("to");
        assertThat(mona.get("/v1/analytics/daily-sales?from=2024-01-01&to=2026-01-01").status()).isEqualTo(200);
        assertThat(mona.get("/v1/analytics/daily-sales?from=yesterday&to=2026-01-01").problemFields())
                .containsExactly("from");
        assertThat(mona.get("/v1/analytics/daily-sales?to=2026-01-01").problemFields()).contains("from");
        assertThat(mona.get("/v1/analytics/traffic?from=2026-11-02&to=2026-11-01").problemFields())
                .containsExactly("to");
        assertThat(mona.get("/v1/external/context?from=2020-11-02&to=2026-11-01").problemFields())
                .containsExactly("to");
    }

    @Test
    void trafficAndExternalContext() {
        JsonNode traffic = mona.get("/v1/analytics/traffic?from=" + DAY + "&to=2020-01-31").json();
        assertThat(traffic.path("rows")).extracting(n -> n.path("channel").asText() + ":" + n.path("sessions").asLong())
                .containsExactly("APP:800", "WEB:1200");

        JsonNode all = mona.get("/v1/external/context?from=" + DAY + "&to=" + DAY).json();
        assertThat(all.path("rows")).hasSize(2);
        JsonNode women = mona.get("/v1/external/context?from=" + DAY + "&to=" + DAY + "&categoryId=cat-fixture").json();
        assertThat(women.path("rows")).singleElement().satisfies(n -> {
            assertThat(n.path("weatherIndex").asDouble()).isEqualTo(92.5);
            assertThat(n.path("sentimentScore").asDouble()).isEqualTo(0.4);
        });
        JsonNode men = mona.get("/v1/external/context?from=" + DAY + "&to=" + DAY + "&categoryId=cat-fixture-2").json();
        JsonNode sentimentScoreValue = men.path("rows").get(0).path("sentimentScore");
        assertThat(sentimentScoreValue.isMissingNode() || sentimentScoreValue.isNull()).as("no sentiment").isTrue();
    }
}
