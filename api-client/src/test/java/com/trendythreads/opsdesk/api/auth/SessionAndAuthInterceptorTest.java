package com.trendythreads.opsdesk.api.auth;

import static com.trendythreads.opsdesk.api.TestSupport.clientFor;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.trendythreads.opsdesk.api.PlatformClient;
import com.trendythreads.opsdesk.api.TestApi;
import com.trendythreads.opsdesk.api.TestSupport.RecordingSleeper;
import com.trendythreads.opsdesk.api.error.Unauthorized;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SessionAndAuthInterceptorTest {

    static final class MutableClock extends Clock {
        final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2025-06-01T08:00:00Z"));

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now.get();
        }
    }

    private final MockWebServer server = new MockWebServer();
    private final FakeAuthPlatform platform = new FakeAuthPlatform();
    private final InMemoryTokenStore store = new InMemoryTokenStore();
    private final MutableClock clock = new MutableClock();
    private final AtomicInteger expiredNotices = new AtomicInteger();
    private PlatformClient client;
    private TestApi api;

    @BeforeEach
    void start() throws IOException {
        server.setDispatcher(platform);
        server.start();
        client = clientFor(server, new RecordingSleeper()).tokenStore(store).clock(clock).build();
        client.session().addListener(expiredNotices::incrementAndGet);
        api = client.create(TestApi.class);
    }

    @AfterEach
    void stop() {
        client.close();
        server.close();
    }

    @Test
    void signInStoresTokensInMemoryAndLoadsMe() throws Exception {
        Me me = client.session().signIn("walt.warehouse", "demo");

        assertThat(me.homeLocationId()).isEqualTo("WH-BER");
        assertThat(me.hasRole("WAREHOUSE")).isTrue();
        assertThat(me.can("confirmPickLine")).isTrue();
        assertThat(store.get()).get().extracting(Tokens::refreshToken).isEqualTo("refresh-1");
        assertThat(store.get().get().expiresAt()).isEqualTo(clock.instant().plusSeconds(900));
        assertThat(store.get().get().toString()).doesNotContain("access-1", "refresh-1");

        RecordedRequest tokenRequest = server.takeRequest();
        assertThat(tokenRequest.getHeaders().get("Content-Type")).startsWith("application/x-www-form-urlencoded");
        assertThat(tokenRequest.getBody().utf8()).isEqualTo("grant_type=password&username=walt.warehouse&password=demo");

        api.get("t1");
        server.takeRequest();
        assertThat(server.takeRequest().getHeaders().get("Authorization")).isEqualTo("Bearer access-1");
    }

    /// Lane access: signing out forgets the tokens held in memory (and the user).
    @Test
    void signOutClearsTheTokensFromMemory() {
        client.session().signIn("walt.warehouse", "demo");
        assertThat(store.get()).isPresent();

        client.session().signOut();

        assertThat(store.get()).isEmpty();
        assertThat(client.session().isSignedIn()).isFalse();
        assertThat(client.session().me()).isEmpty();
        assertThat(client.session().tokensForRequest()).isEmpty();
    }

    @Test
    void wrongPasswordIsUnauthorized() {
        assertThatThrownBy(() -> client.session().signIn("walt.warehouse", "nope"))
                .isInstanceOf(Unauthorized.class)
                .hasMessageContaining("wrong user name or password");
        assertThat(client.session().isSignedIn()).isFalse();
    }

    @Test
    void tenConcurrent401sCauseExactlyOneRefreshAndAllSucceed() throws Exception {
        client.session().signIn("walt.warehouse", "demo");
        platform.expireAccessToken();

        ExecutorService pool = Executors.newFixedThreadPool(10);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<TestApi.Thing>> results = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            results.add(pool.submit(() -> {
                go.await();
                return api.get("t1");
            }));
        }
        go.countDown();
        for (Future<TestApi.Thing> r : results) {
            assertThat(r.get(10, TimeUnit.SECONDS).name()).isEqualTo("Tee");
        }
        pool.shutdown();

        assertThat(platform.refreshGrants).hasValue(1);
        assertThat(platform.unauthorizedAnswers.get()).isBetween(1, 10);
        assertThat(store.get().get().accessToken()).isEqualTo("access-2");
        assertThat(store.get().get().refreshToken()).as("rotated refresh token kept").isEqualTo("refresh-2");
        assertThat(expiredNotices).hasValue(0);
    }

    @Test
    void rejectedRefreshEndsTheSessionOnceAndCallersGetUnauthorized() throws Exception {
        client.session().signIn("walt.warehouse", "demo");
        platform.expireAccessToken();
        platform.rejectRefresh = true;

        ExecutorService pool = Executors.newFixedThreadPool(5);
        List<Future<Throwable>> results = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            results.add(pool.submit(() -> {
                try {
                    api.get("t1");
                    return null;
                } catch (Throwable t) {
                    return t;
                }
            }));
        }
        for (Future<Throwable> r : results) {
            assertThat(r.get(10, TimeUnit.SECONDS)).isInstanceOf(Unauthorized.class);
        }
        pool.shutdown();

        assertThat(platform.refreshGrants).hasValue(1);
        assertThat(expiredNotices).hasValue(1);
        assertThat(client.session().isSignedIn()).isFalse();
        assertThat(client.session().me()).isEmpty();
    }

    @Test
    void tokenIsRenewedProactivelyShortlyBeforeExpiry() throws Exception {
        platform.refreshDelayMillis = 0;
        client.session().signIn("walt.warehouse", "demo");
        clock.now.set(clock.instant().plus(Duration.ofSeconds(900 - 30)));

        api.get("t1");

        assertThat(platform.refreshGrants).hasValue(1);
        assertThat(platform.unauthorizedAnswers).hasValue(0);
        server.takeRequest();
        server.takeRequest();
        server.takeRequest();
        assertThat(server.takeRequest().getHeaders().get("Authorization")).isEqualTo("Bearer access-2");
    }
}
