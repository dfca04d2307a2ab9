package com.trendythreads.opsdesk.cache.catalog;

import com.trendythreads.opsdesk.api.dto.catalog.Category;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/// The cached categories as a tree: names for the list, subtrees for the category filter, and the
/// category documents the completeness rules need.
public final class CategoryTree {

    /// A category in tree order, for a filter menu.
    ///
    /// @param depth 0 for a top-level category
    public record Node(String id, String name, String parentId, int depth) {
    }

    static final CategoryTree EMPTY = new CategoryTree(List.of());

    private final Map<String, Category> byId = new LinkedHashMap<>();
    private final Map<String, List<String>> children = new HashMap<>();
    private final List<Node> inOrder;

    CategoryTree(Collection<Category> categories) {
        List<Category> sorted = new ArrayList<>(categories);
        sorted.sort(Comparator.comparing((Category c) -> c.name() == null ? "" : c.name(), String.CASE_INSENSITIVE_ORDER)
                .thenComparing(Category::id));
        for (Category c : sorted) {
            byId.put(c.id(), c);
        }
        List<String> roots = new ArrayList<>();
        for (Category c : sorted) {
            if (c.parentId() == null || !byId.containsKey(c.parentId())) {
                roots.add(c.id());
            } else {
                children.computeIfAbsent(c.parentId(), k -> new ArrayList<>()).add(c.id());
            }
        }
        List<Node> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (String root : roots) {
            walk(root, 0, out, seen);
        }
        this.inOrder = List.copyOf(out);
    }

    private void walk(String id, int depth, List<Node> out, Set<String> seen) {
        if (!seen.add(id)) {
            return; // a cycle in bad data must not hang the list
        }
        Category c = byId.get(id);
        out.add(new Node(id, c.name(), c.parentId(), depth));
        for (String child : children.getOrDefault(id, List.of())) {
            walk(child, depth + 1, out, seen);
        }
    }

    public Category get(String id) {
        return id == null ? null : byId.get(id);
    }

    public String name(String id) {
        Category c = get(id);
        return c == null ? null : c.name();
    }

    /// Every category, parents before their children, siblings by name.
    public List<Node> nodes() {
        return inOrder;
    }

    /// `id` and all categories below it.
    public Set<String> subtree(String id) {
        Set<String> out = new HashSet<>();
        Deque<String> todo = new ArrayDeque<>();
        todo.add(id);
        while (!todo.isEmpty()) {
            String c = todo.pop();
            if (out.add(c)) {
                todo.addAll(children.getOrDefault(c, List.of()));
            }
        }
        return out;
    }

    Collection<Category> all() {
        return byId.values();
    }
}
