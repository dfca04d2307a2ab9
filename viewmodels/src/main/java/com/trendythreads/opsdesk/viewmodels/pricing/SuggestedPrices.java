package com.trendythreads.opsdesk.viewmodels.pricing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.trendythreads.opsdesk.api.dto.catalog.Product;
import com.trendythreads.opsdesk.api.dto.catalog.Variant;
import com.trendythreads.opsdesk.cache.catalog.ProductFields;
import com.trendythreads.opsdesk.cache.pricing.PriceFloor;
import com.trendythreads.opsdesk.cache.pricing.Suggestion;
import com.trendythreads.opsdesk.viewmodels.catalog.bulk.Rounding;
import java.util.LinkedHashMap;
import java.util.Map;

/// The variant prices an accepted suggestion sets: the current price ± the suggested percent, rounded to
/// the chosen ending, never below the floor (cost + minimum margin, [PriceFloor]); a markdown never lifts
/// a price (a variant already at or below its floor keeps its price). "Stop discounting" puts each variant
/// with a compare-at ("was") price back to it and clears the compare-at price.
public final class SuggestedPrices {

    /// The fields to set on one product and how many variant prices the floor held up.
    public record Plan(Map<String, JsonNode> fields, int floored) {
    }

    private SuggestedPrices() {
    }

    public static Plan of(Product p, Suggestion s, Rounding rounding, int minMarginPercent) {
        Map<String, JsonNode> out = new LinkedHashMap<>();
        int floored = 0;
        for (Variant v : p.variants()) {
            if (v.priceCents() == null) {
                continue;
            }
            long price = v.priceCents();
            if (s.kind() == Suggestion.Kind.STOP_DISCOUNTING) {
                if (v.compareAtPriceCents() != null && v.compareAtPriceCents() > price) {
                    out.put(ProductFields.variant(v.sku(), "priceCents"), LongNode.valueOf(v.compareAtPriceCents()));
                    out.put(ProductFields.variant(v.sku(), "compareAtPriceCents"), NullNode.instance);
                }
                continue;
            }
            if (s.percent() == 0) {
                continue;
            }
            long floor = PriceFloor.floorCents(v.costCents(), minMarginPercent);
            long rounded = rounding.apply(Math.round(price * (100.0 + s.percent()) / 100.0));
            long target = rounded < floor ? atLeast(floor, rounding) : rounded;
            if (rounded < floor) {
                floored++;
            }
            if (s.percent() < 0 && target >= price) {
                continue; // the floor leaves no markdown
            }
            out.put(ProductFields.variant(v.sku(), "priceCents"), LongNode.valueOf(target));
        }
        return new Plan(out, floored);
    }

    /// `price` changed by `percent`, rounded, held at the floor of `costCents` + `minMarginPercent`.
    public static long price(long price, long costCents, int percent, Rounding rounding, int minMarginPercent) {
        long floor = PriceFloor.floorCents(costCents, minMarginPercent);
        long target = rounding.apply(Math.round(price * (100.0 + percent) / 100.0));
        return target < floor ? atLeast(floor, rounding) : target;
    }

    /// The lowest price with the rounding's ending at or above `floor`.
    static long atLeast(long floor, Rounding rounding) {
        if (rounding == Rounding.NONE) {
            return floor;
        }
        long c = rounding.apply(floor);
        while (c < floor) {
            c += 100;
        }
        return c;
    }
}
