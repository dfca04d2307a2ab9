package com.trendythreads.opsdesk.viewmodels.pricing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.trendythreads.opsdesk.api.dto.catalog.Product;
import com.trendythreads.opsdesk.api.dto.catalog.ProductStatus;
import com.trendythreads.opsdesk.api.dto.catalog.Variant;
import com.trendythreads.opsdesk.cache.pricing.Elasticity;
import com.trendythreads.opsdesk.cache.pricing.StyleFacts;
import com.trendythreads.opsdesk.cache.pricing.Suggestion;
import com.trendythreads.opsdesk.viewmodels.catalog.bulk.Rounding;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/// Accepted suggestions → variant prices: percent, rounding, floor (cost + minimum margin), worked by hand.
class SuggestedPricesTest {

    private static final Product SHIRT = new Product("p1", "Linen shirt", null, "Brand", "cat", "AW26",
            ProductStatus.ACTIVE, Map.of(), List.of(), List.of(
                    new Variant("A", null, "M", "Blue", 4_999L, null, 1_500L, null),
                    new Variant("B", null, "L", "Blue", 2_999L, null, 2_000L, null),
                    new Variant("C", null, "XL", "Blue", 2_399L, null, 2_000L, null),
                    new Variant("D", null, "S", "Blue", 3_999L, 4_999L, 1_000L, null)),
            List.of(), null, null, null, 1);

    private static Suggestion suggestion(Suggestion.Kind kind, int percent) {
        StyleFacts f = new StyleFacts("p1", "Linen shirt", "cat", "AW26", 28, 0.8, 10, 100, 0.6, 2, 0, 0, 3_599,
                1_625, null, null, null, new double[91], List.of());
        return new Suggestion(f, kind, percent, List.of(), new Elasticity.Estimate(-2, 0, -2, -2, 0,
                Elasticity.Source.ASSUMED), "k");
    }

    private static long price(Map<String, JsonNode> fields, String sku) {
        return fields.get("variants[" + sku + "].priceCents").asLong();
    }

    @Test
    void markdownIsRoundedAndHeldAtTheFloor() {
        // floor at 20 %: cost ÷ 0.8 → A 1875, B/C 2500
        SuggestedPrices.Plan plan = SuggestedPrices.of(SHIRT, suggestion(Suggestion.Kind.MARK_DOWN, -35), Rounding.END_99, 20);
        // A: 4999 × 0.65 = 3249.35 → 3249 → .99 endings 3199 / 3299 equally near → the lower, 3199
        assertThat(price(plan.fields(), "A")).isEqualTo(3_199);
        // B: 2999 × 0.65 = 1949 → 1899, below the floor 2500 → the first .99 at or above it: 2599
        assertThat(price(plan.fields(), "B")).isEqualTo(2_599);
        // C: its floor (2599 with .99) is above its price 2399: a markdown never lifts a price → untouched
        assertThat(plan.fields()).doesNotContainKey("variants[C].priceCents");
        // D: 3999 × 0.65 = 2599.35 → 2599 (floor 1250)
        assertThat(price(plan.fields(), "D")).isEqualTo(2_599);
        assertThat(plan.floored()).isEqualTo(2); // B and C hit the floor

        SuggestedPrices.Plan whole = SuggestedPrices.of(SHIRT, suggestion(Suggestion.Kind.MARK_DOWN, -35), Rounding.WHOLE, 20);
        assertThat(price(whole.fields(), "A")).isEqualTo(3_200);
        assertThat(price(whole.fields(), "B")).as("2500 is whole already").isEqualTo(2_500);

        SuggestedPrices.Plan none = SuggestedPrices.of(SHIRT, suggestion(Suggestion.Kind.MARK_DOWN, -35), Rounding.NONE, 0);
        assertThat(price(none.fields(), "B")).as("no margin: the floor is the cost").isEqualTo(2_000);
        assertThat(price(none.fields(), "C")).isEqualTo(2_000);
    }

    @Test
    void raiseAndStopDiscounting() {
        SuggestedPrices.Plan raise = SuggestedPrices.of(SHIRT, suggestion(Suggestion.Kind.RAISE, 5), Rounding.END_95, 20);
        // A: 4999 × 1.05 = 5248.95 → 5249 → .95: 5195 (54 away) or 5295 (46) → 5295
        assertThat(price(raise.fields(), "A")).isEqualTo(5_295);
        // B: 2999 × 1.05 = 3148.95 → 3149 → 3195; C: 2519 → 2495 is below the floor 2500 → 2595
        assertThat(price(raise.fields(), "B")).isEqualTo(3_195);
        assertThat(price(raise.fields(), "C")).isEqualTo(2_595);

        SuggestedPrices.Plan stop = SuggestedPrices.of(SHIRT, suggestion(Suggestion.Kind.STOP_DISCOUNTING, 0), Rounding.END_99, 20);
        assertThat(stop.fields()).containsOnlyKeys("variants[D].priceCents", "variants[D].compareAtPriceCents");
        assertThat(price(stop.fields(), "D")).isEqualTo(4_999);
        assertThat(stop.fields().get("variants[D].compareAtPriceCents").isNull()).isTrue();

        assertThat(SuggestedPrices.atLeast(2_500, Rounding.END_95)).isEqualTo(2_595);
        assertThat(SuggestedPrices.atLeast(2_495, Rounding.END_95)).isEqualTo(2_495);
    }
}
