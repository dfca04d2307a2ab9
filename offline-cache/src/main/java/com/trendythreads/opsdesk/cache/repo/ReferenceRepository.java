package com.trendythreads.opsdesk.cache.repo;

import com.trendythreads.opsdesk.api.dto.campaigns.Segment;
import com.trendythreads.opsdesk.api.dto.catalog.Category;
import com.trendythreads.opsdesk.api.dto.common.User;
import com.trendythreads.opsdesk.api.dto.crm.Macro;
import com.trendythreads.opsdesk.api.dto.inventory.Location;
import com.trendythreads.opsdesk.cache.store.CacheDatabase;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/// The small reference lists every screen uses: categories, locations, users, segments, macros.
public final class ReferenceRepository extends Documents {

    @Inject
    public ReferenceRepository(CacheDatabase db) {
        super(db, Set.of("categories", "locations", "users", "segments", "macros"));
    }

    public List<Category> categories() {
        return list(Category.class, "SELECT doc FROM categories ORDER BY name, id", Map.of());
    }

    public Optional<Category> category(String id) {
        return one(Category.class, "SELECT doc FROM categories WHERE id = :id", Map.of("id", id));
    }

    /// The direct children of `parentId` (null: the top level).
    public List<Category> childCategories(String parentId) {
        return parentId == null
                ? list(Category.class, "SELECT doc FROM categories WHERE parent_id IS NULL ORDER BY name, id", Map.of())
                : list(Category.class, "SELECT doc FROM categories WHERE parent_id = :p ORDER BY name, id", Map.of("p", parentId));
    }

    public List<Location> locations() {
        return list(Location.class, "SELECT doc FROM locations ORDER BY id", Map.of());
    }

    public Optional<Location> location(String id) {
        return one(Location.class, "SELECT doc FROM locations WHERE id = :id", Map.of("id", id));
    }

    public List<User> users() {
        return list(User.class, "SELECT doc FROM users ORDER BY username, id", Map.of());
    }

    public Optional<User> user(String id) {
        return one(User.class, "SELECT doc FROM users WHERE id = :id", Map.of("id", id));
    }

    public Optional<User> userByUsername(String username) {
        return one(User.class, "SELECT doc FROM users WHERE username = :u", Map.of("u", username));
    }

    public List<Segment> segments() {
        return list(Segment.class, "SELECT doc FROM segments ORDER BY name, id", Map.of());
    }

    public List<Macro> macros() {
        return list(Macro.class, "SELECT doc FROM macros ORDER BY name, id", Map.of());
    }
}
