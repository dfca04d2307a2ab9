package com.trendythreads.opsdesk.cache.governance;

/// The data-quality rules over the cached catalog and customers. Each names the kind of record it finds and
/// the i18n key stem of its name and explanation (`governance.rule.<key>` / `.help`).
public enum QualityRule {
    /// An ACTIVE product published on a channel that lacks an attribute its category requires for that
    /// channel (`ProductRules`' `rule.attribute.requiredFor`).
    MISSING_ATTRIBUTES(Subject.PRODUCT, "missingAttributes"),
    /// An EAN held by more than one variant (SKU) in the cache, across products or within one.
    DUPLICATE_EAN(Subject.PRODUCT, "duplicateEan"),
    /// A variant whose price is below its cost (`priceCents < costCents`).
    PRICE_BELOW_COST(Subject.PRODUCT, "priceBelowCost"),
    /// An ACTIVE product published on at least one channel without any image (`Completeness`' `media`).
    PUBLISHED_WITHOUT_IMAGES(Subject.PRODUCT, "publishedWithoutImages"),
    /// A customer without a consent record: no `consents`, or consents never recorded (`updatedAt` empty).
    CUSTOMER_WITHOUT_CONSENT(Subject.CUSTOMER, "customerWithoutConsent");

    /// What a finding of the rule opens.
    public enum Subject { PRODUCT, CUSTOMER }

    private final Subject subject;
    private final String key;

    QualityRule(Subject subject, String key) {
        this.subject = subject;
        this.key = key;
    }

    public Subject subject() {
        return subject;
    }

    /// The i18n key stem (`missingAttributes`).
    public String key() {
        return key;
    }
}
