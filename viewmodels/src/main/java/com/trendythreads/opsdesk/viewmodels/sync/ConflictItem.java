package com.trendythreads.opsdesk.viewmodels.sync;

import java.util.List;

/// One open conflict: the edit, why, and (for field conflicts) the colliding fields.
///
/// @param fieldConflict true when the user decides per field; false for a state conflict (retry/discard)
public record ConflictItem(long id, String description, String reason, boolean fieldConflict, List<Field> fields) {

    /// A field both sides changed: my value and the platform's, as text.
    public record Field(String path, String base, String mine, String theirs) {
    }
}
