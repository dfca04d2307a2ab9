package com.trendythreads.opsdesk.api;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalLong;
import okhttp3.Headers;

/// A successful response with its status and headers, for an endpoint declared as returning
/// `ApiResponse<T>` (e.g. to see whether the platform replayed an idempotent answer).
public final class ApiResponse<T> {

    private final T body;
    private final int status;
    private final Headers headers;

    public ApiResponse(T body, int status, Headers headers) {
        this.body = body;
        this.status = status;
        this.headers = Objects.requireNonNull(headers, "headers");
    }

    /// The decoded body; `null` for 204 or a `Void` body.
    public T body() {
        return body;
    }

    public int status() {
        return status;
    }

    /// The first value of a header (case-insensitive name), or `null`.
    public String header(String name) {
        return headers.get(name);
    }

    /// All headers, names lower-cased.
    public Map<String, List<String>> headers() {
        return headers.toMultimap();
    }

    /// `true` when the platform answered a repeated `Idempotency-Key` with its stored first answer.
    public boolean idempotentReplayed() {
        return "true".equalsIgnoreCase(headers.get("Idempotent-Replayed"));
    }

    public String etag() {
        return headers.get("ETag");
    }

    /// The version from the ETag, empty when there is none.
    public OptionalLong version() {
        return ETags.version(etag());
    }

    public String requestId() {
        return headers.get("X-Request-Id");
    }

    @Override
    public String toString() {
        return "ApiResponse[status=" + status + ", body=" + body + "]";
    }
}
