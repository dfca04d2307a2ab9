package com.trendythreads.opsdesk.cache.merge;

import com.fasterxml.jackson.databind.JsonNode;

/// One field both sides changed to different values.
///
/// @param path   dotted path of the field (`priceCents`, `attributes.material`)
/// @param base   the value both edits started from (`null` when absent)
/// @param mine   the local edit's value (`null` = the edit removes it)
/// @param theirs the platform's current value (`null` when absent)
public record FieldConflict(String path, JsonNode base, JsonNode mine, JsonNode theirs) {
}
