package com.trendythreads.opsdesk.api.error;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Objects;

/// Every way a platform call can fail, as one sealed hierarchy so callers can `switch` over it.
///
/// HTTP errors are built from the RFC 9457 problem+json body when there is one and from the
/// status alone otherwise (an HTML 502 from a proxy still becomes [Unavailable]). Transport
/// failures are [NetworkDown], undecodable success bodies [MalformedResponse]. Every problem
/// names the request (method, path, `X-Request-Id`) so a log line can be matched with the
/// platform's logs.
public abstract sealed class ApiProblem extends RuntimeException
        permits ValidationProblem, Unauthorized, Forbidden, NotFound, Conflict, PreconditionFailed,
                PreconditionRequired, RateLimited, Unavailable, ServerError, UnexpectedStatus,
                NetworkDown, MalformedResponse {

    private final int status;
    private final Problem problem;
    private final JsonNode body;
    private final RequestInfo request;

    protected ApiProblem(String message, int status, Problem problem, JsonNode body, RequestInfo request,
            Throwable cause) {
        super(message, cause);
        this.status = status;
        this.problem = Objects.requireNonNull(problem, "problem");
        this.body = body;
        this.request = Objects.requireNonNull(request, "request");
    }

    /// The HTTP status, or 0 when no response arrived ([NetworkDown]).
    public int status() {
        return status;
    }

    /// The problem details; synthesized from the status when the body was not problem+json.
    public Problem problem() {
        return problem;
    }

    /// The error body as JSON (all members, including extensions), or `null` when it was not JSON.
    public JsonNode body() {
        return body;
    }

    public RequestInfo request() {
        return request;
    }

    /// The request id from the problem body, else the response header, else the one we sent.
    public String requestId() {
        return problem.requestId() != null ? problem.requestId() : request.requestId();
    }

    public String method() {
        return request.method();
    }

    public String path() {
        return request.path();
    }

    public String title() {
        return problem.title();
    }

    public String detail() {
        return problem.detail();
    }

    /// `true` when trying the same request again later may succeed without any change by the user
    /// (network down, platform unavailable, rate limited). The HTTP stack has already retried
    /// what it safely could; this is for a sync engine deciding whether to keep an outbox entry.
    public boolean isTransient() {
        return this instanceof NetworkDown || this instanceof Unavailable || this instanceof RateLimited;
    }

    static String describe(String what, RequestInfo request, Problem problem) {
        StringBuilder sb = new StringBuilder(what);
        if (problem.detail() != null && !problem.detail().isBlank()) {
            sb.append(": ").append(problem.detail());
        } else if (problem.title() != null && !problem.title().isBlank()) {
            sb.append(": ").append(problem.title());
        }
        sb.append(" (").append(request).append(')');
        return sb.toString();
    }
}
