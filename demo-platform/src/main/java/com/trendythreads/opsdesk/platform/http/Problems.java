package com.trendythreads.opsdesk.platform.http;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/// Renders every failure as RFC 9457 `application/problem+json`:
/// `{type, title, status, detail, instance, requestId, errors[]}` plus extension members.
public final class Problems {

    private static final Logger log = LoggerFactory.getLogger(Problems.class);
    public static final String CONTENT_TYPE = "application/problem+json";

    private final ObjectMapper mapper;

    public Problems(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /// Registers the exception mappers: [ApiError] as is; Jackson failures (a handler used ctx.bodyAsClass)
    /// → 400 malformed-json; Javalin's own HTTP exceptions (404 for unknown paths, …) → a problem of their
    /// status; anything else → 500 with the request id, logged, never a stack trace in the body.
    public void install(RoutesConfig routes) {
        routes.exception(ApiError.class, (e, ctx) -> write(ctx, e));
        routes.exception(JacksonException.class, (e, ctx) -> write(ctx, Json.malformed(e)));
        routes.exception(HttpResponseException.class, (e, ctx) -> write(ctx, fromJavalin(e)));
        routes.exception(Exception.class, (e, ctx) -> write(ctx, toApiError(e, ctx)));
    }

    /// The problem a failure of `ctx`'s handler becomes, for a single request and for each item of a batch.
    public ApiError toApiError(Exception e, Context ctx) {
        if (e instanceof ApiError api) return api;
        if (e instanceof JacksonException jackson) return Json.malformed(jackson);
        if (e instanceof HttpResponseException http) return fromJavalin(http);
        JacksonException jackson = jacksonCause(e);
        if (jackson != null) return Json.malformed(jackson);
        log.error("Unexpected failure in {} {} (request {})", ctx.method(), ctx.path(), RequestIds.of(ctx), e);
        return new ApiError(500, "internal-error", "Internal server error",
                "An unexpected error occurred; quote request id " + RequestIds.of(ctx) + " when reporting it");
    }

    private static JacksonException jacksonCause(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof JacksonException j) return j;
            if (t.getCause() == t) break;
        }
        return null;
    }

    private static ApiError fromJavalin(HttpResponseException e) {
        return switch (e.getStatus()) {
            case 404 -> ApiError.notFound(e.getMessage());
            case 405 -> new ApiError(405, "method-not-allowed", "Method not allowed", e.getMessage());
            default -> new ApiError(e.getStatus(), "http-" + e.getStatus(), e.getMessage(), e.getMessage());
        };
    }

    public void write(Context ctx, ApiError e) {
        ObjectNode body = mapper.createObjectNode();
        body.put("type", e.type());
        body.put("title", e.title());
        body.put("status", e.status());
        body.put("detail", e.detail());
        body.put("instance", ctx.path());
        body.put("requestId", RequestIds.of(ctx));
        ArrayNode errors = body.putArray("errors");
        e.errors().forEach(fe -> errors.addObject().put("field", fe.field()).put("message", fe.message()));
        for (Map.Entry<String, Object> m : e.members().entrySet()) {
            body.set(m.getKey(), mapper.valueToTree(m.getValue()));
        }
        e.headers().forEach(ctx::header);
        ctx.header(RequestIds.HEADER, RequestIds.of(ctx));
        try {
            ctx.status(e.status()).contentType(CONTENT_TYPE).result(mapper.writeValueAsString(body));
        } catch (JsonProcessingException ex) {
            throw new IllegalStateException("Cannot serialize a problem", ex);
        }
    }
}
