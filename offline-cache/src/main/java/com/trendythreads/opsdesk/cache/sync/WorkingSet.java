package com.trendythreads.opsdesk.cache.sync;

import com.fasterxml.jackson.databind.JsonNode;
import com.trendythreads.opsdesk.cache.store.ResourceType;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Optional;

/// Which records stay local: the whole catalog, stock, locations, campaigns and codes, customers
/// and the reference data; orders, tickets and pick lists of the last N days.
final class WorkingSet {

    /// The date that decides whether a dated record is in the working set, per resource.
    static final Map<String, String> DATE_FIELD = Map.of(
            "order", "placedAt",
            "ticket", "createdAt",
            "pick_list", "createdAt");

    /// The same dates as table columns, for pruning.
    static final Map<String, String> DATE_COLUMN = Map.of(
            "order", "placed_at",
            "ticket", "created_at",
            "pick_list", "created_at");

    private WorkingSet() {
    }

    static boolean dated(ResourceType type) {
        return DATE_FIELD.containsKey(type.resource());
    }

    static boolean olderThan(ResourceType type, JsonNode doc, Instant cutoff) {
        return date(type, doc).map(d -> d.isBefore(cutoff)).orElse(false);
    }

    static Optional<Instant> date(ResourceType type, JsonNode doc) {
        String field = DATE_FIELD.get(type.resource());
        if (field == null || !doc.hasNonNull(field)) {
            return Optional.empty();
        }
        try {
            return Optional.of(Instant.parse(doc.get(field).asText()));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
