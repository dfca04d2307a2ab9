package com.trendythreads.opsdesk.benchmarks;

/// One measured figure of a benchmark run, beside the baseline measured in the same run where the issue
/// names one.
///
/// @param name         what was measured, e.g. "initial sync"
/// @param value        the measurement in `unit`
/// @param unit         e.g. "rows/s", "ms", "edits/s", "MB"
/// @param baseline     the baseline's measurement in the same unit, or `null` where there is none
/// @param baselineName what the baseline is, e.g. "raw H2 batch insert of the same rows"
/// @param target       the target as text, e.g. "≥ 50% of baseline"
/// @param pass         whether the value meets the target
/// @param note         how it was measured (sizes, repetitions), shown under the table
public record Figure(String name, double value, String unit, Double baseline, String baselineName, String target,
                     boolean pass, String note) {

    /// `value / baseline`, or `null` without a baseline.
    public Double ratio() {
        return baseline == null || baseline == 0 ? null : value / baseline;
    }
}
