package com.trendythreads.opsdesk.cache.outbox;

import com.trendythreads.opsdesk.cache.store.ResourceType;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/// Request paths of the contract for queued edits.
public final class Paths {

    private Paths() {
    }

    /// The item path of a resource with `{id}` for its id (`v1/products/{id}`).
    public static String item(ResourceType type) {
        return type.listPath() + "/{id}";
    }

    /// The item path of one entity, its id encoded as a path segment.
    public static String item(ResourceType type, String id) {
        return withId(item(type), id);
    }

    /// A path template with `{id}` filled in, encoded as a path segment.
    public static String withId(String template, String id) {
        return template.replace("{id}", URLEncoder.encode(id, StandardCharsets.UTF_8).replace("+", "%20"));
    }
}
