package com.trendythreads.opsdesk.viewmodels.service.customers;

import com.trendythreads.opsdesk.viewmodels.common.I18n;

/// The 360's header, as shown. Contact values are as the platform sent them for this role.
///
/// @param emailUsable  the e-mail is there and not masked: the screen may offer it as a contact
/// @param emailMasked  the platform masked it for this role: shown as it came, with a note, never as a link
/// @param orderCount   the platform's count over the customer's whole history
/// @param cachedOrders the orders in this desk's window (what the Orders list shows)
/// @param missing      the customer is not in the local data (erased, or not synced)
public record CustomerProfile(String id, String name, String email, boolean emailUsable, boolean emailMasked,
        String phone, boolean phoneUsable, boolean phoneMasked, String address, String tier, String points,
        String lifetimeValue, int orderCount, int cachedOrders, int returns, int openTickets,
        boolean emailMarketing, boolean smsMarketing, boolean profiling, String tags, String since,
        boolean missing) {

    static CustomerProfile missing(String id, I18n i18n) {
        return new CustomerProfile(id, i18n.get("customer.missing", id), "—", false, false, "—", false, false, "—",
                "—", "—", "—", 0, 0, 0, 0, false, false, false, "", "", true);
    }
}
