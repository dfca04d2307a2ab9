package com.trendythreads.opsdesk.cache.crm;

import static com.trendythreads.opsdesk.cache.crm.Tickets.T0;
import static com.trendythreads.opsdesk.cache.crm.Tickets.agent;
import static org.assertj.core.api.Assertions.assertThat;

import com.trendythreads.opsdesk.api.dto.crm.Ticket;
import com.trendythreads.opsdesk.api.dto.crm.TicketChannel;
import com.trendythreads.opsdesk.api.dto.crm.TicketMessage;
import com.trendythreads.opsdesk.api.dto.crm.TicketPriority;
import com.trendythreads.opsdesk.api.dto.crm.TicketStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/// The support figures on a hand-built set; the arithmetic is in the comments.
class SupportFiguresTest {

    private static final Instant FROM = T0;
    private static final Instant TO = T0.plus(Duration.ofDays(7));
    private static final Instant NOW = T0.plus(Duration.ofDays(8));

    /// A ticket created `h` hours after T0, answered publicly after `answerMin` minutes (null: never), solved
    /// after `solvedH` hours (null: not), with a 4 h SLA.
    private static Ticket t(String id, String assignee, int h, Integer answerMin, Integer solvedH, TicketChannel ch,
            boolean bot) {
        Instant created = T0.plus(Duration.ofHours(h));
        List<TicketMessage> messages = new ArrayList<>();
        messages.add(Tickets.customer(created));
        if (answerMin != null) {
            messages.add(agent(created.plus(Duration.ofMinutes(answerMin)), false));
        }
        messages.add(agent(created.plusSeconds(30), true)); // an internal note is no response
        return new Ticket(id, "S", "cus-1", null, solvedH == null ? TicketStatus.OPEN : TicketStatus.SOLVED,
                TicketPriority.URGENT, ch, assignee, created.plus(Duration.ofHours(4)), List.of(), messages,
                bot ? List.of(new TicketMessage("b1", TicketMessage.Author.BOT, "Bot", "Hi", false, created)) : null,
                solvedH == null ? null : created.plus(Duration.ofHours(solvedH)), created, created, 1);
    }

    private final List<Ticket> set = List.of(
            t("A", "u-sam", 1, 10, 2, TicketChannel.EMAIL, false),
            t("B", "u-sam", 2, 30, 5, TicketChannel.CHAT, false),
            t("C", "u-sam", 3, 300, null, TicketChannel.CHATBOT, true), // answered after 5 h: breach
            t("D", "u-eve", 4, 60, 20, TicketChannel.EMAIL, false),
            t("E", "u-eve", 5, null, null, TicketChannel.PHONE, false), // never answered, due long past: breach
            t("F", null, 6, 20, null, TicketChannel.CHAT, true),
            t("OLD", "u-sam", -2, 1, 1, TicketChannel.EMAIL, false), // created before the period
            t("LATE", "u-sam", 24 * 7, 1, 1, TicketChannel.EMAIL, false)); // created at TO: outside [FROM, TO)

    @Test
    void theTeamsFigures() {
        SupportFigures.Figures f = SupportFigures.of(set, FROM, TO, null, NOW);
        assertThat(f.tickets()).isEqualTo(6); // A–F
        // first responses 10, 20, 30, 60, 300 min (E none): median 30, p90 = ⌈0.9·5⌉ = 5th = 300
        assertThat(f.firstResponse()).isEqualTo(new SupportFigures.Stat(5, Duration.ofMinutes(30),
                Duration.ofMinutes(300)));
        assertThat(f.unanswered()).isEqualTo(1);
        // resolutions 2 h, 5 h, 20 h: median 5 h, p90 = ⌈2.7⌉ = 3rd = 20 h
        assertThat(f.resolution()).isEqualTo(new SupportFigures.Stat(3, Duration.ofHours(5), Duration.ofHours(20)));
        assertThat(f.breaches()).isEqualTo(2); // C late, E never
        assertThat(f.breachRate()).isEqualTo(2 / 6.0);
        assertThat(f.byChannel()).isEqualTo(Map.of(TicketChannel.EMAIL, 2, TicketChannel.CHAT, 2,
                TicketChannel.CHATBOT, 1, TicketChannel.PHONE, 1));
        assertThat(f.handoffs()).isEqualTo(2); // C (chatbot), F (bot transcript)
        assertThat(f.handoffShare()).isEqualTo(2 / 6.0);
    }

    @Test
    void oneAgentsFigures() {
        SupportFigures.Figures f = SupportFigures.of(set, FROM, TO, "u-sam", NOW);
        assertThat(f.tickets()).isEqualTo(3); // A, B, C
        // 10, 30, 300 min: median 30; p90 = ⌈2.7⌉ = 3rd = 300
        assertThat(f.firstResponse()).isEqualTo(new SupportFigures.Stat(3, Duration.ofMinutes(30),
                Duration.ofMinutes(300)));
        // 2 h and 5 h: an even count's median is their mean, 3.5 h; p90 = ⌈1.8⌉ = 2nd = 5 h
        assertThat(f.resolution()).isEqualTo(new SupportFigures.Stat(2, Duration.ofMinutes(210), Duration.ofHours(5)));
        assertThat(f.breaches()).isEqualTo(1);
    }

    @Test
    void noTicketsNoFigures() {
        SupportFigures.Figures f = SupportFigures.of(set, FROM, TO, "u-nobody", NOW);
        assertThat(f.tickets()).isZero();
        assertThat(f.firstResponse().median()).isNull();
        assertThat(f.breachRate()).isZero();
        assertThat(f.handoffShare()).isZero();
    }
}
