package com.trendythreads.opsdesk.viewmodels.service.customers;

import com.trendythreads.opsdesk.cache.crm.CustomerEvent;

/// One line of the customer's timeline, as shown; [#event()] keeps what it opens.
///
/// @param text   what happened, e.g. "Order TT-1000123 placed · € 59.90"
/// @param detail a reason, a channel, the consents as they stand; may be empty
public record TimelineItem(String when, String text, String detail, CustomerEvent event) {

    /// Whether selecting it opens something (an order or a ticket).
    public boolean opens() {
        return event.recordId() != null && (event.isOrder() || event.isTicket());
    }
}
