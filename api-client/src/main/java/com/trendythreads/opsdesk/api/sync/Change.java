package com.trendythreads.opsdesk.api.sync;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;

/// One entry of the change feed (`/v1/changes`, `/v1/events`).
///
/// @param token    position in the feed; resume after it with `since=` or `Last-Event-ID`
/// @param resource resource kind, e.g. `product`, `order`
/// @param id       the resource id
/// @param op       `upsert`, `delete` or `erase`
/// @param version  the resource's version after the change
/// @param at       when it committed
/// @param data     the resource after the change (masked for the caller's role); `null` for
///                 delete and erase
public record Change(String token, String resource, String id, String op, long version, Instant at, JsonNode data) {

    @JsonIgnore // derived, not part of the wire format
    public boolean isUpsert() {
        return "upsert".equals(op);
    }

    /// `delete` or `erase`: the local copy must go.
    @JsonIgnore
    public boolean isRemoval() {
        return "delete".equals(op) || "erase".equals(op);
    }

    /// [#data()] as a DTO, or `null` when there is none.
    public <T> T dataAs(Class<T> type, ObjectMapper mapper) throws JsonProcessingException {
        return data == null || data.isNull() ? null : mapper.treeToValue(data, type);
    }
}
