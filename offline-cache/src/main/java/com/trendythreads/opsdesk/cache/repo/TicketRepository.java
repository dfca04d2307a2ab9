package com.trendythreads.opsdesk.cache.repo;

import com.trendythreads.opsdesk.api.dto.crm.Ticket;
import com.trendythreads.opsdesk.api.dto.crm.TicketStatus;
import com.trendythreads.opsdesk.cache.store.CacheDatabase;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/// Support tickets.
public final class TicketRepository extends Documents {

    @Inject
    public TicketRepository(CacheDatabase db) {
        super(db, Set.of("tickets"));
    }

    public Optional<Ticket> get(String id) {
        return one(Ticket.class, "SELECT doc FROM tickets WHERE id = :id", Map.of("id", id));
    }

    /// A customer's tickets, most recently updated first.
    public List<Ticket> byCustomer(String customerId) {
        return list(Ticket.class, "SELECT doc FROM tickets WHERE customer_id = :c ORDER BY updated_at DESC, id",
                Map.of("c", customerId));
    }

    /// The tickets about an order.
    public List<Ticket> byOrder(String orderId) {
        return list(Ticket.class, "SELECT doc FROM tickets WHERE order_id = :o ORDER BY created_at, id",
                Map.of("o", orderId));
    }

    /// Tickets in `status`, most recently updated first.
    public List<Ticket> withStatus(TicketStatus status, int limit) {
        return list(Ticket.class, "SELECT doc FROM tickets WHERE status = :s ORDER BY updated_at DESC, id LIMIT :limit",
                Map.of("s", status, "limit", checkLimit(limit)));
    }

    /// The tickets assigned to `userId`, most recently updated first.
    public List<Ticket> assignedTo(String userId) {
        return list(Ticket.class, "SELECT doc FROM tickets WHERE assignee_id = :u ORDER BY updated_at DESC, id",
                Map.of("u", userId));
    }

    /// Every cached ticket (the working set of the last 90 days), most recently updated first: the service
    /// inbox sorts and filters them in memory.
    public List<Ticket> all() {
        return list(Ticket.class, "SELECT doc FROM tickets ORDER BY updated_at DESC, id", Map.of());
    }
}
