package com.trendythreads.opsdesk.cache.outbox;

/// Where a queued edit stands.
public enum EntryStatus {
    /// Waiting to be sent (or to be sent again after a network failure or 5xx).
    PENDING,
    /// The platform refused it (validation, permission, gone); the user edits, retries or discards it.
    FAILED,
    /// The entity changed on the platform meanwhile and fields collide; the user decides per field.
    CONFLICT
}
