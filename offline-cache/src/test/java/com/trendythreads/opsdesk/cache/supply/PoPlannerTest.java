package com.trendythreads.opsdesk.cache.supply;

import static org.assertj.core.api.Assertions.assertThat;

import com.trendythreads.opsdesk.cache.supply.PoPlanner.Draft;
import com.trendythreads.opsdesk.cache.supply.PoPlanner.Line;
import com.trendythreads.opsdesk.cache.supply.PoPlanner.Need;
import com.trendythreads.opsdesk.cache.supply.PoPlanner.Plan;
import com.trendythreads.opsdesk.cache.supply.PoPlanner.Supplier;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/// PO grouping on needs whose right answer is worked out by hand in the comments.
class PoPlannerTest {

    private static final Supplier S1 = new Supplier("sup_1", "Linen Mill", 50_000, "EUR");
    private static final Supplier S2 = new Supplier("sup_2", "Button Co", 0, "EUR");

    @Test
    void groupsPerSupplierRoundsToPacksAndTopsUpToTheMinimum() {
        Plan plan = PoPlanner.plan(List.of(
                // 7 in packs of 6 → 12 × €10 = €120
                new Need("A", "WH1", 7, "sup_1", 1_000, 6),
                // 10 in packs of 4 → 12 × €25 = €300; total €420 < €500 minimum
                new Need("B", "WH1", 10, "sup_1", 2_500, 4),
                new Need("C", "WH1", 3, null, 100, 1),
                new Need("D", "WH1", 5, "sup_2", 300, 1),
                new Need("E", "WH1", 0, "sup_2", 300, 1)), Map.of("sup_1", S1, "sup_2", S2));

        assertThat(plan.drafts()).hasSize(2);
        Draft d1 = plan.drafts().get(0);
        assertThat(d1.supplier()).isEqualTo(S1);
        // Top-up: A covers 12/7 = 1.71 of its need, B 12/10 = 1.2 → one more pack of B (+4 × €25 = €100).
        assertThat(d1.lines()).containsExactly(
                new Line("A", 7, 12, 6, 1_000),
                new Line("B", 10, 16, 4, 2_500));
        assertThat(d1.totalCents()).isEqualTo(52_000);
        assertThat(d1.toppedUpCents()).isEqualTo(10_000);
        assertThat(d1.belowMinimum()).isFalse();

        Draft d2 = plan.drafts().get(1);
        assertThat(d2.lines()).containsExactly(new Line("D", 5, 5, 1, 300));
        assertThat(d2.totalCents()).isEqualTo(1_500);
        assertThat(d2.toppedUpCents()).isZero();
        assertThat(plan.unsupplied()).extracting(Need::sku).containsExactly("C");
    }

    @Test
    void topUpSpreadsPacksInProportionToNeed() {
        Supplier s = new Supplier("sup_1", "Linen Mill", 10_000, "EUR");
        Plan plan = PoPlanner.plan(List.of(
                new Need("B", "WH1", 4, "sup_1", 1_000, 1),
                new Need("A", "WH1", 2, "sup_1", 1_000, 1),
                new Need("A", "ST1", 1, "sup_1", 1_000, 1)), Map.of("sup_1", s));
        // WH1: A 2, B 4 = €60. Steps (ratio ordered/suggested, ties by SKU): A→3 (1.0 vs 1.0),
        // B→5 (1.5 vs 1.0), B→6 (1.5 vs 1.25), A→4 (1.5 vs 1.5) = €100.
        assertThat(plan.drafts()).extracting(Draft::locationId).containsExactly("ST1", "WH1");
        Draft wh1 = plan.drafts().get(1);
        assertThat(wh1.lines()).extracting(Line::sku, Line::quantity)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("A", 4), org.assertj.core.groups.Tuple.tuple("B", 6));
        assertThat(wh1.totalCents()).isEqualTo(10_000);
        assertThat(wh1.toppedUpCents()).isEqualTo(4_000);
        // ST1 alone: 1 unit topped up to 10 units.
        assertThat(plan.drafts().get(0).lines().getFirst().quantity()).isEqualTo(10);
    }

    @Test
    void roundsUpToWholePacks() {
        assertThat(PoPlanner.roundUp(1, 6)).isEqualTo(6);
        assertThat(PoPlanner.roundUp(6, 6)).isEqualTo(6);
        assertThat(PoPlanner.roundUp(7, 6)).isEqualTo(12);
        assertThat(PoPlanner.roundUp(3, 1)).isEqualTo(3);
    }
}
