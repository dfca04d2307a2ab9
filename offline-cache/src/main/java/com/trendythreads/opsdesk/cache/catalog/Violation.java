package com.trendythreads.opsdesk.cache.catalog;

import java.util.List;
import java.util.Objects;

/// One broken rule of a record, named by its field path (`title`, `variants[2].ean`,
/// `attributes.fabric`) so that a screen can show it beside that field.
///
/// @param code a resource bundle key in the viewmodels' `messages` (`rule.required`, …); `args` fill its `{0}`…
public record Violation(String field, Severity severity, String code, List<Object> args) {

    public enum Severity {
        /// The platform would refuse it; nothing is saved while one is open.
        ERROR,
        /// Allowed, but probably a mistake (cost at or above price).
        WARNING
    }

    public Violation {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(code, "code");
        args = List.copyOf(args);
    }

    public static Violation error(String field, String code, Object... args) {
        return new Violation(field, Severity.ERROR, code, List.of(args));
    }

    public static Violation warning(String field, String code, Object... args) {
        return new Violation(field, Severity.WARNING, code, List.of(args));
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }
}
