package com.trendythreads.opsdesk.viewmodels.orders;

import com.trendythreads.opsdesk.api.dto.common.OrderChannel;
import com.trendythreads.opsdesk.api.dto.orders.OrderStatus;
import com.trendythreads.opsdesk.cache.orders.OrderIndex;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;

/// The order list's filters as a saved view keeps them (JSON in the settings; null = any).
///
/// @param to the last day included
public record OrderFilters(String name, String text, OrderStatus status, OrderChannel channel, String locationId,
        LocalDate from, LocalDate to, Boolean hasReturn, Boolean flagged) {

    OrderIndex.Query query(ZoneId zone) {
        return new OrderIndex.Query(text, status == null ? null : Set.of(status), channel,
                locationId == null || locationId.isBlank() ? null : locationId,
                from == null ? null : from.atStartOfDay(zone).toInstant(),
                to == null ? null : to.plusDays(1).atStartOfDay(zone).toInstant(), hasReturn, flagged);
    }

    @Override
    public String toString() {
        return name;
    }
}
