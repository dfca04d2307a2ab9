package com.trendythreads.opsdesk.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.trendythreads.opsdesk.platform.auth.SignInGuard;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/// Lane access: after 5 wrong passwords for a user within 15 minutes the password grant answers 423
/// `locked-out` with `lockedUntil` — even for the right password — until the time has passed.
class SignInLockoutTest {

    static final TestClock clock = new TestClock();
    static TestPlatform p;

    @BeforeAll
    static void start() {
        p = new TestPlatform(b -> b.clock(clock).signInPolicy(SignInGuard.Policy.DEFAULT));
    }

    @AfterAll
    static void stop() {
        p.close();
    }

    private static HttpResponse<String> signIn(String user, String password) {
        return p.form("/oauth/token", Map.of("grant_type", "password", "username", user, "password", password));
    }

    @Test
    void fiveWrongPasswordsLockTheUserOutUntilTheTimeHasPassed() {
        for (int i = 1; i <= 4; i++) {
            assertThat(signIn("mona.manager", "wrong" + i).statusCode()).as("failure %d", i).isEqualTo(400);
        }
        HttpResponse<String> fifth = signIn("mona.manager", "wrong5");
        assertThat(fifth.statusCode()).isEqualTo(423);
        JsonNode problem = TestPlatform.json(fifth);
        assertThat(problem.get("type").asText()).endsWith("/problems/locked-out");
        Instant until = Instant.parse(problem.get("lockedUntil").asText());
        assertThat(until).isEqualTo(clock.instant().plus(Duration.ofMinutes(15)));

        clock.advance(Duration.ofMinutes(14));
        assertThat(signIn("mona.manager", "demo").statusCode()).as("the right password too, while locked")
                .isEqualTo(423);
        assertThat(signIn("mark.marketing", "demo").statusCode()).as("other users are not affected").isEqualTo(200);

        clock.advance(Duration.ofMinutes(1));
        assertThat(signIn("mona.manager", "demo").statusCode()).as("unlocked after its time").isEqualTo(200);
    }

    @Test
    void failuresOutsideTheWindowAndBeforeASuccessDoNotCount() {
        for (int i = 0; i < 4; i++) {
            signIn("sam.support", "wrong");
        }
        clock.advance(Duration.ofMinutes(16));
        assertThat(signIn("sam.support", "wrong").statusCode()).as("the old four have left the window").isEqualTo(400);
        for (int i = 0; i < 3; i++) {
            signIn("sam.support", "wrong");
        }
        assertThat(signIn("sam.support", "demo").statusCode()).isEqualTo(200);
        assertThat(signIn("sam.support", "wrong").statusCode()).as("a success starts over").isEqualTo(400);
    }
}
