package com.trendythreads.opsdesk.platform;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/// A platform on a loopback port with the test contract and the fake widgets domain, plus a small HTTP client.
final class TestPlatform implements AutoCloseable {

    static final ObjectMapper JSON = new ObjectMapper();

    final DemoPlatform platform;
    final WidgetsModule widgets = new WidgetsModule();
    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    TestPlatform() {
        this(b -> b);
    }

    TestPlatform(UnaryOperator<PlatformConfig.Builder> customize) {
        PlatformConfig.Builder b = PlatformConfig.builder()
                .inMemoryDatabase()
                .specResource("test-openapi.yaml")
                .passwordIterations(1_000)
                .modules(List.of(widgets));
        platform = DemoPlatform.start(customize.apply(b).build());
    }

    /// Starts from a full config as given (its modules must include the widgets module for createWidget).
    TestPlatform(PlatformConfig config) {
        platform = DemoPlatform.start(config);
    }

    String url(String path) {
        return platform.baseUrl() + path;
    }

    HttpResponse<String> form(String path, Map<String, String> fields) {
        String body = fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(URI.create(url(path)))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    JsonNode login(String username) {
        HttpResponse<String> r = form("/oauth/token", Map.of("grant_type", "password", "username", username, "password", "demo"));
        if (r.statusCode() != 200) throw new AssertionError("login of " + username + " failed: " + r.statusCode() + " " + r.body());
        return json(r);
    }

    String token(String username) {
        return login(username).get("access_token").asText();
    }

    HttpResponse<String> get(String path, String token, String... headers) {
        return send(request(path, token, headers).GET());
    }

    HttpResponse<String> send(String method, String path, String token, String body, String... headers) {
        HttpRequest.Builder b = request(path, token, headers);
        if (body != null) b.header("Content-Type", "application/json");
        return send(b.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body)));
    }

    HttpRequest.Builder request(String path, String token, String... headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url(path))).timeout(Duration.ofSeconds(20));
        if (token != null) b.header("Authorization", "Bearer " + token);
        for (int i = 0; i < headers.length; i += 2) b.header(headers[i], headers[i + 1]);
        return b;
    }

    HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /// Creates a widget as `token`'s user and returns its JSON.
    JsonNode createWidget(String token, String name) {
        HttpResponse<String> r = send("POST", "/v1/widgets", token, "{\"name\":\"" + name + "\",\"secret\":\"s-" + name + "\"}",
                "Idempotency-Key", java.util.UUID.randomUUID().toString());
        if (r.statusCode() != 201) throw new AssertionError("create failed: " + r.statusCode() + " " + r.body());
        return json(r);
    }

    static JsonNode json(HttpResponse<String> r) {
        try {
            return JSON.readTree(r.body());
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + r.body(), e);
        }
    }

    @Override
    public void close() {
        platform.close();
    }
}
