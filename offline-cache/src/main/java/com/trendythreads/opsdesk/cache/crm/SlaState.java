package com.trendythreads.opsdesk.cache.crm;

import com.trendythreads.opsdesk.api.dto.crm.Ticket;
import com.trendythreads.opsdesk.api.dto.crm.TicketMessage;
import com.trendythreads.opsdesk.api.dto.crm.TicketStatus;
import java.time.Duration;
import java.time.Instant;

/// Where a ticket stands against its SLA at a given time. The contract's `slaDueAt` is the first-response
/// deadline (the platform sets it from the priority at creation: URGENT 4 h … LOW 72 h), and the dashboard's
/// breach count ([com.trendythreads.opsdesk.cache.kpi] `TicketRollup`) reads it the same way, so the inbox and
/// the figures agree:
///
/// - NONE: the ticket is SOLVED or CLOSED (nothing is due any more), or has no deadline.
/// - BREACHED: still unanswered and the deadline has passed, or the first public agent reply came after it.
/// - DUE_SOON: unanswered and the deadline is at most [#soonWindow] away.
/// - OK: answered in time, or unanswered with more time left.
///
/// NEW, OPEN and PENDING all count: PENDING (waiting for the customer) does not pause a first-response
/// deadline that was never met. See `docs/SUPPORT.md`.
public enum SlaState {
    BREACHED, DUE_SOON, OK, NONE;

    /// The state of `t` at `now`.
    public static SlaState of(Ticket t, Instant now) {
        if (t.status() == TicketStatus.SOLVED || t.status() == TicketStatus.CLOSED || t.slaDueAt() == null) {
            return NONE;
        }
        Instant answered = firstResponseAt(t);
        if (answered != null) {
            return answered.isAfter(t.slaDueAt()) ? BREACHED : OK;
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

    /// When the ticket was first answered: its first public AGENT message (a reply still queued on this desk
    /// counts, it has been written); null while nobody has answered.
    public static Instant firstResponseAt(Ticket t) {
        Instant first = null;
        if (t.messages() != null) {
            for (TicketMessage m : t.messages()) {
                if (m.author() == TicketMessage.Author.AGENT && !m.internal() && m.at() != null
                        && (first == null || m.at().isBefore(first))) {
                    first = m.at();
                }
            }
        }
        return first;
    }
}
