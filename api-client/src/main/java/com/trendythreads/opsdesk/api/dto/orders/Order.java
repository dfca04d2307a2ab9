package com.trendythreads.opsdesk.api.dto.orders;

import com.trendythreads.opsdesk.api.dto.common.Address;
import com.trendythreads.opsdesk.api.dto.common.OrderChannel;
import java.time.Instant;
import java.util.List;

/// Generated once from `openapi.yaml` (`Order`); keep the two in step.
public record Order(
        String id,
        String number,
        Instant placedAt,
        OrderChannel channel,
        String locationId,
        OrderStatus status,
        PaymentStatus paymentStatus,
        FulfilmentStatus fulfilmentStatus,
        OrderCustomer customer,
        Address shippingAddress,
        Address billingAddress,
        List<OrderLine> lines,
        long subtotalCents,
        long discountCents,
        long shippingCents,
        long taxCents,
        long totalCents,
        long refundedCents,
        Currency currency,
        List<String> promoCodes,
        String campaignId,
        List<Payment> payments,
        List<Refund> refunds,
        List<OrderReturn> returns,
        List<TimelineEvent> timeline,
        Shipment shipment,
        String pickListId,
        String exchangeForOrderId,
        boolean flagged,
        Instant updatedAt,
        long version) {

    public enum Currency { EUR }
}
