package com.trendythreads.opsdesk.cache.crm;

import com.trendythreads.opsdesk.api.dto.crm.Ticket;
import com.trendythreads.opsdesk.api.dto.crm.TicketChannel;
import com.trendythreads.opsdesk.api.dto.crm.TicketMessage;
import com.trendythreads.opsdesk.api.dto.crm.TicketStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/// The support figures over a set of tickets, defined in `docs/SUPPORT.md`:
///
/// - population: tickets created in `[from, to)`; for an agent, those assigned to them now.
/// - first response time = the first public AGENT message's time − `createdAt` (pending replies on this desk
///   do not count yet; a ticket nobody answered is counted as unanswered, not as zero).
/// - resolution time = `solvedAt` − `createdAt`, over the tickets with a `solvedAt`.
/// - SLA breach: the first response came after `slaDueAt`, or none came and `slaDueAt` is before `now`; a
///   ticket solved without any public reply counts as answered when solved (as the dashboard counts it).
/// - tickets by channel, and chatbot hand-offs: channel CHATBOT or a bot transcript before the hand-off.
///
/// Medians of an even count are the mean of the two middle values; p90 is the nearest rank
/// (the ⌈0.9·n⌉-th smallest value).
public final class SupportFigures {

    /// Median and 90th percentile of some durations; both null when there are none.
    public record Stat(int count, Duration median, Duration p90) {

        public static Stat of(List<Duration> values) {
            if (values.isEmpty()) {
                return new Stat(0, null, null);
            }
            List<Duration> sorted = new ArrayList<>(values);
            Collections.sort(sorted);
            int n = sorted.size();
            Duration median = n % 2 == 1 ? sorted.get(n / 2)
                    : sorted.get(n / 2 - 1).plus(sorted.get(n / 2)).dividedBy(2);
            Duration p90 = sorted.get((int) Math.ceil(0.9 * n) - 1);
            return new Stat(n, median, p90);
        }
    }

    /// The figures of one population.
    public record Figures(int tickets, Stat firstResponse, int unanswered, Stat resolution, int breaches,
                          Map<TicketChannel, Integer> byChannel, int handoffs) {

        /// Breaches per ticket, 0 … 1 (0 with no tickets).
        public double breachRate() {
            return tickets == 0 ? 0 : (double) breaches / tickets;
        }

        /// Chatbot hand-offs per ticket, 0 … 1.
        public double handoffShare() {
            return tickets == 0 ? 0 : (double) handoffs / tickets;
        }
    }

    private SupportFigures() {
    }

    /// The figures of the tickets created in `[from, to)`, of `assigneeId` only unless it is null (the team).
    public static Figures of(Collection<Ticket> all, Instant from, Instant to, String assigneeId, Instant now) {
        List<Duration> first = new ArrayList<>();
        List<Duration> resolution = new ArrayList<>();
        Map<TicketChannel, Integer> byChannel = new EnumMap<>(TicketChannel.class);
        int count = 0;
        int unanswered = 0;
        int breaches = 0;
        int handoffs = 0;
        for (Ticket t : all) {
            if (t.createdAt() == null || t.createdAt().isBefore(from) || !t.createdAt().isBefore(to)
                    || assigneeId != null && !assigneeId.equals(t.assigneeId())) {
                continue;
            }
            count++;
            Instant answered = firstPublicReply(t);
            if (answered != null) {
                first.add(Duration.between(t.createdAt(), answered));
            } else {
                unanswered++;
            }
            if (t.solvedAt() != null) {
                resolution.add(Duration.between(t.createdAt(), t.solvedAt()));
            }
            Instant answeredForSla = answered != null ? answered
                    : t.status() == TicketStatus.SOLVED || t.status() == TicketStatus.CLOSED ? t.solvedAt() : null;
            if (t.slaDueAt() != null && (answeredForSla == null ? t.slaDueAt().isBefore(now)
                    : answeredForSla.isAfter(t.slaDueAt()))) {
                breaches++;
            }
            if (t.channel() != null) {
                byChannel.merge(t.channel(), 1, Integer::sum);
            }
            if (t.channel() == TicketChannel.CHATBOT || t.botTranscript() != null && !t.botTranscript().isEmpty()) {
                handoffs++;
            }
        }
        return new Figures(count, Stat.of(first), unanswered, Stat.of(resolution), breaches, Map.copyOf(byChannel),
                handoffs);
    }

    /// The first public agent message the platform has confirmed.
    static Instant firstPublicReply(Ticket t) {
        Instant first = null;
        for (TicketMessage m : t.messages() == null ? List.<TicketMessage>of() : t.messages()) {
            if (m.author() == TicketMessage.Author.AGENT && !m.internal() && !TicketActions.pending(m) && m.at() != null
                    && (first == null || m.at().isBefore(first))) {
                first = m.at();
            }
        }
        return first;
    }
}
