package com.trendythreads.opsdesk.api.dto.orders;

import java.time.Instant;

/// Generated once from `openapi.yaml` (`Payment`); keep the two in step.
public record Payment(
        String id,
        Kind kind,
        Method method,
        long amountCents,
        Instant at,
        String account) {

    /// A payment whose provider reported no account.
    public Payment(String id, Kind kind, Method method, long amountCents, Instant at) {
        this(id, kind, method, amountCents, at, null);
    }

    public enum Kind { CAPTURE, REFUND }

    public enum Method { CARD, PAYPAL, KLARNA, GIFT_CARD }
}
