package com.trendythreads.opsdesk.viewmodels.catalog;

/// One entry of a filter menu: the value the query uses (`null`: any) and its label.
///
/// @param depth indentation for tree-shaped options (categories), 0 otherwise
public record FilterOption<T>(T value, String label, int depth) {

    @Override
    public String toString() {
        return "  ".repeat(depth) + label;
    }
}
