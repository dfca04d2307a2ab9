package com.trendythreads.opsdesk.cache.outbox;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;

/// One local edit waiting for the platform.
///
/// @param seq            order of entry; entries of one entity are sent in this order
/// @param resource       change-feed resource name (`product`, `stock`, …)
/// @param entityId       the entity's id (a `local-…` id for an unacknowledged create)
/// @param path           request path relative to the base URL; `{id}` stands for the entity id
/// @param payload        the JSON body sent
/// @param localPatch     how the edit shows in the local view until the platform confirms it
/// @param idempotencyKey created once with the entry and sent on every attempt, so a retry after
///                       a lost answer or a crash is applied once
/// @param ifMatch        whether the request carries `If-Match` with the entity's base version
/// @param lastStatus     the HTTP status of the last attempt (0 = no answer)
/// @param lastError      the platform's reason for a failure or conflict, for the user
/// @param firstSentAt    when it was first sent without a definite answer (it may be on the platform since),
///                       null if never, or since the user sent it again by hand
public record OutboxEntry(long seq, String resource, String entityId, EntryKind kind, String method, String path,
        JsonNode payload, JsonNode localPatch, String idempotencyKey, boolean ifMatch, EntryStatus status,
        int attempts, Instant nextAttemptAt, Integer lastStatus, String lastError, String description,
        Instant createdAt, Instant firstSentAt) {

    /// The path with the entity id filled in.
    public String resolvedPath(String id) {
        return Paths.withId(path, id);
    }
}
