package com.trendythreads.opsdesk.viewmodels.dashboard;

import com.trendythreads.opsdesk.api.dto.catalog.Category;
import com.trendythreads.opsdesk.api.dto.inventory.Location;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/// What the dashboard's filters offer: the cached locations and categories (a category filters by itself
/// and all its sub-categories).
public record DashboardChoices(List<Location> locations, List<Category> categories) {

    public static final DashboardChoices NONE = new DashboardChoices(List.of(), List.of());

    public DashboardChoices {
        locations = List.copyOf(locations);
        categories = List.copyOf(categories);
    }

    /// `id` and every category below it.
    public Set<String> withDescendants(String id) {
        Map<String, List<String>> children = new HashMap<>();
        for (Category c : categories) {
            children.computeIfAbsent(c.parentId(), k -> new ArrayList<>()).add(c.id());
        }
        Set<String> out = new HashSet<>();
        List<String> todo = new ArrayList<>(List.of(id));
        while (!todo.isEmpty()) {
            String next = todo.removeLast();
            if (out.add(next)) {
                todo.addAll(children.getOrDefault(next, List.of()));
            }
        }
        return out;
    }
}
