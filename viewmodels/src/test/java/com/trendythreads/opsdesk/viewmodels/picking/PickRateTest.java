package com.trendythreads.opsdesk.viewmodels.picking;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class PickRateTest {

    private static final Instant START = Instant.parse("2026-11-26T08:00:00Z");

    private static Instant at(int minutes) {
        return START.plus(Duration.ofMinutes(minutes));
    }

    @Test
    void linesPerHourOverTheSessionAndInTheLastHour() {
        // Two hours in: 30 lines in the first hour, 45 in the second, and 5 from before the session.
        List<Instant> lines = new java.util.ArrayList<>();
        for (int i = 0; i < 5; i++) {
            lines.add(START.minus(Duration.ofMinutes(10 + i)));
        }
        for (int i = 0; i < 30; i++) {
            lines.add(at(i * 2));
        }
        for (int i = 0; i < 45; i++) {
            lines.add(at(61 + i));
        }
        PickRate rate = PickRate.of(lines, START, at(120));
        assertThat(rate.sessionLines()).isEqualTo(75);
        assertThat(rate.perHourSession()).isEqualTo(37.5);
        assertThat(rate.lastHour()).isEqualTo(45);
    }

    @Test
    void aFreshSessionCountsAsTenMinutesAndNothingIsZero() {
        assertThat(PickRate.of(List.of(at(0)), START, START.plusSeconds(20)).perHourSession()).isEqualTo(6.0);
        assertThat(PickRate.of(List.of(), START, at(60))).isEqualTo(new PickRate(0, 0.0, 0));
    }
}
