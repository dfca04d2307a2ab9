package com.trendythreads.opsdesk.api.error;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.trendythreads.opsdesk.api.http.RetryAfter;
import java.io.IOException;
import java.time.Clock;
import java.util.List;
import okhttp3.Request;
import okhttp3.Response;

/// Turns a non-2xx response into the matching [ApiProblem].
///
/// The status decides the class, the body only adds detail: a problem+json body fills in
/// [Problem], any other JSON object is read leniently, and HTML or garbage is ignored (a proxy's
/// error page must not turn a 502 into a parse error).
public final class ProblemMapper {

    private final ObjectMapper mapper;
    private final Clock clock;

    public ProblemMapper(ObjectMapper mapper, Clock clock) {
        this.mapper = mapper;
        this.clock = clock;
    }

    /// @param response the raw response (its own body may already be consumed)
    /// @param body     the error body's bytes, or `null`
    public ApiProblem map(Response response, byte[] body) {
        return map(response.code(), response.message(), parseJson(body), requestInfo(response),
                response.header("Retry-After"));
    }

    /// One item's failure inside a batch answer (`POST v1/batch`): the same class and detail the single
    /// request would have raised.
    ///
    /// @param json    the item's problem document, or `null`
    /// @param request the item's method and path, with the batch's request id
    public ApiProblem map(int status, JsonNode json, RequestInfo request) {
        return map(status, null, json != null && json.isObject() ? json : null, request, null);
    }

    private ApiProblem map(int status, String reason, JsonNode json, RequestInfo request, String retryAfter) {
        Problem problem = toProblem(json, status, reason);
        return switch (status) {
            case 400, 422 -> new ValidationProblem(status, problem, json, request);
            case 401 -> new Unauthorized(status, problem, json, request);
            case 403 -> new Forbidden(status, problem, json, request);
            case 404 -> new NotFound(status, problem, json, request);
            case 409 -> new Conflict(status, problem, json, request);
            case 412 -> new PreconditionFailed(status, problem, json, request);
            case 428 -> new PreconditionRequired(status, problem, json, request);
            case 429 -> new RateLimited(status, problem, json, request,
                    RetryAfter.parse(retryAfter, clock.instant()).orElse(null));
            case 502, 503, 504 -> new Unavailable(status, problem, json, request);
            default -> status >= 500
                    ? new ServerError(status, problem, json, request)
                    : new UnexpectedStatus(status, problem, json, request);
        };
    }

    /// Method, path and request id of the request that produced `response`.
    public static RequestInfo requestInfo(Response response) {
        Request request = response.request();
        String id = response.header("X-Request-Id");
        if (id == null) {
            id = request.header("X-Request-Id");
        }
        return new RequestInfo(request.method(), request.url().encodedPath(), id);
    }

    /// Method, path and request id of a request that got no response.
    public static RequestInfo requestInfo(Request request) {
        return new RequestInfo(request.method(), request.url().encodedPath(), request.header("X-Request-Id"));
    }

    private JsonNode parseJson(byte[] body) {
        if (body == null || body.length == 0) {
            return null;
        }
        try {
            JsonNode node = mapper.readTree(body);
            return node != null && node.isObject() ? node : null;
        } catch (IOException | RuntimeException notJson) {
            return null;
        }
    }

    private Problem toProblem(JsonNode json, int status, String reason) {
        if (json == null) {
            return Problem.ofStatus(status, reason == null || reason.isBlank() ? null : reason);
        }
        try {
            Problem p = mapper.treeToValue(json, Problem.class);
            if (p.status() == null || p.title() == null) {
                p = new Problem(p.type(), p.title() != null ? p.title() : oauthError(json, reason),
                        p.status() != null ? p.status() : status,
                        p.detail() != null ? p.detail() : text(json, "error_description"),
                        p.instance(), p.requestId(), p.errors(), p.currentVersion(), p.current());
            }
            return p;
        } catch (IOException | RuntimeException shapeMismatch) {
            // JSON, but not shaped like a problem (e.g. `errors` is a string): keep what we can.
            ObjectNode o = (ObjectNode) json;
            return new Problem(text(o, "type"), text(o, "title"), status, text(o, "detail"),
                    text(o, "instance"), text(o, "requestId"), List.of(), null, null);
        }
    }

    /// OAuth endpoints answer `{error, error_description}` (RFC 6749 §5.2) rather than problem+json.
    private static String oauthError(JsonNode json, String reason) {
        String error = text(json, "error");
        return error != null ? error : reason;
    }

    private static String text(JsonNode json, String field) {
        JsonNode n = json.get(field);
        return n == null || n.isNull() ? null : n.asText();
    }

}
