package com.trendythreads.opsdesk.cache.crm;

import com.trendythreads.opsdesk.api.dto.crm.Customer;
import com.trendythreads.opsdesk.api.dto.crm.Review;
import com.trendythreads.opsdesk.api.dto.crm.Ticket;
import com.trendythreads.opsdesk.api.dto.crm.TicketStatus;
import com.trendythreads.opsdesk.api.dto.orders.Order;
import java.util.List;
import java.util.Set;

/// The customer's figures at a glance. Lifetime value and order count are the platform's (over the
/// customer's whole history, not only the cached window); returns, open tickets and reviews are counted in
/// this desk's cache.
///
/// @param returns     returns (RMAs) on the cached orders
/// @param openTickets tickets NEW, OPEN or PENDING
public record CustomerSummary(long lifetimeValueCents, int orderCount, int cachedOrders, int returns,
        int openTickets, int reviews) {

    /// Ticket states a customer is still waiting in (the contract's SOLVED and CLOSED are done).
    public static final Set<TicketStatus> OPEN = Set.of(TicketStatus.NEW, TicketStatus.OPEN, TicketStatus.PENDING);

    public static CustomerSummary of(Customer c, List<Order> orders, List<Ticket> tickets, List<Review> reviews) {
        int returns = orders.stream().mapToInt(o -> o.returns() == null ? 0 : o.returns().size()).sum();
        int open = (int) tickets.stream().filter(t -> OPEN.contains(t.status())).count();
        return new CustomerSummary(c.lifetimeValueCents(), c.orderCount(), orders.size(), returns, open,
                reviews.size());
    }
}
