package com.trendythreads.opsdesk.platform.http;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import java.io.IOException;
import java.io.StringWriter;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/// `POST /v1/batch` (`applyBatch`): up to [#MAX_ITEMS] writes in one request, each run through the same
/// per-operation part of the [OperationPipeline] as if it had come alone (role, `Idempotency-Key`, body
/// against the contract, step-up refusal, the handler with its `If-Match` and idempotency store), in order,
/// on a [SubRequest]. The batch's token, rate limit, faults and JSON parsing happen once, before.
///
/// Not atomic: each item commits (or fails) on its own, and its answer — the problem document a single
/// request would have got, for a failure — goes in its slot.
final class BatchRoute implements Handler {

    static final String OPERATION_ID = "applyBatch";
    static final int MAX_ITEMS = 100;
    private static final Set<String> METHODS = Set.of("POST", "PATCH", "PUT", "DELETE");

    /// One contract operation a batch item may address, with its path template as a pattern.
    private record Route(Operation op, Handler handler, Pattern pattern, List<String> params) {

        static Route of(Operation op, Handler handler) {
            List<String> params = new ArrayList<>();
            Matcher m = Pattern.compile("\\{([^}]+)}").matcher(op.path());
            StringBuilder regex = new StringBuilder();
            int last = 0;
            while (m.find()) {
                regex.append(Pattern.quote(op.path().substring(last, m.start()))).append("([^/]+)");
                params.add(m.group(1));
                last = m.end();
            }
            regex.append(Pattern.quote(op.path().substring(last)));
            return new Route(op, handler, Pattern.compile(regex.toString()), List.copyOf(params));
        }
    }

    /// An item that passed the batch's own checks: its route (null: no operation at that path and method,
    /// answered in its slot like a single request would be), path parameters and body text.
    private record Item(String method, String path, Route route, Map<String, String> pathParams, String ifMatch,
                        String idempotencyKey, String body, int notFoundStatus) {
    }

    private final Map<Operation, Handler> handlers;
    private final OperationPipeline pipeline;
    private final Problems problems;
    private final ObjectMapper mapper;
    private volatile List<Route> routes;

    /// @param handlers every contract operation with the handler a single request reaches; read at the first
    ///                 batch, so it may still be filling while the routes are installed
    BatchRoute(Map<Operation, Handler> handlers, OperationPipeline pipeline, Problems problems, ObjectMapper mapper) {
        this.handlers = handlers;
        this.pipeline = pipeline;
        this.problems = problems;
        this.mapper = mapper;
    }

    private List<Route> routes() {
        List<Route> r = routes;
        if (r == null) {
            // Literal segments before parameters (`/v1/promo-codes/bulk` before `/v1/promo-codes/{code}`).
            r = handlers.entrySet().stream()
                    .filter(e -> e.getKey().path().startsWith("/v1/") && e.getKey().isStateChanging())
                    .map(e -> Route.of(e.getKey(), e.getValue()))
                    .sorted(Comparator.comparingInt(route -> route.params().size()))
                    .toList();
            routes = r;
        }
        return r;
    }

    @Override
    public void handle(Context ctx) throws Exception {
        List<Item> items = parse(ctx);
        StringWriter out = new StringWriter(256 * items.size());
        try (JsonGenerator json = mapper.getFactory().createGenerator(out)) {
            json.writeStartObject();
            json.writeArrayFieldStart("responses");
            for (Item item : items) {
                SubRequest sub = new SubRequest(ctx, HandlerType.findOrCreate(item.method()), item.path(), item.pathParams(),
                        item.ifMatch(), item.idempotencyKey(), item.body());
                try {
                    run(sub, item);
                } catch (Exception e) {
                    problems.write(sub, problems.toApiError(e, sub));
                }
                write(json, sub);
            }
            json.writeEndArray();
            json.writeEndObject();
        }
        ctx.status(200).contentType("application/json").result(out.toString());
    }

    private void run(SubRequest sub, Item item) throws Exception {
        Route route = item.route();
        if (route == null) {
            throw item.notFoundStatus() == 405
                    ? new ApiError(405, "method-not-allowed", "Method not allowed",
                            item.method() + " is not an operation of " + item.path())
                    : ApiError.notFound("No operation at " + item.path());
        }
        if (route.op().raw() != null && route.op().raw().has("x-step-up")) {
            // Its step-up token is single-use and proves one action: the desk sends such an operation alone.
            throw ApiError.unprocessable("step-up-not-batchable", "Operation '" + route.op().operationId()
                    + "' may need a step-up (x-step-up) and is not accepted in a batch; send it alone")
                    .withError("path", "is a step-up operation");
        }
        pipeline.apply(sub, route.op(), route.handler());
    }

    private static void write(JsonGenerator json, SubRequest sub) throws IOException {
        json.writeStartObject();
        json.writeNumberField("status", sub.statusCode());
        String etag = sub.responseHeader("ETag");
        if (etag != null) json.writeStringField("etag", etag);
        if ("true".equals(sub.responseHeader("Idempotent-Replayed"))) json.writeBooleanField("replayed", true);
        String body = sub.result();
        // Handlers answer JSON text already (and the idempotency store keeps it as such): embedded as it is.
        if (body != null && !body.isBlank()) {
            json.writeFieldName("body");
            json.writeRawValue(body);
        }
        json.writeEndObject();
    }

    /// The batch's own checks, all before any item runs: a batch that breaks them applies nothing.
    private List<Item> parse(Context ctx) {
        JsonNode root = Json.readTree(ctx, mapper);
        JsonNode requests = root.get("requests");
        if (requests == null || !requests.isArray() || requests.isEmpty() || requests.size() > MAX_ITEMS) {
            throw ApiError.badRequest("invalid-batch", "A batch holds 1 to " + MAX_ITEMS + " requests")
                    .withError("requests", "must be an array of 1 to " + MAX_ITEMS + " requests");
        }
        List<FieldError> errors = new ArrayList<>();
        List<Item> items = new ArrayList<>(requests.size());
        for (int i = 0; i < requests.size(); i++) {
            String at = "requests[" + i + "]";
            JsonNode r = requests.get(i);
            if (!r.isObject()) {
                need(errors, false, at, "must be an object");
                continue;
            }
            String method = text(r, "method");
            String path = text(r, "path");
            String key = text(r, "idempotencyKey");
            String ifMatch = text(r, "ifMatch");
            JsonNode body = r.get("body");
            boolean ok = need(errors, method != null && METHODS.contains(method), at + ".method",
                    "must be one of POST, PATCH, PUT, DELETE (reads are not batched)");
            ok &= need(errors, path != null && path.startsWith("/v1/") && !path.contains("?") && !path.contains("#"),
                    at + ".path", "must be a /v1/ path without a query");
            ok &= need(errors, key != null && !key.isBlank(), at + ".idempotencyKey", "is required");
            ok &= need(errors, key == null || key.length() <= OperationPipeline.MAX_IDEMPOTENCY_KEY_LENGTH,
                    at + ".idempotencyKey", "must be at most " + OperationPipeline.MAX_IDEMPOTENCY_KEY_LENGTH + " characters");
            ok &= need(errors, body == null || body.isNull() || body.isObject(), at + ".body", "must be a JSON object");
            if (!ok) continue;
            Item item = resolve(method, path, ifMatch, key, body == null || body.isNull() ? null : write(body));
            Route route = item.route();
            if (route != null) {
                Operation op = route.op();
                need(errors, !OPERATION_ID.equals(op.operationId()), at + ".path", "a batch cannot hold a batch");
                need(errors, !isMultipart(op), at + ".path", "uploads (multipart) are sent alone");
                need(errors, !op.isPublic(), at + ".path", "sign-in and other public operations are sent alone");
            }
            items.add(item);
        }
        if (!errors.isEmpty()) {
            throw ApiError.badRequest("invalid-batch", "The batch holds requests it cannot carry; nothing was applied")
                    .withErrors(errors);
        }
        return items;
    }

    private static final Pattern CARRIED_PATH = Pattern.compile("\"path\"\\s*:\\s*\"([^\"]*)\"");

    /// The item paths of a batch body, read without parsing it (before it is known to be JSON), for fault
    /// injection only: a `"path"` member inside an item's body counts too, which a test's fault can live with.
    static List<String> carriedPaths(String body) {
        List<String> paths = new ArrayList<>();
        Matcher m = CARRIED_PATH.matcher(body);
        while (m.find()) paths.add(m.group(1));
        return paths;
    }

    private static boolean need(List<FieldError> errors, boolean ok, String field, String message) {
        if (!ok) errors.add(new FieldError(field, message));
        return ok;
    }

    private Item resolve(String method, String path, String ifMatch, String key, String body) {
        boolean pathKnown = false;
        for (Route route : routes()) {
            Matcher m = route.pattern().matcher(path);
            if (!m.matches()) continue;
            pathKnown = true;
            if (!route.op().method().name().equals(method)) continue;
            Map<String, String> params = new LinkedHashMap<>();
            for (int g = 0; g < route.params().size(); g++) {
                params.put(route.params().get(g), URLDecoder.decode(m.group(g + 1), StandardCharsets.UTF_8));
            }
            return new Item(method, path, route, params, ifMatch, key, body, 0);
        }
        return new Item(method, path, null, Map.of(), ifMatch, key, body, pathKnown ? 405 : 404);
    }

    private static boolean isMultipart(Operation op) {
        return op.raw() != null && op.raw().path("requestBody").path("content").has("multipart/form-data");
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || !v.isTextual() ? null : v.asText();
    }

    private String write(JsonNode body) {
        try {
            return mapper.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A parsed JSON body does not serialize", e);
        }
    }
}
