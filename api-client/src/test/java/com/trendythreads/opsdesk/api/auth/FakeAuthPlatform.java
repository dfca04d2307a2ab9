package com.trendythreads.opsdesk.api.auth;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import okhttp3.Headers;

/// A tiny OAuth server with rotating refresh tokens, and one protected resource.
final class FakeAuthPlatform extends Dispatcher {

    final AtomicInteger passwordGrants = new AtomicInteger();
    final AtomicInteger refreshGrants = new AtomicInteger();
    final AtomicInteger unauthorizedAnswers = new AtomicInteger();
    volatile String validAccess;
    volatile String validRefresh;
    volatile boolean rejectRefresh;
    volatile long refreshDelayMillis = 300;
    private final AtomicInteger issued = new AtomicInteger();

    @Override
    public MockResponse dispatch(RecordedRequest request) throws InterruptedException {
        String path = request.getUrl().encodedPath();
        if (path.equals("/oauth/token")) {
            Map<String, String> form = form(request.getBody().utf8());
            switch (form.get("grant_type")) {
                case "password" -> {
                    passwordGrants.incrementAndGet();
                    if (!"demo".equals(form.get("password"))) {
                        return json(400, "{\"error\":\"invalid_grant\",\"error_description\":\"wrong user name or password\"}");
                    }
                    return issue();
                }
                case "refresh_token" -> {
                    refreshGrants.incrementAndGet();
                    Thread.sleep(refreshDelayMillis);
                    if (rejectRefresh || !form.get("refresh_token").equals(validRefresh)) {
                        return json(400, "{\"error\":\"invalid_grant\"}");
                    }
                    return issue();
                }
                default -> {
                    return json(400, "{\"error\":\"unsupported_grant_type\"}");
                }
            }
        }
        String auth = request.getHeaders().get("Authorization");
        if (auth == null || !auth.equals("Bearer " + validAccess)) {
            unauthorizedAnswers.incrementAndGet();
            return new MockResponse(401, Headers.of("Content-Type", "application/problem+json"),
                    "{\"title\":\"Unauthorized\",\"status\":401,\"detail\":\"token expired\"}");
        }
        if (path.equals("/v1/me")) {
            return json(200, """
                    {"id":"usr_1","username":"walt.warehouse","displayName":"Walt","roles":["WAREHOUSE"],
                     "homeLocationId":"WH-BER","permissions":["listPickLists","confirmPickLine"]}
                    """);
        }
        return json(200, "{\"id\":\"t1\",\"name\":\"Tee\",\"version\":1}");
    }

    /// Makes the current access token invalid, as if it had expired on the server.
    void expireAccessToken() {
        validAccess = "expired";
    }

    private synchronized MockResponse issue() {
        int n = issued.incrementAndGet();
        validAccess = "access-" + n;
        validRefresh = "refresh-" + n;
        return json(200, "{\"access_token\":\"" + validAccess + "\",\"token_type\":\"Bearer\",\"expires_in\":900,"
                + "\"refresh_token\":\"" + validRefresh + "\",\"scope\":\"opsdesk\"}");
    }

    private static MockResponse json(int code, String body) {
        return new MockResponse(code, Headers.of("Content-Type", "application/json"), body);
    }

    private static Map<String, String> form(String body) {
        Map<String, String> map = new HashMap<>();
        for (String pair : body.split("&")) {
            int eq = pair.indexOf('=');
            map.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                    URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return map;
    }
}
