package com.trendythreads.opsdesk.platform.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.trendythreads.opsdesk.api.dto.orders.Order;
import com.trendythreads.opsdesk.api.dto.orders.OrderLine;
import com.trendythreads.opsdesk.api.dto.orders.OrderStatus;
import com.trendythreads.opsdesk.api.dto.orders.Refund;
import com.trendythreads.opsdesk.api.dto.orders.RefundLine;
import com.trendythreads.opsdesk.platform.crm.CrmTestPlatform;
import com.trendythreads.opsdesk.platform.testkit.ApiCaller;
import com.trendythreads.opsdesk.platform.testkit.ApiCaller.Resp;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class AnalyticsHttpTest {

    private static final String DAY = "2026-11-01";
    private final CrmTestPlatform p = CrmTestPlatform.get();
    private final ApiCaller mona = p.as("mona.manager");

    /// The oracle: net sales of a day recomputed from the order documents themselves (lines' price × quantity,
    /// minus line discounts, minus line refunds; cancelled orders left out), not from the facts table.
    @Test
    void netSalesOfADayMatchTheOrderDocuments() throws Exception {
        ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule());
        List<String> docs = p.platform.database().jdbi().withHandle(h -> h.createQuery("SELECT doc FROM orders")
                .mapTo(String.class).list());
        long net = 0;
        long units = 0;
        int orders = 0;
        for (String doc : docs) {
            Order o = json.readValue(doc, Order.class);
            if (!o.placedAt().atZone(ZoneOffset.UTC).toLocalDate().equals(LocalDate.parse(DAY))
                    || o.status() == OrderStatus.CANCELLED) {
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

        Resp r = mona.get("/v1/analytics/daily-sales?from=" + DAY + "&to=" + DAY);
        assertThat(r.status()).isEqualTo(200);
        JsonNode row = r.json().path("rows").get(0);
        assertThat(r.json().path("rows")).hasSize(1);
        assertThat(row.path("date").asText()).isEqualTo(DAY);
        assertThat(row.has("channel")).isFalse();
        assertThat(row.path("netSalesCents").asLong()).isEqualTo(net).isEqualTo(18_900);
        assertThat(row.path("units").asLong()).isEqualTo(units);
        assertThat(row.path("orders").asLong()).isEqualTo(orders);
        assertThat(row.path("grossSalesCents").asLong() - row.path("discountCents").asLong()
                - row.path("refundedCents").asLong()).isEqualTo(row.path("netSalesCents").asLong());
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
                + "&groupBy=location&groupBy=category").json();
        assertThat(two.path("rows")).singleElement().satisfies(n -> {
            assertThat(n.path("locationId").asText()).isEqualTo("WH-BER");
            assertThat(n.path("categoryId").asText()).isEqualTo("cat-women");
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
        JsonNode traffic = mona.get("/v1/analytics/traffic?from=" + DAY + "&to=2026-11-30").json();
        assertThat(traffic.path("rows")).extracting(n -> n.path("channel").asText() + ":" + n.path("sessions").asLong())
                .containsExactly("APP:800", "WEB:1200");

        JsonNode all = mona.get("/v1/external/context?from=" + DAY + "&to=" + DAY).json();
        assertThat(all.path("rows")).hasSize(2);
        JsonNode women = mona.get("/v1/external/context?from=" + DAY + "&to=" + DAY + "&categoryId=cat-women").json();
        assertThat(women.path("rows")).singleElement().satisfies(n -> {
            assertThat(n.path("weatherIndex").asDouble()).isEqualTo(92.5);
            assertThat(n.path("sentimentScore").asDouble()).isEqualTo(0.4);
        });
        JsonNode men = mona.get("/v1/external/context?from=" + DAY + "&to=" + DAY + "&categoryId=cat-men").json();
        assertThat(men.path("rows").get(0).path("sentimentScore").isNull()).isTrue();
    }
}
