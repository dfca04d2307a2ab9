package com.trendythreads.opsdesk.cache.pricing;

import java.util.List;

/// What the rules suggest for one style and why.
///
/// @param percent the price change in percent: negative for a markdown, positive for a raise, 0 otherwise
/// @param reasons the facts that led to it, in order; each a code (`pricing.reason.<code>` in the bundles)
///                with its figures
/// @param factsKey the facts rounded to what matters for the suggestion: a rejected suggestion comes back
///                 only when this changes
public record Suggestion(StyleFacts facts, Kind kind, int percent, List<Reason> reasons,
        Elasticity.Estimate elasticity, String factsKey) {

    public enum Kind { MARK_DOWN, HOLD, RAISE, STOP_DISCOUNTING }

    /// One reason: a code and its figures (numbers as they are, formatted by the screen).
    public record Reason(String code, List<Object> args) {
        public static Reason of(String code, Object... args) {
            return new Reason(code, List.of(args));
        }
    }

    /// Whether accepting it changes a price.
    public boolean changesPrice() {
        return percent != 0;
    }
}
