package com.trendythreads.opsdesk.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.trendythreads.opsdesk.platform.testkit.ApiCaller;
import com.trendythreads.opsdesk.platform.testkit.ApiCaller.Resp;
import com.trendythreads.opsdesk.platform.testkit.ContractValidator;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/// Lane access: operations marked `x-step-up` (GDPR export and erasure) answer 403 `step-up-required` without
/// a fresh step-up token; `POST /oauth/step-up` with the password gives one that is spent by one request, is
/// the user's own, and expires after 5 minutes. Every answer matches the contract.
class StepUpTest {

    static final TestClock clock = new TestClock();
    static DemoPlatform platform;
    static ApiCaller sam;
    static ApiCaller ada;
    static String customer;

    @BeforeAll
    static void start() {
        platform = DemoPlatform.start(PlatformConfig.builder().inMemoryDatabase().passwordIterations(1_000)
                .scale(Scale.TINY).clock(clock).build());
        ApiCaller anonymous = new ApiCaller(URI.create(platform.baseUrl()), ContractValidator.fromClasspath());
        sam = anonymous.signIn("sam.support", "demo");
        ada = anonymous.signIn("ada.admin", "demo");
        customer = sam.get("/v1/customers?limit=1").json().path("items").get(0).path("id").asText();
    }

    @AfterAll
    static void stop() {
        platform.close();
    }

    private static Resp export(String... headers) {
        return sam.post("/v1/customers/" + customer + "/gdpr-export", null, headers);
    }

    @Test
    void aSensitiveActionNeedsAFreshSingleUseStepUpOfTheSameUser() {
        Resp without = export();
        assertThat(without.status()).isEqualTo(403);
        assertThat(without.json().path("type").asText()).endsWith("/problems/step-up-required");
        Resp erase = sam.post("/v1/customers/" + customer + "/gdpr-erasure", Map.of("reason", "asked"));
        assertThat(erase.status()).isEqualTo(403);
        assertThat(sam.get("/v1/customers/" + customer).json().path("firstName").asText()).isNotEqualTo("Erased");

        Resp wrong = sam.post("/oauth/step-up", Map.of("password", "not-mine"));
        assertThat(wrong.status()).isEqualTo(400);
        assertThat(wrong.problemFields()).containsExactly("password");

        String[] stepUp = sam.stepUp();
        assertThat(export(stepUp).status()).as("accepted with the token").isEqualTo(201);
        assertThat(export(stepUp).status()).as("spent: single use").isEqualTo(403);

        assertThat(export(ada.stepUp()).status()).as("another user's token").isEqualTo(403);

        String[] late = sam.stepUp();
        clock.advance(Duration.ofMinutes(5));
        assertThat(export(late).status()).as("expired after 5 minutes").isEqualTo(403);
    }
}
