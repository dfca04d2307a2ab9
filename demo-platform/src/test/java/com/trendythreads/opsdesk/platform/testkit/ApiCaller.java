package com.trendythreads.opsdesk.platform.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.trendythreads.opsdesk.platform.testkit.ContractValidator.Exchange;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/// A plain HTTP caller for platform tests that checks every response against `openapi.yaml`.
///
/// It deliberately does not use the api-client: these tests pin down the wire (status, headers,
/// problem bodies) that any client, including a generated one, relies on. Every response is
/// validated against the contract, so a test that only asserts a status still proves the body's
/// shape. Bad-input tests send invalid requests on purpose, so a request is checked only when the
/// server accepted it (2xx): accepting what the contract forbids is a server bug.
public final class ApiCaller {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http;
    private final URI base;
    private final ContractValidator contract;
    private final String token;

    public ApiCaller(URI base, ContractValidator contract) {
        this(HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build(), base, contract, null);
    }

    private ApiCaller(HttpClient http, URI base, ContractValidator contract, String token) {
        this.http = http;
        this.base = base;
        this.contract = contract;
        this.token = token;
    }

    /// The same caller sending `Authorization: Bearer <token>`.
    public ApiCaller withToken(String accessToken) {
        return new ApiCaller(http, base, contract, accessToken);
    }

    /// Signs in with the password grant and returns a caller holding the access token.
    public ApiCaller signIn(String username, String password) {
        Resp r = form("/oauth/token", Map.of("grant_type", "password", "username", username, "password", password));
        if (r.status() != 200) {
            throw new AssertionError("sign-in of " + username + " failed: " + r.status() + " " + r.body());
        }
        return withToken(r.json().path("access_token").asText());
    }

    /// Lane access: steps up with the demo password and returns `more` headers plus `X-Step-Up-Token` (fresh,
    /// single-use), for one call of an operation marked `x-step-up`.
    public String[] stepUp(String... more) {
        Resp r = post("/oauth/step-up", Map.of("password", "demo"));
        if (r.status() != 200) {
            throw new AssertionError("step-up failed: " + r.status() + " " + r.body());
        }
        String[] headers = java.util.Arrays.copyOf(more, more.length + 2);
        headers[more.length] = "X-Step-Up-Token";
        headers[more.length + 1] = r.json().path("stepUpToken").asText();
        return headers;
    }

    public Resp get(String pathAndQuery, String... headers) {
        return send("GET", pathAndQuery, null, null, headers);
    }

    /// POST with a JSON body and a fresh Idempotency-Key (unless `headers` give one).
    public Resp post(String path, Object body, String... headers) {
        return send("POST", path, "application/json", toJson(body), withKey(headers));
    }

    /// PATCH with a JSON body and a fresh Idempotency-Key (unless `headers` give one).
    public Resp patch(String path, Object body, String... headers) {
        return send("PATCH", path, "application/json", toJson(body), withKey(headers));
    }

    public Resp put(String path, Object body, String... headers) {
        return send("PUT", path, "application/json", toJson(body), headers);
    }

    public Resp delete(String path, String... headers) {
        return send("DELETE", path, null, null, withKey(headers));
    }

    public Resp form(String path, Map<String, String> fields) {
        String body = fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return send("POST", path, "application/x-www-form-urlencoded", body);
    }

    /// Sends exactly what it is given: `body` may be any text (malformed JSON included), `headers`
    /// are name/value pairs.
    public Resp send(String method, String pathAndQuery, String contentType, String body, String... headers) {
        URI uri = base.resolve(pathAndQuery);
        HttpRequest.Builder b = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30));
        Map<String, List<String>> sent = new LinkedHashMap<>();
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
            sent.put("Authorization", List.of("Bearer " + token));
        }
        if (contentType != null) {
            b.header("Content-Type", contentType);
            sent.put("Content-Type", List.of(contentType));
        }
        for (int i = 0; i + 1 < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
            sent.put(headers[i], List.of(headers[i + 1]));
        }
        b.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        HttpResponse<String> response;
        try {
            response = http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(method + " " + uri + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        Resp resp = new Resp(response.statusCode(), response.headers().map(), response.body());
        Exchange exchange = new Exchange(method, URI.create(uri.getRawPath()
                + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery())), sent, body,
                resp.status(), resp.headers(), resp.body());
        contract.assertResponseValid(exchange);
        if (resp.status() / 100 == 2) {
            // A request the contract forbids must never be accepted: that is a hole a generated client
            // or a bad-input probe would find.
            contract.assertRequestValid(exchange);
        }
        return resp;
    }

    private static String[] withKey(String[] headers) {
        for (int i = 0; i < headers.length; i += 2) {
            if (headers[i].equalsIgnoreCase("Idempotency-Key")) {
                return headers;
            }
        }
        String[] all = java.util.Arrays.copyOf(headers, headers.length + 2);
        all[headers.length] = "Idempotency-Key";
        all[headers.length + 1] = UUID.randomUUID().toString();
        return all;
    }

    private static String toJson(Object body) {
        if (body == null) {
            return null;
        }
        if (body instanceof String s) {
            return s;
        }
        try {
            return JSON.writeValueAsString(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /// A response as received.
    public record Resp(int status, Map<String, List<String>> headers, String body) {

        public JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new AssertionError("not JSON: " + body, e);
            }
        }

        public Optional<String> header(String name) {
            return headers.entrySet().stream()
                    .filter(e -> e.getKey().equalsIgnoreCase(name))
                    .flatMap(e -> e.getValue().stream())
                    .findFirst();
        }

        /// The ETag, for the next If-Match.
        public String etag() {
            return header("ETag").orElseThrow(() -> new AssertionError("no ETag in " + headers));
        }

        /// Field names the problem body complains about.
        public List<String> problemFields() {
            return java.util.stream.StreamSupport.stream(json().path("errors").spliterator(), false)
                    .map(e -> e.path("field").asText())
                    .toList();
        }
    }
}
