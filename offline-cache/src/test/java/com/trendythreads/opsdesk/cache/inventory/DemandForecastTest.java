package com.trendythreads.opsdesk.cache.inventory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.trendythreads.opsdesk.cache.inventory.DemandForecast.Method;
import java.time.LocalDate;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/// The forecast on series whose right answer is known.
class DemandForecastTest {

    private static final double[] WEEK = {2, 3, 4, 5, 9, 14, 0};

    @Test
    void aFlatSeriesIsForecastFlat() {
        double[] flat = IntStream.range(0, 56).mapToDouble(i -> 5).toArray();
        DemandForecast.Result r = DemandForecast.forecast(flat, 28);
        assertThat(r.method()).isEqualTo(Method.HOLT_WINTERS);
        for (double d : r.daily()) {
            assertThat(d).isCloseTo(5, within(1e-9));
        }
        assertThat(r.total(14)).isCloseTo(70, within(1e-9));
    }

    @Test
    void aLinearTrendContinues() {
        // x_t = 10 + 2t for t = 0..41; the next days are 94, 96, ...
        double[] line = IntStream.range(0, 42).mapToDouble(t -> 10 + 2 * t).toArray();
        DemandForecast.Result r = DemandForecast.forecast(line, 10);
        assertThat(r.method()).isEqualTo(Method.HOLT_WINTERS);
        for (int h = 1; h <= 10; h++) {
            assertThat(r.daily()[h - 1]).as("day %d", h).isCloseTo(10 + 2 * (41 + h), within(1e-6));
        }
    }

    @Test
    void aWeeklySeasonRepeatsOnTheRightWeekdays() {
        // Eight weeks of the same week, the last day a Sunday-like 0: the forecast starts at WEEK[0].
        double[] weeks = IntStream.range(0, 56).mapToDouble(t -> 20 + WEEK[t % 7]).toArray();
        DemandForecast.Result r = DemandForecast.forecast(weeks, 14);
        assertThat(r.method()).isEqualTo(Method.HOLT_WINTERS);
        for (int h = 0; h < 14; h++) {
            assertThat(r.daily()[h]).as("day %d", h).isCloseTo(20 + WEEK[h % 7], within(1e-6));
        }
    }

    @Test
    void aSeasonOnATrendKeepsBoth() {
        double[] s = IntStream.range(0, 63).mapToDouble(t -> 30 + 0.5 * t + WEEK[t % 7]).toArray();
        DemandForecast.Result r = DemandForecast.forecast(s, 7);
        for (int h = 1; h <= 7; h++) {
            int t = 62 + h;
            assertThat(r.daily()[h - 1]).isCloseTo(30 + 0.5 * t + WEEK[t % 7], within(1e-6));
        }
    }

    @Test
    void anAllZeroSeriesForecastsNothing() {
        DemandForecast.Result r = DemandForecast.forecast(new double[90], 30);
        assertThat(r.method()).isEqualTo(Method.NONE);
        assertThat(r.total(30)).isZero();
        assertThat(r.stockOutDay(10, 365)).isEqualTo(-1);
        assertThat(DemandForecast.forecast(new double[0], 5).total(5)).isZero();
    }

    @Test
    void aSingleSaleIsSpreadOverTheWholeWindow() {
        double[] one = new double[28];
        one[17] = 7;
        DemandForecast.Result r = DemandForecast.forecast(one, 28);
        assertThat(r.method()).isEqualTo(Method.MEAN_RATE);
        for (double d : r.daily()) {
            assertThat(d).isCloseTo(0.25, within(1e-12));
        }
        // 3 units last 12 days at 0.25 a day: day 12 (0-based) is the first with more demand than stock.
        assertThat(r.stockOutDay(3, 365)).isEqualTo(12);
    }

    @Test
    void intermittentAndShortSeriesUseTheMeanRate() {
        double[] sparse = new double[60];
        sparse[3] = 2;
        sparse[20] = 1;
        sparse[41] = 3;
        assertThat(DemandForecast.forecast(sparse, 7).daily()[0]).isCloseTo(0.1, within(1e-12));
        DemandForecast.Result shortOne = DemandForecast.forecast(new double[] {4, 2, 6}, 3);
        assertThat(shortOne.method()).isEqualTo(Method.MEAN_RATE);
        assertThat(shortOne.daily()).containsExactly(4, 4, 4);
    }

    @Test
    void aFallingTrendNeverGoesNegative() {
        double[] falling = IntStream.range(0, 28).mapToDouble(t -> 28 - t).toArray();
        DemandForecast.Result r = DemandForecast.forecast(falling, 30);
        assertThat(java.util.Arrays.stream(r.daily()).min().orElseThrow()).isGreaterThanOrEqualTo(0);
        assertThat(r.daily()[0]).isCloseTo(0, within(1e-6));
    }

    @Test
    void replenishmentFromAFlatForecast() {
        double[] flat = IntStream.range(0, 56).mapToDouble(i -> 2).toArray();
        DemandForecast.Result r = DemandForecast.forecast(flat, 56);
        LocalDate today = LocalDate.of(2026, 3, 2);
        // 2 a day, 20 available: 10 days of stock, out on day 10; cover 20 / 14 weeks.
        Replenishment.Suggestion s = Replenishment.suggest(r, 20, 5, 6, null, 14, today, 56);
        assertThat(s.meanDailyDemand()).isCloseTo(2, within(1e-9));
        assertThat(s.weeksOfCover()).isCloseTo(20 / 14.0, within(1e-9));
        assertThat(s.stockOut()).isEqualTo(today.plusDays(10));
        // (14 + 7) days × 2 + reorder point 6 − 20 available − 5 incoming = 23.
        assertThat(s.suggestedQty()).isEqualTo(23);
        // Rounded up to packs of 12.
        assertThat(Replenishment.suggest(r, 20, 5, 6, 12, 14, today, 56).suggestedQty()).isEqualTo(24);
        // Plenty on hand: nothing to order, no stock-out in sight.
        Replenishment.Suggestion plenty = Replenishment.suggest(r, 500, 0, 6, null, 14, today, 56);
        assertThat(plenty.suggestedQty()).isZero();
        assertThat(plenty.stockOut()).isNull();
    }

    @Test
    void noDemandMeansInfiniteCoverAndNoOrderAboveTheReorderPoint() {
        DemandForecast.Result none = DemandForecast.forecast(new double[30], 30);
        Replenishment.Suggestion s = Replenishment.suggest(none, 3, 0, 6, null, 14, LocalDate.of(2026, 1, 1), 30);
        assertThat(s.weeksOfCover()).isInfinite();
        assertThat(s.stockOut()).isNull();
        assertThat(s.suggestedQty()).as("tops up to the reorder point").isEqualTo(3);
    }
}
