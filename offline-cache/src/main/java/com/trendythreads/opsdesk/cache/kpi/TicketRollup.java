package com.trendythreads.opsdesk.cache.kpi;

import com.trendythreads.opsdesk.api.rules.SalesCalendar;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.trendythreads.opsdesk.api.Json;
import com.trendythreads.opsdesk.api.dto.crm.Ticket;
import com.trendythreads.opsdesk.api.dto.crm.TicketMessage;
import com.trendythreads.opsdesk.api.dto.crm.TicketPriority;
import com.trendythreads.opsdesk.api.dto.crm.TicketStatus;
import com.trendythreads.opsdesk.cache.store.CacheDatabase;
import com.trendythreads.opsdesk.cache.store.CacheException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.TreeMap;

/// The support tickets' figures, kept current per changed ticket: how many are open, and per shop day of
/// their first-response deadline how many were answered late; the ones not answered yet are kept by
/// deadline, since whether they are breached depends on the time of asking.
///
/// A ticket is answered at its first public agent message; a ticket solved or closed without one counts
/// as answered at its last update. Not thread-safe: the owner serialises calls.
final class TicketRollup {

    private static final ObjectMapper MAPPER = Json.mapper();

    /// The facts of one ticket the figures need. `answeredAt` is null while unanswered.
    record Facts(String id, String subject, TicketStatus status, TicketPriority priority, Instant slaDueAt,
                 Instant answeredAt) {

        boolean open() {
            return status == TicketStatus.NEW || status == TicketStatus.OPEN || status == TicketStatus.PENDING;
        }

        boolean answeredLate() {
            return slaDueAt != null && answeredAt != null && answeredAt.isAfter(slaDueAt);
        }

        boolean breachedBy(Instant now) {
            return slaDueAt != null && (answeredAt == null ? slaDueAt.isBefore(now) : answeredAt.isAfter(slaDueAt));
        }
    }

    private final Map<String, Facts> tickets = new HashMap<>();
    private final Map<Long, long[]> lateByDueDay = new HashMap<>();
    /// deadline (epoch second) → how many unanswered tickets have it
    private final NavigableMap<Long, long[]> unanswered = new TreeMap<>();
    private long open;

    void loadAll(CacheDatabase db) {
        tickets.clear();
        lateByDueDay.clear();
        unanswered.clear();
        open = 0;
        db.read(h -> {
            h.createQuery("SELECT doc FROM tickets").setFetchSize(1_000).mapTo(String.class)
                    .forEach(doc -> put(facts(doc)));
            return null;
        });
    }

    /// Re-reads the tickets `ids`; returns {open count moved, breaches moved}.
    boolean[] apply(CacheDatabase db, Collection<String> ids) {
        List<String> all = List.copyOf(ids);
        Map<String, Facts> fresh = new HashMap<>();
        for (int from = 0; from < all.size(); from += 500) {
            List<String> chunk = all.subList(from, Math.min(all.size(), from + 500));
            db.read(h -> h.createQuery("SELECT doc FROM tickets WHERE id IN (<ids>)").bindList("ids", chunk)
                    .mapTo(String.class).list()).forEach(doc -> {
                        Facts f = facts(doc);
                        fresh.put(f.id(), f);
                    });
        }
        boolean openMoved = false;
        boolean slaMoved = false;
        for (String id : all) {
            Facts before = tickets.remove(id);
            Facts after = fresh.get(id);
            boolean wasOpen = before != null && before.open();
            boolean isOpen = after != null && after.open();
            openMoved |= wasOpen != isOpen;
            slaMoved |= !Objects.equals(before == null ? null : before.slaDueAt(), after == null ? null : after.slaDueAt())
                    || !Objects.equals(before == null ? null : before.answeredAt(), after == null ? null : after.answeredAt());
            if (before != null) {
                add(before, -1);
            }
            if (after != null) {
                put(after);
            }
        }
        return new boolean[] {openMoved, slaMoved};
    }

    private void put(Facts f) {
        tickets.put(f.id(), f);
        add(f, 1);
    }

    private void add(Facts f, int sign) {
        if (f.open()) {
            open += sign;
        }
        if (f.slaDueAt() == null) {
            return;
        }
        if (f.answeredAt() == null) {
            unanswered.computeIfAbsent(f.slaDueAt().getEpochSecond(), k -> new long[1])[0] += sign;
        } else if (f.answeredLate()) {
            lateByDueDay.computeIfAbsent(day(f.slaDueAt()), k -> new long[1])[0] += sign;
        }
    }

    private static long day(Instant at) {
        return SalesCalendar.saleDay(at).toEpochDay();
    }

    private static Facts facts(String doc) {
        Ticket t;
        try {
            t = MAPPER.readValue(doc, Ticket.class);
        } catch (JsonProcessingException e) {
            throw new CacheException("A stored ticket cannot be read: " + e.getOriginalMessage(), e);
        }
        Instant answered = null;
        if (t.messages() != null) {
            for (TicketMessage m : t.messages()) {
                if (m.author() == TicketMessage.Author.AGENT && !m.internal() && m.at() != null
                        && (answered == null || m.at().isBefore(answered))) {
                    answered = m.at();
                }
            }
        }
        if (answered == null && (t.status() == TicketStatus.SOLVED || t.status() == TicketStatus.CLOSED)) {
            answered = t.updatedAt();
        }
        return new Facts(t.id(), t.subject(), t.status(), t.priority(), t.slaDueAt(), answered);
    }

    long open() {
        return open;
    }

    /// Breaches per day of the filter's period by deadline day, as of `now` (a deadline not yet passed is
    /// no breach).
    long[] breachesPerDay(KpiFilter f, Instant now) {
        long first = f.from().toEpochDay();
        long[] out = new long[(int) f.length()];
        for (int i = 0; i < out.length; i++) {
            long[] late = lateByDueDay.get(first + i);
            out[i] = late == null ? 0 : late[0];
        }
        long fromSec = SalesCalendar.startOf(f.from()).getEpochSecond();
        long toSec = Math.min(SalesCalendar.startOf(f.to().plusDays(1)).getEpochSecond(), now.getEpochSecond());
        if (toSec > fromSec) {
            for (Map.Entry<Long, long[]> e : unanswered.subMap(fromSec, true, toSec, false).entrySet()) {
                out[(int) (Math.floorDiv(e.getKey(), 86_400L) - first)] += e.getValue()[0];
            }
        }
        return out;
    }

    /// The open tickets, or the tickets breached in the filter's period, deadline first.
    List<Facts> list(boolean breachesIn, KpiFilter f, Instant now) {
        List<Facts> out = new ArrayList<>();
        for (Facts t : tickets.values()) {
            if (breachesIn ? t.slaDueAt() != null && f.contains(LocalDate.ofEpochDay(day(t.slaDueAt())))
                    && t.breachedBy(now) : t.open()) {
                out.add(t);
            }
        }
        out.sort(java.util.Comparator.comparing(Facts::slaDueAt, java.util.Comparator.nullsLast(
                java.util.Comparator.naturalOrder())).thenComparing(Facts::id));
        return out;
    }
}
