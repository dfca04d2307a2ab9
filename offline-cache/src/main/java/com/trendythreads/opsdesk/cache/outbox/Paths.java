package com.trendythreads.opsdesk.cache.outbox;

import com.trendythreads.opsdesk.cache.store.ResourceType;

/// Request paths of the contract for queued edits.
public final class Paths {

    private Paths() {
    }

    /// The item path of a resource with `{id}` for its id (`v1/products/{id}`).
    public static String item(ResourceType type) {
        return type.listPath() + "/{id}";
    }
}
