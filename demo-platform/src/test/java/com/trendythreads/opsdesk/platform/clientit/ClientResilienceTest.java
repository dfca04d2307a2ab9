package com.trendythreads.opsdesk.platform.clientit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.trendythreads.opsdesk.api.PlatformClient;
import com.trendythreads.opsdesk.api.auth.Me;
import com.trendythreads.opsdesk.api.auth.MeApi;
import com.trendythreads.opsdesk.api.dto.admin.FaultConfig;
import com.trendythreads.opsdesk.api.dto.admin.FaultRule;
import com.trendythreads.opsdesk.api.error.Forbidden;
import com.trendythreads.opsdesk.api.error.MalformedResponse;
import com.trendythreads.opsdesk.api.error.NetworkDown;
import com.trendythreads.opsdesk.api.error.Unauthorized;
import com.trendythreads.opsdesk.api.error.Unavailable;
import com.trendythreads.opsdesk.api.http.RetryPolicy;
import com.trendythreads.opsdesk.api.service.AdminApi;
import com.trendythreads.opsdesk.api.service.CrmApi;
import com.trendythreads.opsdesk.platform.DemoPlatform;
import com.trendythreads.opsdesk.platform.PlatformConfig;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/// The real api-client against the real demo platform, with the platform's own fault injection:
/// what the desk experiences when the network or the platform misbehaves.
class ClientResilienceTest {

    private static DemoPlatform platform;
    private static PlatformClient admin;
    private PlatformClient client;

    @BeforeAll
    static void start() {
        platform = DemoPlatform.start(PlatformConfig.builder().inMemoryDatabase().passwordIterations(1_000)
                .modules(List.of()).build());
        admin = PlatformClient.builder().baseUrl(platform.baseUrl() + "/").build();
    }

    @AfterAll
    static void stop() {
        admin.close();
        platform.close();
    }

    @AfterEach
    void resetFaults() {
        admin.create(AdminApi.class).resetFaults();
        if (client != null) {
            client.close();
        }
    }

    private PlatformClient newClient() {
        client = PlatformClient.builder().baseUrl(platform.baseUrl() + "/")
                // Short backoff keeps the test quick; the policy's shape is the production one.
                .retryPolicy(RetryPolicy.defaults().withBackoff(Duration.ofMillis(20), Duration.ofMillis(200)))
                .build();
        return client;
    }

    private static void faults(FaultConfig config) {
        admin.create(AdminApi.class).setFaults(config);
    }

    private static FaultConfig failNext(int count, int status, String prefix) {
        return new FaultConfig(0, 0.0, 500, 0.0, 0.0, 0, new FaultRule(count, status, prefix), null, null, null);
    }

    @Test
    void signsInAndReadsTheUser() {
        Me me = newClient().session().signIn("mona.manager", "demo");
        assertThat(me.username()).isEqualTo("mona.manager");
        assertThat(me.roles()).extracting(Object::toString).containsExactly("MANAGER");
    }

    @Test
    void aWrongPasswordIsUnauthorized() {
        assertThatThrownBy(() -> newClient().session().signIn("mona.manager", "guess"))
                .isInstanceOf(Unauthorized.class);
    }

    @Test
    void readsGetThroughA503Burst() {
        PlatformClient c = newClient();
        c.session().signIn("mona.manager", "demo");
        faults(failNext(2, 503, "/v1/me"));

        assertThat(c.create(MeApi.class).me().username()).isEqualTo("mona.manager");
        // Both injected failures were used up by the client's retries, none is left over.
        assertThat(admin.create(AdminApi.class).getFaults().failNext()).satisfiesAnyOf(
                rule -> assertThat(rule).isNull(), rule -> assertThat(rule.count()).isZero());
    }

    @Test
    void readsGetThroughA429BurstHonouringRetryAfter() {
        PlatformClient c = newClient();
        c.session().signIn("mona.manager", "demo");
        faults(new FaultConfig(0, 0.0, 500, 0.0, 0.0, 1, null, null, null, null));

        long start = System.nanoTime();
        assertThat(c.create(MeApi.class).me().username()).isEqualTo("mona.manager");
        // The platform says Retry-After: 1, so the retry waited about a second, not the 20 ms backoff.
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(900));
    }

    @Test
    void aPlatformThatStaysDownEndsInUnavailableAfterTheRetryBudget() {
        PlatformClient c = newClient();
        c.session().signIn("mona.manager", "demo");
        faults(failNext(10, 503, "/v1/me"));

        assertThatThrownBy(() -> c.create(MeApi.class).me()).isInstanceOf(Unavailable.class);
        // Four attempts (the default budget) took four of the ten failures.
        assertThat(admin.create(AdminApi.class).getFaults().failNext().count()).isEqualTo(6);
    }

    @Test
    void aSignInWhoseConnectionDropsIsNotRetriedBlindly() {
        // The password grant carries no Idempotency-Key: once sent, it may have been applied.
        faults(new FaultConfig(0, 0.0, 500, 0.0, 0.0, 0, null, new FaultRule(1, null, "/oauth/token"), null, null));

        assertThatThrownBy(() -> newClient().session().signIn("mona.manager", "demo"))
                .isInstanceOf(NetworkDown.class);
        assertThat(admin.create(AdminApi.class).getFaults().dropNext()).satisfiesAnyOf(
                rule -> assertThat(rule).isNull(), rule -> assertThat(rule.count()).isZero());
        // The next attempt, made by the user, works.
        assertThat(newClient().session().signIn("mona.manager", "demo").username()).isEqualTo("mona.manager");
    }

    @Test
    void aJunkBodyBecomesATypedErrorNotACrash() {
        PlatformClient c = newClient();
        c.session().signIn("mona.manager", "demo");
        faults(new FaultConfig(0, 0.0, 500, 0.0, 1.0, 0, null, null, null, 7L));

        assertThatThrownBy(() -> c.create(MeApi.class).me()).isInstanceOf(MalformedResponse.class);
    }

    @Test
    void aRoleWithoutTheRightIsForbiddenTyped() {
        PlatformClient c = newClient();
        c.session().signIn("walt.warehouse", "demo");

        assertThatThrownBy(() -> c.create(CrmApi.class).listTickets(null, null, null, null, null, null))
                .isInstanceOf(Forbidden.class)
                .satisfies(e -> assertThat(((Forbidden) e).requestId()).isNotBlank());
    }
}
