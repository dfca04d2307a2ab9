package com.trendythreads.opsdesk.platform.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.trendythreads.opsdesk.platform.DemoPlatform;
import com.trendythreads.opsdesk.platform.PlatformConfig;
import com.trendythreads.opsdesk.platform.testkit.ApiCaller;
import com.trendythreads.opsdesk.platform.testkit.ApiCaller.Resp;
import com.trendythreads.opsdesk.platform.testkit.ContractValidator;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/// The platform's own operations (tokens, the user, the change feed, fault injection) answered by the
/// real server against the real contract: every response here is validated by `ApiCaller`.
class CoreOperationsContractTest {

    private static DemoPlatform platform;
    private static ApiCaller anonymous;

    @BeforeAll
    static void start() {
        platform = DemoPlatform.start(PlatformConfig.builder().inMemoryDatabase().passwordIterations(1_000)
                .modules(List.of()).build());
        anonymous = new ApiCaller(URI.create(platform.baseUrl()), ContractValidator.fromClasspath());
    }

    @AfterAll
    static void stop() {
        platform.close();
    }

    @Test
    void passwordAndRefreshGrantsAnswerTheContractsTokenResponse() {
        Resp first = anonymous.form("/oauth/token",
                Map.of("grant_type", "password", "username", "sam.support", "password", "demo"));
        assertThat(first.status()).isEqualTo(200);
        String refresh = first.json().path("refresh_token").asText();

        Resp second = anonymous.form("/oauth/token", Map.of("grant_type", "refresh_token", "refresh_token", refresh));
        assertThat(second.status()).isEqualTo(200);
        assertThat(second.json().path("refresh_token").asText()).isNotEqualTo(refresh);

        // The rotated-out refresh token is dead, and says so in the contract's problem shape.
        Resp reuse = anonymous.form("/oauth/token", Map.of("grant_type", "refresh_token", "refresh_token", refresh));
        assertThat(reuse.status()).isEqualTo(400);
        assertThat(reuse.json().path("error").asText()).isEqualTo("invalid_grant");
    }

    @Test
    void wrongPasswordIsAProblemNotAToken() {
        Resp r = anonymous.form("/oauth/token",
                Map.of("grant_type", "password", "username", "sam.support", "password", "wrong"));
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.header("Content-Type")).hasValueSatisfying(ct -> assertThat(ct).startsWith("application/problem+json"));
    }

    @Test
    void meNamesTheUserTheirRolesAndWhatTheyMayCall() {
        Resp me = anonymous.signIn("walt.warehouse", "demo").get("/v1/me");
        assertThat(me.status()).isEqualTo(200);
        assertThat(me.json().path("homeLocationId").asText()).isEqualTo("WH-BER");
        assertThat(me.json().path("permissions").toString())
                .contains("\"confirmPickLine\"", "\"adjustStock\"", "\"listProducts\"")
                .doesNotContain("\"refundOrder\"", "\"createCampaign\"", "\"listTickets\"");
    }

    @Test
    void withoutATokenEveryProtectedOperationIs401() {
        Resp r = anonymous.get("/v1/me");
        assertThat(r.status()).isEqualTo(401);
        assertThat(r.header("WWW-Authenticate")).isPresent();
    }

    @Test
    void theChangeFeedPagesAndRejectsAForeignToken() {
        ApiCaller admin = anonymous.signIn("ada.admin", "demo");
        Resp page = admin.get("/v1/changes?limit=10");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.json().path("nextToken").asText()).isNotBlank();

        Resp bad = admin.get("/v1/changes?since=not-a-token");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.problemFields()).contains("since");
    }

    @Test
    void faultsCanBeSetReadAndReset() {
        Resp set = anonymous.put("/admin/faults", Map.of("latencyMs", 5, "errorRate", 0.0));
        assertThat(set.status()).isEqualTo(200);
        assertThat(anonymous.get("/admin/faults").json().path("latencyMs").asInt()).isEqualTo(5);

        Resp reset = anonymous.send("POST", "/admin/reset-faults", null, null);
        assertThat(reset.status()).isEqualTo(200);
        assertThat(reset.json().path("latencyMs").asInt()).isZero();
    }
}
