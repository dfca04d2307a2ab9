package com.trendythreads.opsdesk.platform.clientit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.trendythreads.opsdesk.api.PlatformClient;
import com.trendythreads.opsdesk.api.dto.admin.FaultConfig;
import com.trendythreads.opsdesk.api.dto.admin.FaultRule;
import com.trendythreads.opsdesk.api.dto.admin.SimulatorTick;
import com.trendythreads.opsdesk.api.http.RetryPolicy;
import com.trendythreads.opsdesk.api.service.AdminApi;
import com.trendythreads.opsdesk.api.sync.Change;
import com.trendythreads.opsdesk.api.sync.ChangePage;
import com.trendythreads.opsdesk.api.sync.EventStream;
import com.trendythreads.opsdesk.platform.DemoPlatform;
import com.trendythreads.opsdesk.platform.PlatformConfig;
import com.trendythreads.opsdesk.platform.Scale;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/// The live event stream as the desk uses it: the real client on the real platform, while the
/// connection keeps breaking (access tokens that expire every two seconds end the stream, and a
/// reconnect is dropped on purpose). Every change must arrive once, in the change feed's order.
class LiveEventsTest {

    private static DemoPlatform platform;
    private static PlatformClient client;

    @BeforeAll
    static void start() {
        platform = DemoPlatform.start(PlatformConfig.builder().inMemoryDatabase().passwordIterations(1_000)
                .scale(Scale.TINY).accessTokenTtl(Duration.ofSeconds(2)).heartbeat(Duration.ofMillis(500)).build());
        client = PlatformClient.builder().baseUrl(platform.baseUrl() + "/")
                .refreshMargin(Duration.ofMillis(500))
                .streamBackoff(RetryPolicy.defaults().withBackoff(Duration.ofMillis(50), Duration.ofMillis(300)))
                .build();
        client.session().signIn("ada.admin", "demo");
    }

    @AfterAll
    static void stop() {
        client.close();
        platform.close();
    }

    @Test
    void everyChangeArrivesOnceAndInOrderAcrossBrokenConnections() throws InterruptedException {
        String start = latestToken();
        List<Change> received = new CopyOnWriteArrayList<>();
        List<EventStream.State> states = new CopyOnWriteArrayList<>();
        AdminApi admin = client.create(AdminApi.class);

        try (EventStream stream = client.events(start, new EventStream.Listener() {
            @Override
            public void onChange(Change change) {
                received.add(change);
            }

            @Override
            public void onStateChanged(EventStream.State state) {
                states.add(state);
            }
        }).start()) {
            for (int burst = 0; burst < 5; burst++) {
                admin.simulatorTick(new SimulatorTick(4));
                if (burst == 2) {
                    admin.setFaults(new FaultConfig(0, 0.0, 500, 0.0, 0.0, 0, null,
                            new FaultRule(1, null, "/v1/events"), null, null));
                }
                Thread.sleep(1_000);
            }
            List<String> expected = tokensSince(start);
            assertThat(expected).hasSizeGreaterThanOrEqualTo(20);

            await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                    assertThat(received.stream().map(Change::token).toList()).containsExactlyElementsOf(expected));
        }
        // The stream really did break and come back, more than once.
        assertThat(states.stream().filter(s -> s == EventStream.State.RECONNECTING).count()).isGreaterThanOrEqualTo(2);
    }

    private static String latestToken() {
        ChangePage page = client.sync().changes(null, 500);
        while (page.hasMore()) {
            page = client.sync().changes(page.nextToken(), 500);
        }
        return page.nextToken();
    }

    private static List<String> tokensSince(String token) {
        List<String> tokens = new ArrayList<>();
        ChangePage page;
        String since = token;
        do {
            page = client.sync().changes(since, 500);
            page.changes().forEach(c -> tokens.add(c.token()));
            since = page.nextToken();
        } while (page.hasMore());
        return tokens;
    }
}
