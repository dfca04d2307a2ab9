package com.trendythreads.opsdesk.cache.pricing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.trendythreads.opsdesk.cache.pricing.Elasticity.Point;
import com.trendythreads.opsdesk.cache.pricing.Elasticity.Source;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/// The log-log elasticity on series with a known response.
class ElasticityTest {

    private static final double[] PRICES = {1, 1, 0.9, 0.8, 0.8, 1, 0.75, 1, 0.9, 1};

    private static List<Point> series(String group, double level, double elasticity, double[] noise) {
        List<Point> out = new ArrayList<>();
        for (int i = 0; i < PRICES.length; i++) {
            out.add(new Point(group, PRICES[i], level * Math.pow(PRICES[i], elasticity) * noise[i % noise.length]));
        }
        return out;
    }

    @Test
    void anExactResponseIsFoundExactlyWithNoError() {
        // units = 40 · p^−2: ln units = ln 40 − 2 ln p, a straight line
        Elasticity.Estimate e = Elasticity.estimate(series("a", 40, -2, new double[] {1}), List.of(), -1.5);
        assertThat(e.source()).isEqualTo(Source.STYLE);
        assertThat(e.value()).isCloseTo(-2.0, within(1e-9));
        assertThat(e.stdError()).isCloseTo(0.0, within(1e-9));
        assertThat(e.points()).isEqualTo(10);
    }

    @Test
    void noiseGivesAnIntervalThatHoldsTheTrueValue() {
        // ±10 % alternating noise on units = 30 · p^−1.8
        Elasticity.Estimate e = Elasticity.estimate(series("a", 30, -1.8, new double[] {1.1, 0.9, 1.05, 0.95}),
                List.of(), -1.5);
        assertThat(e.stdError()).isGreaterThan(0);
        assertThat(e.low()).isLessThan(-1.8);
        assertThat(e.high()).isGreaterThan(-1.8);
        assertThat(e.value()).isCloseTo(-1.8, within(0.5));
        // the interval is ± t(0.975, 10 − 1 − 1 = 8) = 2.306 standard errors
        assertThat(e.high() - e.value()).isCloseTo(2.306 * e.stdError(), within(1e-9));
    }

    @Test
    void tooLittleHistoryFallsBackToTheCategoryThenToTheAssumedValue() {
        List<Point> flat = List.of(new Point("a", 1, 5), new Point("a", 1, 6), new Point("a", 1, 4),
                new Point("a", 1, 5), new Point("a", 1, 7), new Point("a", 1, 5), new Point("a", 1, 5));
        // two other styles of the category at very different levels, both answering p^−2.5
        List<Point> category = new ArrayList<>(series("b", 100, -2.5, new double[] {1}));
        category.addAll(series("c", 3, -2.5, new double[] {1}));
        category.addAll(flat);

        Elasticity.Estimate e = Elasticity.estimate(flat, category, -1.5);
        assertThat(e.source()).isEqualTo(Source.CATEGORY);
        assertThat(e.value()).as("each style's own level is taken out").isCloseTo(-2.5, within(1e-9));

        Elasticity.Estimate none = Elasticity.estimate(flat, flat, -1.5);
        assertThat(none.source()).isEqualTo(Source.ASSUMED);
        assertThat(none.value()).isEqualTo(-1.5);
        assertThat(none.stdError()).isNaN();
        assertThat(Elasticity.estimate(series("a", 40, -2, new double[] {1}).subList(0, 5), List.of(), -1.5)
                .source()).as("five weeks are too few").isEqualTo(Source.ASSUMED);
    }
}
