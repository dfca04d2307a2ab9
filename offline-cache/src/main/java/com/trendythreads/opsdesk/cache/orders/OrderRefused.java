package com.trendythreads.opsdesk.cache.orders;

import com.trendythreads.opsdesk.cache.catalog.Violation;
import java.util.List;
import java.util.stream.Collectors;

/// An order action the desk refused before queueing it: nothing was written. The screens check the same
/// rules first ([OrderRules]) and show them beside the fields, so this is the last guard, not the message.
public final class OrderRefused extends RuntimeException {

    private final List<Violation> violations;

    public OrderRefused(List<Violation> violations) {
        super(violations.stream().map(v -> v.field() + ": " + v.code() + " " + v.args())
                .collect(Collectors.joining("; ")));
        this.violations = List.copyOf(violations);
    }

    public List<Violation> violations() {
        return violations;
    }
}
