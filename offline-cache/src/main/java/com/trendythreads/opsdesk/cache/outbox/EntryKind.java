package com.trendythreads.opsdesk.cache.outbox;

/// What a queued edit does on the platform.
public enum EntryKind {
    /// `POST` to a list path; the entity has a local id until the platform answers.
    CREATE,
    /// `PATCH` with a merge patch, `If-Match` the base version.
    UPDATE,
    /// `POST .../{id}/<verb>` (cancel, ship, confirm a pick line, reply, …).
    ACTION,
    /// `DELETE`, `If-Match` the base version.
    DELETE,
    /// A signed stock delta (`POST v1/stock/adjustments`): never conflicts, two clients' deltas both count.
    ADJUST,
    /// `POST .../{id}/media` as multipart: an image whose bytes wait in `media_upload`; shows locally as a
    /// placeholder image appended to the product's media until the platform answers.
    UPLOAD,
    /// `POST` of a report about something done on this desk (lane audit: an export, `POST
    /// v1/audit-events/exports`); touches no local record, queued so that one made offline reaches the
    /// platform when back online, once (its idempotency key).
    REPORT
}
