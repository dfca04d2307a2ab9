package com.trendythreads.opsdesk.cache.crm;

import com.trendythreads.opsdesk.api.dto.crm.TicketStatus;

/// The contract's status rules for tickets, as the platform applies them to PATCH and to macros: a ticket
/// moves forward along NEW → OPEN → PENDING → SOLVED → CLOSED (skipping steps is fine, but only a SOLVED
/// ticket closes), PENDING and SOLVED may go back to OPEN, and CLOSED is final. The desk uses them to offer
/// only the moves the platform accepts and to show a macro's status locally; the platform re-checks.
public final class TicketRules {

    private TicketRules() {
    }

    public static boolean allowed(TicketStatus from, TicketStatus to) {
        if (from == to) {
            return from != TicketStatus.CLOSED;
        }
        return switch (from) {
            case CLOSED -> false;
            case PENDING, SOLVED -> to == TicketStatus.OPEN || to.ordinal() > from.ordinal()
                    && (to != TicketStatus.CLOSED || from == TicketStatus.SOLVED);
            default -> to.ordinal() > from.ordinal() && to != TicketStatus.CLOSED;
        };
    }

    /// Whether the ticket still needs work (counts in the team's open queue).
    public static boolean open(TicketStatus s) {
        return s == TicketStatus.NEW || s == TicketStatus.OPEN || s == TicketStatus.PENDING;
    }
}
