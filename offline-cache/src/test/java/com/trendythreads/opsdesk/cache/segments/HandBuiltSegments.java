package com.trendythreads.opsdesk.cache.segments;

import com.trendythreads.opsdesk.api.dto.common.OrderChannel;
import com.trendythreads.opsdesk.api.dto.crm.Consents;
import com.trendythreads.opsdesk.api.dto.crm.Customer;
import com.trendythreads.opsdesk.api.dto.crm.LoyaltyTier;
import com.trendythreads.opsdesk.api.dto.orders.FulfilmentStatus;
import com.trendythreads.opsdesk.api.dto.orders.Order;
import com.trendythreads.opsdesk.api.dto.orders.OrderCustomer;
import com.trendythreads.opsdesk.api.dto.orders.OrderLine;
import com.trendythreads.opsdesk.api.dto.orders.OrderStatus;
import com.trendythreads.opsdesk.api.dto.orders.PaymentStatus;
import com.trendythreads.opsdesk.api.dto.orders.Refund;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/// Hand-built customers and orders for the segment tests (no cache, no platform).
public final class HandBuiltSegments {

    public static final Instant NOW = Instant.parse("2026-11-26T12:00:00Z");

    private HandBuiltSegments() {
    }

    /// An order of `customerId` placed `daysAgo` days before [#NOW], one line per product (quantity 1).
    public static Order order(String id, String customerId, long daysAgo, OrderStatus status, long unitCents,
            List<Refund> refunds, String... productIds) {
        List<OrderLine> lines = new java.util.ArrayList<>();
        for (int i = 0; i < productIds.length; i++) {
            lines.add(new OrderLine(id + "-l" + i, "SKU-" + productIds[i], productIds[i], "Title " + productIds[i],
                    "M", "Black", 1, unitCents, 0, unitCents, 0, 0));
        }
        long total = unitCents * productIds.length;
        return new Order(id, "TT-" + id, NOW.minus(Duration.ofDays(daysAgo)), OrderChannel.values()[0], null, status,
                PaymentStatus.values()[0], FulfilmentStatus.values()[0],
                new OrderCustomer(customerId, customerId, null, null), null, null, lines, total, 0, 0, 0, total,
                refunds.stream().mapToLong(Refund::amountCents).sum(), Order.Currency.EUR, List.of(), null, List.of(),
                refunds, List.of(), List.of(), null, null, null, false, NOW, 1);
    }

    public static Customer customer(String id, LoyaltyTier tier, boolean email, boolean sms, boolean profiling) {
        return new Customer(id, "First" + id, "Last" + id, id + "@example.com", null, List.of(),
                new Consents(email, sms, profiling, NOW), tier, 0, 0, 0, List.of(), NOW, NOW, 1);
    }
}
