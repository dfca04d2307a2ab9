package com.trendythreads.opsdesk.platform.writes;

import java.util.LinkedHashMap;
import java.util.Map;

/// What a write function answers: status, body (serialized to JSON inside the transaction, so the idempotency
/// record holds exactly what the client got) and headers (`ETag`, `Location`).
public record WriteResult(int status, Object body, Map<String, String> headers) {

    public WriteResult {
        headers = Map.copyOf(headers);
    }

    public static WriteResult ok(Object body) {
        return new WriteResult(200, body, Map.of());
    }

    public static WriteResult created(Object body, String location) {
        return new WriteResult(201, body, Map.of("Location", location));
    }

    public static WriteResult noContent() {
        return new WriteResult(204, null, Map.of());
    }

    public WriteResult withHeader(String name, String value) {
        Map<String, String> copy = new LinkedHashMap<>(headers);
        copy.put(name, value);
        return new WriteResult(status, body, copy);
    }

    /// Sets `ETag: "<version>"`.
    public WriteResult withEtag(long version) {
        return withHeader("ETag", com.trendythreads.opsdesk.platform.http.Etags.format(version));
    }
}
