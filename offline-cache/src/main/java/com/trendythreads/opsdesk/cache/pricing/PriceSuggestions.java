package com.trendythreads.opsdesk.cache.pricing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/// A suggestion for every style: its elasticity (its own weeks, else its category's pooled weeks, else the
/// assumed value) and the rules' verdict.
public final class PriceSuggestions {

    private PriceSuggestions() {
    }

    public static List<Suggestion> of(List<StyleFacts> styles, PricingThresholds t) {
        Map<String, List<Elasticity.Point>> byCategory = new HashMap<>();
        for (StyleFacts f : styles) {
            byCategory.computeIfAbsent(f.categoryId(), k -> new ArrayList<>()).addAll(f.weeks());
        }
        MarkdownRules rules = new MarkdownRules(t);
        List<Suggestion> out = new ArrayList<>(styles.size());
        for (StyleFacts f : styles) {
            Elasticity.Estimate e = Elasticity.estimate(f.weeks(), byCategory.getOrDefault(f.categoryId(), List.of()),
                    t.defaultElasticity());
            out.add(rules.suggest(f, e));
        }
        return out;
    }
}
