package com.trendythreads.opsdesk.cache.supply;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.trendythreads.opsdesk.cache.supply.LeadTimeStats.Card;
import com.trendythreads.opsdesk.cache.supply.LeadTimeStats.Line;
import com.trendythreads.opsdesk.cache.supply.LeadTimeStats.Po;
import com.trendythreads.opsdesk.cache.supply.LeadTimeStats.Source;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/// The scorecard on a PO history worked out by hand.
class LeadTimeStatsTest {

    private static LocalDate d(String s) {
        return LocalDate.parse(s);
    }

    @Test
    void scorecardFromThreeReceivedPos() {
        List<Po> pos = List.of(
                // 8 days, on time (promised 10)
                new Po("S", d("2026-01-01"), d("2026-01-09"), 10, List.of(new Line("X", 100, 100, 500))),
                // 12 days, late
                new Po("S", d("2026-02-01"), d("2026-02-13"), 10, List.of(new Line("X", 100, 80, 550),
                        new Line("Y", 50, 50, 1_000))),
                // 10 days, exactly on the promised day = on time
                new Po("S", d("2026-03-01"), d("2026-03-11"), 10, List.of(new Line("X", 50, 50, 600),
                        new Line("Y", 50, 40, 900))),
                // not received: not counted
                new Po("S", d("2026-04-01"), null, 10, List.of(new Line("X", 999, 0, 9_999))),
                // another supplier: not counted
                new Po("T", d("2026-01-01"), d("2026-03-01"), 10, List.of(new Line("X", 1, 0, 1))));

        Card c = LeadTimeStats.of("S", 10, pos);

        assertThat(c.receivedPos()).isEqualTo(3);
        assertThat(c.meanLeadDays()).isCloseTo(10, within(1e-9));          // (8 + 12 + 10) / 3
        assertThat(c.spreadDays()).isCloseTo(2, within(1e-9));             // √((4 + 4 + 0) / 2)
        assertThat(c.onTimeRate()).isCloseTo(2.0 / 3, within(1e-9));
        assertThat(c.fillRate()).isCloseTo(320.0 / 350, within(1e-9));     // (100+80+50+50+40) / (100+100+50+50+50)
        assertThat(c.costChangePct()).isCloseTo(5, within(1e-9));          // X +20 %, Y −10 % → mean +5 %
        assertThat(c.planningLeadDays()).isEqualTo(10);
        assertThat(c.source()).isEqualTo(Source.ACTUAL);
    }

    @Test
    void planningRoundsTheActualMeanUpAndFallsBackToThePromise() {
        Card twoPos = LeadTimeStats.of("S", 14, List.of(
                new Po("S", d("2026-01-01"), d("2026-01-09"), 14, List.of(new Line("X", 10, 10, 100))),
                new Po("S", d("2026-02-01"), d("2026-02-10"), 14, List.of(new Line("X", 10, 10, 100)))));
        assertThat(twoPos.meanLeadDays()).isCloseTo(8.5, within(1e-9));
        assertThat(twoPos.planningLeadDays()).isEqualTo(9);
        assertThat(twoPos.costChangePct()).isZero();

        Card none = LeadTimeStats.of("S", 14, List.of());
        assertThat(none.receivedPos()).isZero();
        assertThat(none.planningLeadDays()).isEqualTo(14);
        assertThat(none.source()).isEqualTo(Source.PROMISED);
    }
}
