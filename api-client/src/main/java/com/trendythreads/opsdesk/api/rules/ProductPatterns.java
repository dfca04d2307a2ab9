package com.trendythreads.opsdesk.api.rules;

/// The shapes of a product's SKU and season, shared by the platform (which refuses another shape) and
/// the desk (which flags it beside the field as the merchandiser types), so the two never disagree.
public final class ProductPatterns {

    /// 3–40 upper-case letters, digits or dashes, not starting with a dash.
    public static final String SKU = "^[A-Z0-9][A-Z0-9-]{2,39}$";

    /// A season such as SS26 or AW26.
    public static final String SEASON = "^(SS|AW)[0-9]{2}$";

    private ProductPatterns() {
    }
}
