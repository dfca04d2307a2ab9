package com.trendythreads.opsdesk.platform.http;

import io.javalin.config.Key;
import io.javalin.config.MultipartConfig;
import io.javalin.http.ContentType;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpStatus;
import io.javalin.http.UploadedFile;
import io.javalin.json.JsonMapper;
import io.javalin.plugin.ContextPlugin;
import io.javalin.router.Endpoint;
import io.javalin.router.Endpoints;
import io.javalin.security.RouteRole;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import java.util.stream.Stream;

/// One item of a batch as the [Context] its operation's handler expects: the item's method, path, path
/// parameters, `If-Match`, `Idempotency-Key` and JSON body; the batch request's other headers (client, request
/// id) and its attributes (the principal); and a response of its own (status, headers, body) that never
/// touches the batch's HTTP response.
///
/// Handlers read requests through a small part of Javalin's Context (path and query parameters, headers,
/// body, attributes) and answer through `status`/`header`/`json`/`result`; those are what this class answers.
/// What a batch item cannot be (multipart, streaming, redirects) throws, so a handler that needs it fails
/// loudly rather than writing into the batch's response.
final class SubRequest implements Context {

    private static final Set<String> ITEM_HEADERS = Set.of("if-match", "idempotency-key", "content-type",
            "content-length", "x-step-up-token");

    private final Context batch;
    private final HandlerType method;
    private final String path;
    private final Map<String, String> pathParams;
    private final Map<String, String> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    private final byte[] body;
    private final Map<String, Object> attributes;

    private int status = 200;
    private final Map<String, String> responseHeaders = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    private String result;

    SubRequest(Context batch, HandlerType method, String path, Map<String, String> pathParams, String ifMatch,
               String idempotencyKey, String body) {
        this.batch = batch;
        this.method = method;
        this.path = path;
        this.pathParams = Map.copyOf(pathParams);
        if (ifMatch != null) headers.put("If-Match", ifMatch);
        if (idempotencyKey != null) headers.put("Idempotency-Key", idempotencyKey);
        headers.put("Content-Type", ContentType.JSON);
        this.body = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
        headers.put("Content-Length", Integer.toString(this.body.length));
        this.attributes = new HashMap<>(batch.attributeMap());
    }

    /// The item's answer headers (`ETag`, `Idempotent-Replayed`, …).
    String responseHeader(String name) {
        return responseHeaders.get(name);
    }

    // --- the request ---

    @Override public HandlerType method() { return method; }
    @Override public String path() { return path; }
    @Override public String pathParam(String key) {
        String v = pathParams.get(key);
        if (v == null) throw new IllegalArgumentException("No path parameter '" + key + "' on " + path);
        return v;
    }
    @Override public Map<String, String> pathParamMap() { return pathParams; }
    @Override public String queryString() { return null; }
    @Override public Map<String, List<String>> queryParamMap() { return Map.of(); }
    @Override public String queryParam(String key) { return null; }
    @Override public List<String> queryParams(String key) { return List.of(); }
    @Override public Map<String, List<String>> formParamMap() { return Map.of(); }
    @Override public String formParam(String key) { return null; }
    @Override public List<String> formParams(String key) { return List.of(); }

    @Override public String header(String name) {
        if (headers.containsKey(name)) return headers.get(name);
        // The item's own headers are never the batch's (a batch's If-Match must not reach an item without one).
        return ITEM_HEADERS.contains(name.toLowerCase(java.util.Locale.ROOT)) ? null : batch.header(name);
    }
    @Override public Map<String, String> headerMap() {
        Map<String, String> all = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        batch.headerMap().forEach((k, v) -> {
            if (!ITEM_HEADERS.contains(k.toLowerCase(java.util.Locale.ROOT))) all.put(k, v);
        });
        all.putAll(headers);
        return all;
    }
    @Override public String contentType() { return ContentType.JSON; }
    @Override public int contentLength() { return body.length; }
    @Override public boolean isMultipart() { return false; }
    @Override public boolean isMultipartFormData() { return false; }
    @Override public boolean isFormUrlencoded() { return false; }
    @Override public boolean isJson() { return true; }
    @Override public byte[] bodyAsBytes() { return body; }
    @Override public String body() { return new String(body, StandardCharsets.UTF_8); }
    @Override public InputStream bodyInputStream() { return new ByteArrayInputStream(body); }
    @Override public <T> T bodyAsClass(Class<T> type) { return jsonMapper().fromJsonString(body(), type); }
    @Override public <T> T bodyAsClass(Type type) { return jsonMapper().fromJsonString(body(), type); }
    @Override public UploadedFile uploadedFile(String name) { return null; }
    @Override public List<UploadedFile> uploadedFiles(String name) { return List.of(); }
    @Override public List<UploadedFile> uploadedFiles() { return List.of(); }
    @Override public Map<String, List<UploadedFile>> uploadedFileMap() { return Map.of(); }

    @Override public void attribute(String key, Object value) {
        if (value == null) attributes.remove(key);
        else attributes.put(key, value);
    }
    @SuppressWarnings("unchecked")
    @Override public <T> T attribute(String key) { return (T) attributes.get(key); }
    @Override public Map<String, Object> attributeMap() { return Map.copyOf(attributes); }

    // --- the answer ---

    @Override public Context status(int code) {
        status = code;
        return this;
    }
    @Override public Context status(HttpStatus s) { return status(s.getCode()); }
    @Override public HttpStatus status() { return HttpStatus.forStatus(status); }
    @Override public int statusCode() { return status; }
    @Override public Context header(String name, String value) {
        responseHeaders.put(name, value);
        return this;
    }
    @Override public Context addHeader(String name, String value) { return header(name, value); }
    @Override public Context removeHeader(String name) {
        responseHeaders.remove(name);
        return this;
    }
    @Override public Context contentType(String type) { return header("Content-Type", type); }
    @Override public Context contentType(ContentType type) { return contentType(type.getMimeType()); }
    @Override public Context result(String text) {
        result = text;
        return this;
    }
    @Override public Context result(byte[] bytes) { return result(new String(bytes, StandardCharsets.UTF_8)); }
    @Override public Context result(InputStream in) {
        try (in) {
            return result(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
    @Override public String result() { return result; }
    @Override public InputStream resultInputStream() {
        return result == null ? null : new ByteArrayInputStream(result.getBytes(StandardCharsets.UTF_8));
    }
    @Override public Context json(Object obj) {
        return result(jsonMapper().toJsonString(obj, obj.getClass())).contentType(ContentType.JSON);
    }
    @Override public Context json(Object obj, Type type) {
        return result(jsonMapper().toJsonString(obj, type)).contentType(ContentType.JSON);
    }
    @Override public Context skipRemainingHandlers() { return this; }

    // --- the server: the batch's ---

    @Override public HttpServletRequest req() { return batch.req(); }
    @Override public Endpoints endpoints() { return batch.endpoints(); }
    @Override public Endpoint endpoint() { return batch.endpoint(); }
    @Override public <T> T appData(Key<T> key) { return batch.appData(key); }
    @Override public JsonMapper jsonMapper() { return batch.jsonMapper(); }
    @Override public <T> T with(Class<? extends ContextPlugin<?, T>> plugin) { return batch.with(plugin); }
    @Override public MultipartConfig multipartConfig() { return batch.multipartConfig(); }
    @Override public boolean strictContentTypes() { return batch.strictContentTypes(); }
    @Override public Set<RouteRole> routeRoles() { return batch.routeRoles(); }
    @Override public Context minSizeForCompression(int size) { return this; }

    // --- what a batch item cannot do ---

    @Override public HttpServletResponse res() { throw notInBatch("the raw response"); }
    @Override public ServletOutputStream outputStream() { throw notInBatch("an output stream"); }
    @Override public void future(Supplier<? extends CompletableFuture<?>> future) { throw notInBatch("an async answer"); }
    @Override public void redirect(String location, HttpStatus status) { throw notInBatch("a redirect"); }
    @Override public void writeJsonStream(Stream<?> stream) { throw notInBatch("a streamed answer"); }

    private static UnsupportedOperationException notInBatch(String what) {
        return new UnsupportedOperationException("A batch item cannot use " + what);
    }

    @Override public String toString() {
        return "SubRequest[" + method + " " + path + "]";
    }
}
