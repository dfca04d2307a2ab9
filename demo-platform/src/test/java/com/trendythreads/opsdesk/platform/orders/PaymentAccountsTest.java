package com.trendythreads.opsdesk.platform.orders;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.trendythreads.opsdesk.api.Json;
import com.trendythreads.opsdesk.api.dto.orders.Payment;
import com.trendythreads.opsdesk.platform.seed.FashionSeeder;
import com.trendythreads.opsdesk.platform.seed.SeedScale;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;

class PaymentAccountsTest {

    private static final String MASKED = "^((VISA|Mastercard|Amex|Klarna|Gift card) •••• \\d{4}|PayPal .\\*\\*\\*@\\S+)$";

    @Test
    void anAccountShowsOnlyWhatAProviderWouldShow() {
        assertThat(PaymentAccounts.masked(Payment.Method.CARD, "ord_0000001", "jana@example.com")).matches(MASKED)
                .isEqualTo(PaymentAccounts.masked(Payment.Method.CARD, "ord_0000001", "other@example.com"));
        assertThat(PaymentAccounts.masked(Payment.Method.PAYPAL, "ord_0000001", "jana.zwiebel@example.com"))
                .isEqualTo("PayPal j***@example.com");
        assertThat(PaymentAccounts.masked(Payment.Method.KLARNA, "ord_0000002", "x@example.com")).startsWith("Klarna •••• ");
        assertThat(PaymentAccounts.masked(Payment.Method.GIFT_CARD, "ord_0000003", null)).matches(MASKED);
    }

    @Test
    void everySeededPaymentNamesItsMaskedAccountAndRefundsGoBackToIt() throws Exception {
        String url = "jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
        Flyway.configure().dataSource(url, "sa", "").locations("classpath:db/platform").load().migrate();
        Jdbi jdbi = Jdbi.create(url, "sa", "");
        new FashionSeeder().seed(jdbi, SeedScale.TINY,
                Clock.fixed(Instant.parse("2026-03-01T08:00:00Z"), ZoneOffset.UTC));
        ObjectMapper json = Json.mapper();
        List<String> docs = jdbi.withHandle(h -> h.createQuery("SELECT doc FROM orders").mapTo(String.class).list());
        assertThat(docs).isNotEmpty();
        int payments = 0;
        for (String doc : docs) {
            JsonNode o = json.readTree(doc);
            String capture = null;
            for (JsonNode p : o.path("payments")) {
                payments++;
                assertThat(p.path("account").asText()).as(o.path("id").asText()).matches(MASKED);
                if ("CAPTURE".equals(p.path("kind").asText())) {
                    capture = p.path("account").asText();
                } else {
                    assertThat(p.path("account").asText()).isEqualTo(capture);
                }
            }
        }
        assertThat(payments).isGreaterThan(docs.size() / 2);
    }
}
