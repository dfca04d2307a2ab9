package com.trendythreads.opsdesk.cache.governance;

import java.util.List;
import java.util.Objects;

/// One record that breaks a rule.
///
/// @param recordId the product's or customer's id (what `RecordLinks` opens)
/// @param label    the product's title or the customer's id (never a customer's name or contact: a
///                 governance list and its export carry no personal data)
/// @param detail   what is wrong, as values for the rule's detail text: the missing attribute codes, the
///                 duplicated EAN and SKUs, the SKU with price and cost…
public record Finding(QualityRule rule, String recordId, String label, List<String> detail) {

    public Finding {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(recordId, "recordId");
        label = label == null ? "" : label;
        detail = List.copyOf(detail);
    }
}
