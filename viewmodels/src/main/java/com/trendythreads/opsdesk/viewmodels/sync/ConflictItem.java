package com.trendythreads.opsdesk.viewmodels.sync;

import com.fasterxml.jackson.databind.JsonNode;
import com.trendythreads.opsdesk.cache.outbox.Conflicts;
import java.util.List;

/// One open conflict: the edit, why, and (for field conflicts) the colliding fields.
///
/// @param fieldConflict true when the user decides per field; false for a state conflict (retry/discard)
public record ConflictItem(long id, String description, String reason, boolean fieldConflict, List<Field> fields) {

    /// A field both sides changed: my value and the platform's, as text.
    public record Field(String path, String base, String mine, String theirs) {
    }

    /// The item for an open conflict (the sync workspace's list and the product editor's banner).
    public static ConflictItem of(Conflicts.OpenConflict c) {
        List<Field> fields = c.fields().stream()
                .map(f -> new Field(f.path(), text(f.base()), text(f.mine()), text(f.theirs()))).toList();
        return new ConflictItem(c.id(), c.description() == null ? c.resource() + " " + c.entityId() : c.description(),
                c.reason() == null ? "" : c.reason(), "FIELDS".equals(c.kind()), fields);
    }

    private static String text(JsonNode n) {
        return n == null || n.isNull() ? "—" : n.isTextual() ? n.asText() : n.toString();
    }
}
