package com.trendythreads.opsdesk.cache.governance;

import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/// The result of one check: the findings of every rule that was checked, sorted by record label and id.
///
/// @param checked how many records each rule looked at (products or customers)
public record QualityReport(Instant at, Map<QualityRule, List<Finding>> findings, Map<QualityRule, Integer> checked) {

    public QualityReport {
        findings = Map.copyOf(findings);
        checked = Map.copyOf(checked);
    }

    public Set<QualityRule> rules() {
        EnumMap<QualityRule, Boolean> m = new EnumMap<>(QualityRule.class);
        findings.keySet().forEach(r -> m.put(r, true));
        return m.keySet();
    }

    /// The rule's findings (empty when not checked).
    public List<Finding> of(QualityRule rule) {
        return findings.getOrDefault(rule, List.of());
    }

    /// How many records break the rule.
    public int count(QualityRule rule) {
        return of(rule).size();
    }
}
