package com.trendythreads.opsdesk.platform.http;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/// The one exception type the server turns into an RFC 9457 `application/problem+json` answer.
///
/// Throw it from anywhere in a handler (or a write function, which then rolls back). The problem's
/// `type` is [#TYPE_BASE] + a slug, so clients can switch on the slug. Extra members (e.g. `currentVersion`)
/// and response headers (e.g. `Retry-After`) ride along.
public class ApiError extends RuntimeException {

    /// Problem types are `TYPE_BASE + slug`, e.g. `https://api.trendythreads.example/problems/validation-failed`.
    public static final String TYPE_BASE = "https://api.trendythreads.example/problems/";

    private final int status;
    private final String slug;
    private final String title;
    private final List<FieldError> errors = new ArrayList<>();
    private final Map<String, Object> members = new LinkedHashMap<>();
    private final Map<String, String> headers = new LinkedHashMap<>();

    public ApiError(int status, String slug, String title, String detail) {
        // Expected outcomes, not bugs: no stack trace to fill (they are frequent under load tests).
        super(detail, null, false, false);
        this.status = status;
        this.slug = slug;
        this.title = title;
    }

    public int status() { return status; }
    public String slug() { return slug; }
    public String type() { return TYPE_BASE + slug; }
    public String title() { return title; }
    public String detail() { return getMessage(); }
    public List<FieldError> errors() { return List.copyOf(errors); }
    public Map<String, Object> members() { return Map.copyOf(members); }
    public Map<String, String> headers() { return Map.copyOf(headers); }

    public ApiError withError(String field, String message) {
        errors.add(new FieldError(field, message));
        return this;
    }

    public ApiError withErrors(List<FieldError> more) {
        errors.addAll(more);
        return this;
    }

    /// Adds an extension member to the problem body (RFC 9457 §3.2), e.g. `currentVersion`.
    public ApiError with(String member, Object value) {
        members.put(member, value);
        return this;
    }

    public ApiError withHeader(String name, String value) {
        headers.put(name, value);
        return this;
    }

    public static ApiError badRequest(String slug, String detail) {
        return new ApiError(400, slug, "Bad request", detail);
    }

    /// A query/path parameter is not acceptable (unknown enum value, not a number, out of range).
    public static ApiError invalidParameter(String name, String message) {
        return new ApiError(400, "invalid-parameter", "Invalid parameter", "Parameter '" + name + "' " + message)
                .withError(name, message);
    }

    public static ApiError missingHeader(String name) {
        return new ApiError(400, "missing-header", "Missing header", "Header '" + name + "' is required")
                .withError(name, "is required");
    }

    public static ApiError unauthorized(String detail) {
        return new ApiError(401, "unauthorized", "Unauthorized", detail)
                .withHeader("WWW-Authenticate", "Bearer realm=\"opsdesk\"");
    }

    public static ApiError forbidden(String detail) {
        return new ApiError(403, "forbidden", "Forbidden", detail);
    }

    public static ApiError notFound(String detail) {
        return new ApiError(404, "not-found", "Not found", detail);
    }

    public static ApiError conflict(String slug, String detail) {
        return new ApiError(409, slug, "Conflict", detail);
    }

    public static ApiError unprocessable(String slug, String detail) {
        return new ApiError(422, slug, "Unprocessable content", detail);
    }

    public static ApiError tooManyRequests(long retryAfterSeconds, String detail) {
        return new ApiError(429, "rate-limited", "Too many requests", detail)
                .withHeader("Retry-After", Long.toString(Math.max(1, retryAfterSeconds)));
    }

    public static ApiError notImplemented(String operationId) {
        return new ApiError(501, "not-implemented", "Not implemented",
                "Operation '" + operationId + "' is in the contract but the demo platform does not implement it yet");
    }
}
