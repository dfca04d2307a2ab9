package com.trendythreads.opsdesk.viewmodels.orders;

import com.trendythreads.opsdesk.api.dto.orders.Order;
import com.trendythreads.opsdesk.cache.orders.OrderIndex;

/// One row of the order list, in words. `notCached` marks an order read from the platform beyond the cache
/// window (it is shown, never stored); `remote` is then the order itself.
public record OrderRowItem(OrderIndex.Row row, String placed, String customer, String status, String payment,
        String fulfilment, String total, boolean notCached, Order remote) {

    public String id() {
        return row.id();
    }

    public String number() {
        return row.number();
    }

    /// "Web", "App", "Marketplace", "Store".
    public String channel() {
        String c = row.channel() == null ? "" : row.channel().name();
        return c.isEmpty() ? c : c.charAt(0) + c.substring(1).toLowerCase(java.util.Locale.ROOT);
    }

    public int items() {
        return row.items();
    }

    /// The customer's e-mail as the platform sent it (masked for some roles).
    public String email() {
        return row.customerEmail() == null ? "" : row.customerEmail();
    }
}
