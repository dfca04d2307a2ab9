package com.trendythreads.opsdesk.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class AuthTest {

    static final TestClock clock = new TestClock();
    static TestPlatform p;

    @BeforeAll
    static void start() {
        p = new TestPlatform(b -> b.clock(clock).accessTokenTtl(Duration.ofSeconds(30)).refreshTokenTtl(Duration.ofHours(1)));
    }

    @AfterAll
    static void stop() {
        p.close();
    }

    @Test
    void passwordGrantAnswersOAuthTokenResponse() {
        HttpResponse<String> r = p.form("/oauth/token", Map.of("grant_type", "password", "username", "walt.warehouse", "password", "demo"));
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Cache-Control")).hasValue("no-store");
        JsonNode t = TestPlatform.json(r);
        assertThat(t.get("token_type").asText()).isEqualTo("Bearer");
        assertThat(t.get("expires_in").asLong()).isEqualTo(30);
        assertThat(t.get("scope").asText()).isEqualTo("WAREHOUSE");
        assertThat(t.get("access_token").asText()).matches("[A-Za-z0-9_-]{43}");
        assertThat(t.get("refresh_token").asText()).isNotEqualTo(t.get("access_token").asText());
    }

    @Test
    void wrongPasswordAndUnknownUserAreInvalidGrant() {
        for (String user : List.of("mia.merch", "nobody")) {
            HttpResponse<String> r = p.form("/oauth/token", Map.of("grant_type", "password", "username", user, "password", "nope"));
            assertThat(r.statusCode()).isEqualTo(400);
            assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(ct -> assertThat(ct).startsWith("application/problem+json"));
            assertThat(TestPlatform.json(r).get("error").asText()).isEqualTo("invalid_grant");
        }
        HttpResponse<String> r = p.form("/oauth/token", Map.of("grant_type", "client_credentials"));
        assertThat(TestPlatform.json(r).get("error").asText()).isEqualTo("unsupported_grant_type");
    }

    @Test
    void meReturnsProfileRolesAndPermittedOperations() {
        HttpResponse<String> r = p.get("/v1/me", p.token("walt.warehouse"));
        assertThat(r.statusCode()).isEqualTo(200);
        JsonNode me = TestPlatform.json(r);
        assertThat(me.get("username").asText()).isEqualTo("walt.warehouse");
        assertThat(me.get("displayName").asText()).isEqualTo("Walt Warehouse");
        assertThat(me.get("homeLocationId").asText()).isEqualTo("WH-BER");
        assertThat(me.get("roles").toString()).isEqualTo("[\"WAREHOUSE\"]");
        List<String> perms = new ArrayList<>();
        me.get("permissions").forEach(n -> perms.add(n.asText()));
        assertThat(perms).contains("getMe", "listChanges", "streamEvents", "createGadget", "explode")
                .doesNotContain("listWidgets", "createWidget", "issueToken", "getFaults");
    }

    @Test
    void missingOrInvalidTokenIs401WithBearerChallenge() {
        for (String token : new String[] {null, "not-a-token"}) {
            HttpResponse<String> r = p.get("/v1/me", token);
            assertThat(r.statusCode()).isEqualTo(401);
            assertThat(r.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v).startsWith("Bearer"));
            JsonNode problem = TestPlatform.json(r);
            assertThat(problem.get("status").asInt()).isEqualTo(401);
            assertThat(problem.get("type").asText()).endsWith("/unauthorized");
        }
    }

    @Test
    void roleNotInXRolesIs403() {
        HttpResponse<String> r = p.get("/v1/widgets", p.token("walt.warehouse"));
        assertThat(r.statusCode()).isEqualTo(403);
        assertThat(TestPlatform.json(r).get("detail").asText()).contains("listWidgets");
        assertThat(p.get("/v1/widgets", p.token("mona.manager")).statusCode()).isEqualTo(200);
    }

    @Test
    void refreshRotatesAndReuseRevokesTheWholeFamily() {
        JsonNode first = p.login("mia.merch");
        HttpResponse<String> r1 = p.form("/oauth/token", Map.of("grant_type", "refresh_token", "refresh_token", first.get("refresh_token").asText()));
        assertThat(r1.statusCode()).isEqualTo(200);
        JsonNode second = TestPlatform.json(r1);
        assertThat(second.get("refresh_token").asText()).isNotEqualTo(first.get("refresh_token").asText());
        assertThat(p.get("/v1/me", second.get("access_token").asText()).statusCode()).isEqualTo(200);

        // The first refresh token has been rotated; presenting it again is reuse.
        HttpResponse<String> reuse = p.form("/oauth/token", Map.of("grant_type", "refresh_token", "refresh_token", first.get("refresh_token").asText()));
        assertThat(reuse.statusCode()).isEqualTo(400);
        assertThat(TestPlatform.json(reuse).get("error").asText()).isEqualTo("invalid_grant");

        // ...which revoked every token of that login.
        assertThat(p.get("/v1/me", second.get("access_token").asText()).statusCode()).isEqualTo(401);
        assertThat(p.get("/v1/me", first.get("access_token").asText()).statusCode()).isEqualTo(401);
        HttpResponse<String> newest = p.form("/oauth/token", Map.of("grant_type", "refresh_token", "refresh_token", second.get("refresh_token").asText()));
        assertThat(newest.statusCode()).isEqualTo(400);

        // Another login of the same user is a different family and unaffected.
        assertThat(p.get("/v1/me", p.token("mia.merch")).statusCode()).isEqualTo(200);
    }

    @Test
    void expiredAccessTokenIs401AndRefreshStillWorks() {
        JsonNode login = p.login("sam.support");
        String access = login.get("access_token").asText();
        assertThat(p.get("/v1/me", access).statusCode()).isEqualTo(200);
        clock.advance(Duration.ofSeconds(31));
        HttpResponse<String> expired = p.get("/v1/me", access);
        assertThat(expired.statusCode()).isEqualTo(401);
        assertThat(TestPlatform.json(expired).get("detail").asText()).contains("expired");
        HttpResponse<String> refreshed = p.form("/oauth/token", Map.of("grant_type", "refresh_token", "refresh_token", login.get("refresh_token").asText()));
        assertThat(refreshed.statusCode()).isEqualTo(200);
        assertThat(p.get("/v1/me", TestPlatform.json(refreshed).get("access_token").asText()).statusCode()).isEqualTo(200);
    }
}
