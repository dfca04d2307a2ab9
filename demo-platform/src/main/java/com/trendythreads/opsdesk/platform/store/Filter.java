package com.trendythreads.opsdesk.platform.store;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/// SQL conditions for a list query, each added only when its value is given, so an optional query
/// parameter left out simply does not filter. Values are always bound, never concatenated.
public final class Filter {

    private final List<String> clauses = new ArrayList<>();
    private final Map<String, Object> binds = new LinkedHashMap<>();

    public static Filter all() {
        return new Filter();
    }

    /// `column = value` when value is not null.
    public Filter eq(String column, Object value) {
        if (value != null) {
            String name = "f" + binds.size();
            clauses.add(column + " = :" + name);
            binds.put(name, value);
        }
        return this;
    }

    /// `column >= value` when value is not null (e.g. `created_at >= from`).
    public Filter atLeast(String column, Object value) {
        if (value != null) {
            String name = "f" + binds.size();
            clauses.add(column + " >= :" + name);
            binds.put(name, value);
        }
        return this;
    }

    /// Any SQL condition with named parameters (`:name`), added when `when` is true.
    public Filter where(boolean when, String sql, Map<String, Object> params) {
        if (when) {
            clauses.add("(" + sql + ")");
            binds.putAll(params);
        }
        return this;
    }

    List<String> clauses() {
        return clauses;
    }

    Map<String, Object> binds() {
        return binds;
    }
}
