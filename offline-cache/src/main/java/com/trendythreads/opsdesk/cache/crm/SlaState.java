package com.trendythreads.opsdesk.cache.crm;

import com.trendythreads.opsdesk.api.dto.crm.Ticket;
import com.trendythreads.opsdesk.api.dto.crm.TicketStatus;
import java.time.Duration;
import java.time.Instant;

/// Where a ticket stands against its SLA deadline (`slaDueAt`, which the platform sets from the priority at
/// creation) at a given time, by the contract's status rules: a NEW or OPEN ticket waits for the team, so its
/// deadline runs; a PENDING one waits for the customer, so nothing is due from us (the clock is paused, as in
/// the usual help-desk reading of "pending"); SOLVED and CLOSED are done. The seed's `sla-breached` tag is the
/// same rule. See `docs/SUPPORT.md`.
///
/// - BREACHED: NEW or OPEN and the deadline is now or past.
/// - DUE_SOON: NEW or OPEN and the deadline is at most [#soonWindow] away.
/// - OK: NEW or OPEN with more time left, or PENDING.
/// - NONE: SOLVED or CLOSED, or no deadline.
public enum SlaState {
    BREACHED, DUE_SOON, OK, NONE;

    /// The state of `t` at `now`.
    public static SlaState of(Ticket t, Instant now) {
        if (t.status() == TicketStatus.SOLVED || t.status() == TicketStatus.CLOSED || t.slaDueAt() == null) {
            return NONE;
        }
        if (t.status() == TicketStatus.PENDING) {
            return OK;
        }
        if (!now.isBefore(t.slaDueAt())) {
            return BREACHED;
        }
        Duration left = Duration.between(now, t.slaDueAt());
        return left.compareTo(soonWindow(t)) <= 0 ? DUE_SOON : OK;
    }

    /// "About to breach": the last hour before the deadline, or the last quarter of the SLA when the whole
    /// SLA is shorter than four hours (so a short SLA is not "due soon" from its start) — whichever is shorter.
    public static Duration soonWindow(Ticket t) {
        Duration hour = Duration.ofHours(1);
        if (t.createdAt() == null || t.slaDueAt() == null) {
            return hour;
        }
        Duration quarter = Duration.between(t.createdAt(), t.slaDueAt()).dividedBy(4);
        return quarter.compareTo(hour) < 0 && !quarter.isNegative() ? quarter : hour;
    }
}
