package com.trendythreads.opsdesk.cache.sync;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.trendythreads.opsdesk.api.IdempotencyKeys;
import com.trendythreads.opsdesk.api.PlatformClient;
import com.trendythreads.opsdesk.api.service.ResourcesApi;
import com.trendythreads.opsdesk.cache.store.ResourceType;
import java.util.List;
import java.util.Map;

/// Small helpers shared by the sync tests: local rows, the platform's truth, and writes made by
/// "another client" straight against the platform.
final class SyncFixtures {

    private SyncFixtures() {
    }

    /// `doc` with every timestamp cut to microseconds, for comparing the cache with the platform: the
    /// demo platform answers a write with nanosecond `updatedAt` but stores (and lists) microseconds,
    /// so one version of a resource has two spellings there.
    static JsonNode comparable(JsonNode doc) {
        if (doc == null) {
            return null;
        }
        JsonNode copy = doc.deepCopy();
        normalise(copy);
        return copy;
    }

    private static void normalise(JsonNode node) {
        if (node instanceof ObjectNode o) {
            for (var it = o.properties().iterator(); it.hasNext();) {
                var e = it.next();
                if (e.getValue().isTextual() && e.getValue().asText().matches("\\d{4}-\\d\\d-\\d\\dT.*Z")) {
                    try {
                        java.time.Instant t = java.time.Instant.parse(e.getValue().asText());
                        long micros = Math.round(t.getNano() / 1000.0);
                        e.setValue(JsonNodeFactory.instance.textNode(
                                t.truncatedTo(java.time.temporal.ChronoUnit.SECONDS).plusNanos(micros * 1000)
                                        .toString()));
                    } catch (java.time.format.DateTimeParseException ignored) {
                        // not a timestamp after all
                    }
                } else {
                    normalise(e.getValue());
                }
            }
        } else if (node != null && node.isArray()) {
            node.forEach(SyncFixtures::normalise);
        }
    }

    static ObjectNode obj() {
        return JsonNodeFactory.instance.objectNode();
    }

    /// The row a screen would read, or `null`.
    static JsonNode local(TestPlatform.Client c, ResourceType type, String id) {
        return c.db().read(h -> c.tables().get(h, type, id)).orElse(null);
    }

    static List<JsonNode> localAll(TestPlatform.Client c, ResourceType type) {
        return c.db().read(h -> h.createQuery("SELECT doc FROM " + type.table() + " ORDER BY id")
                .mapTo(String.class).map(SyncFixtures::parse).list());
    }

    static JsonNode parse(String json) {
        try {
            return com.trendythreads.opsdesk.api.Json.mapper().readTree(json);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static JsonNode platformProduct(PlatformClient api, String id) {
        return TestPlatform.get(api, "v1/products/" + id);
    }

    static JsonNode platformStock(PlatformClient api, String locationId, String sku) {
        return TestPlatform.all(api, "v1/stock", Map.of("locationId", locationId, "sku", sku)).getFirst();
    }

    /// Tickets an agent may still reply to (the seed's statuses depend on the day it runs).
    static List<JsonNode> replyableTickets(PlatformClient api) {
        return TestPlatform.all(api, "v1/tickets", Map.of()).stream()
                .filter(t -> !"CLOSED".equals(t.path("status").asText())).toList();
    }

    static String ifMatch(JsonNode doc) {
        return "\"" + doc.get("version").asLong() + "\"";
    }

    /// Another client's merge patch, based on the platform's current version.
    static JsonNode patchOnPlatform(PlatformClient api, String path, ObjectNode patch) {
        ResourcesApi r = api.create(ResourcesApi.class);
        JsonNode now = r.get(path).body();
        return r.patch(path, ifMatch(now), IdempotencyKeys.newKey(), patch).body();
    }

    static JsonNode postOnPlatform(PlatformClient api, String path, JsonNode body) {
        return api.create(ResourcesApi.class).post(path, null, IdempotencyKeys.newKey(), body).body();
    }
}
