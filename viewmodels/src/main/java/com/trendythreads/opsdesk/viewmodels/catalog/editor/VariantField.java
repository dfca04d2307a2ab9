package com.trendythreads.opsdesk.viewmodels.catalog.editor;

/// The values of one variant the matrix edits; `path` is the field's name in a `Variant` (and in a
/// `Violation`'s path `variants[i].<path>`).
public enum VariantField {
    PRICE("priceCents", true),
    COMPARE_AT("compareAtPriceCents", true),
    COST("costCents", true),
    SKU("sku", false),
    EAN("ean", false);

    private final String path;
    private final boolean money;

    VariantField(String path, boolean money) {
        this.path = path;
        this.money = money;
    }

    public String path() {
        return path;
    }

    /// Typed as an amount in the user's locale, held as cents.
    public boolean money() {
        return money;
    }

    /// The bundle key of the field's label (`editor.variant.price`, …).
    public String labelKey() {
        return "editor.variant." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
