package com.trendythreads.opsdesk.cache.crm;

import static org.assertj.core.api.Assertions.assertThat;

import com.trendythreads.opsdesk.api.dto.crm.Customer;
import com.trendythreads.opsdesk.api.dto.orders.Order;
import com.trendythreads.opsdesk.api.dto.orders.Refund;
import com.trendythreads.opsdesk.api.dto.orders.Shipment;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/// The seed's macro placeholders filled from the ticket's customer and order; unknown and unavailable ones
/// stay visible and are named.
class MacrosTest {

    private static final String WISMO = "Hi {{customer.firstName}},\n\nyour order {{order.number}} is on its way. "
            + "You can follow it here: {{order.trackingUrl}}\n\nBest regards,\n{{agent.name}}";

    private static final Customer JANA = new Customer("cus-1", "Jana", "Kunde", "j***@example.com", null, List.of(),
            null, null, 0, 3, 12_000, List.of(), Instant.EPOCH, Instant.EPOCH, 1);

    private static Order order(Shipment shipment, List<Refund> refunds) {
        return new Order("ord-1", "TT-1000123", Instant.EPOCH, null, "WH-BER", null, null, null, null, null, null,
                List.of(), 0, 0, 0, 0, 0, 0, Order.Currency.EUR, List.of(), null, List.of(), refunds, List.of(),
                List.of(), shipment, null, null, false, Instant.EPOCH, 1);
    }

    @Test
    void fillsEveryPlaceholderItKnows() {
        Order shipped = order(new Shipment("DHL", "00340434161234567890", Instant.EPOCH), List.of());
        Macros.Rendering r = Macros.render(WISMO, new Macros.Context(JANA, shipped, "Sam Support", Locale.ENGLISH));
        assertThat(r.complete()).isTrue();
        assertThat(r.text()).isEqualTo("Hi Jana,\n\nyour order TT-1000123 is on its way. You can follow it here: "
                + "https://www.dhl.de/de/privatkunden/pakete-empfangen/verfolgen.html?piececode=00340434161234567890"
                + "\n\nBest regards,\nSam Support");
    }

    @Test
    void theNewestRefundsAmountInTheLocalesFormat() {
        Order refunded = order(null, List.of(
                new Refund("r1", 1_000, List.of(), 0, "x", "sam", Instant.parse("2026-01-01T00:00:00Z")),
                new Refund("r2", 3_667, List.of(), 0, "x", "sam", Instant.parse("2026-01-02T00:00:00Z"))));
        Macros.Rendering r = Macros.render("we've refunded {{refund.amount}}.",
                new Macros.Context(JANA, refunded, "Sam", Locale.GERMANY));
        assertThat(r.text()).isEqualTo("we've refunded 36,67\u00a0€.");
    }

    @Test
    void aMissingOrderLeavesItsPlaceholdersVisibleAndNamed() {
        Macros.Rendering r = Macros.render(WISMO, new Macros.Context(JANA, null, "Sam Support", Locale.ENGLISH));
        assertThat(r.text()).contains("your order {{order.number}} is on its way")
                .contains("follow it here: {{order.trackingUrl}}").startsWith("Hi Jana,");
        assertThat(r.issues()).containsExactly(new Macros.Issue("order.number", Macros.Reason.UNAVAILABLE),
                new Macros.Issue("order.trackingUrl", Macros.Reason.UNAVAILABLE));
    }

    @Test
    void anOrderNotShippedYetHasNoTrackingUrl() {
        Macros.Rendering r = Macros.render("{{order.number}}: {{ order.trackingUrl }}",
                new Macros.Context(JANA, order(null, List.of()), "Sam", Locale.ENGLISH));
        assertThat(r.text()).isEqualTo("TT-1000123: {{ order.trackingUrl }}");
        assertThat(r.issues()).containsExactly(new Macros.Issue("order.trackingUrl", Macros.Reason.UNAVAILABLE));
    }

    @Test
    void anUnknownPlaceholderIsKeptAndNamedOnce() {
        Macros.Rendering r = Macros.render("Dear {{customer.title}} {{customer.title}} {{customer.lastName}}",
                new Macros.Context(JANA, null, "Sam", Locale.ENGLISH));
        assertThat(r.text()).isEqualTo("Dear {{customer.title}} {{customer.title}} Kunde");
        assertThat(r.issues()).containsExactly(new Macros.Issue("customer.title", Macros.Reason.UNKNOWN));
    }
}
