package com.trendythreads.opsdesk.cache.sync;

import com.fasterxml.jackson.databind.JsonNode;
import com.trendythreads.opsdesk.api.PlatformClient;
import com.trendythreads.opsdesk.api.service.ResourcesApi;
import com.trendythreads.opsdesk.cache.outbox.Paths;
import com.trendythreads.opsdesk.cache.store.ResourceType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/// Records outside the working set (an order from last year), read from the platform when a
/// screen asks and never stored, so the cache stays bounded. Needs the network; failures are
/// the api-client's typed `ApiProblem`s.
public final class RemoteLookup {

    private final ResourcesApi api;

    public RemoteLookup(PlatformClient client) {
        this.api = Objects.requireNonNull(client, "client").create(ResourcesApi.class);
    }

    /// Up to `limit` items of a list operation with the contract's filters (e.g. `customerId`, `to`).
    public List<JsonNode> list(ResourceType type, Map<String, String> filters, int limit) {
        List<JsonNode> out = new ArrayList<>();
        String cursor = null;
        do {
            Map<String, String> q = new HashMap<>(filters);
            q.put("limit", Integer.toString(Math.min(500, Math.max(1, limit - out.size()))));
            if (cursor != null) {
                q.put("cursor", cursor);
            }
            InitialSync.RawPage page = InitialSync.RawPage.of(api.list(type.listPath(), q));
            out.addAll(page.items());
            cursor = page.hasNext() ? page.nextCursor() : null;
        } while (cursor != null && out.size() < limit);
        return out.size() > limit ? out.subList(0, limit) : out;
    }

    /// One record by id.
    public JsonNode get(ResourceType type, String id) {
        return api.get(Paths.item(type, id)).body();
    }
}
