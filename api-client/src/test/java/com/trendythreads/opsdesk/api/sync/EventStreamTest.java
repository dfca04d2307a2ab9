package com.trendythreads.opsdesk.api.sync;

import static com.trendythreads.opsdesk.api.TestSupport.clientFor;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.trendythreads.opsdesk.api.PlatformClient;
import com.trendythreads.opsdesk.api.TestSupport.RecordingSleeper;
import com.trendythreads.opsdesk.api.auth.InMemoryTokenStore;
import com.trendythreads.opsdesk.api.auth.Tokens;
import com.trendythreads.opsdesk.api.http.RetryPolicy;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okhttp3.Headers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class EventStreamTest {

    /// Answers `/v1/events` connections from a script, one entry per connection; the token
    /// endpoint issues `access-new`.
    static final class ScriptedEvents extends Dispatcher {
        final ConcurrentLinkedQueue<Function<RecordedRequest, MockResponse>> script = new ConcurrentLinkedQueue<>();
        final BlockingQueue<RecordedRequest> eventRequests = new LinkedBlockingQueue<>();
        volatile int tokenCalls;

        @Override
        public MockResponse dispatch(RecordedRequest request) {
            if (request.getUrl().encodedPath().equals("/oauth/token")) {
                tokenCalls++;
                return new MockResponse(200, Headers.of("Content-Type", "application/json"),
                        "{\"access_token\":\"access-new\",\"token_type\":\"Bearer\",\"expires_in\":900,"
                                + "\"refresh_token\":\"refresh-2\"}");
            }
            eventRequests.add(request);
            Function<RecordedRequest, MockResponse> next = script.poll();
            if (next == null) {
                // Stay open and idle, like a stream between heartbeats.
                return stream(": heartbeat\n\n").newBuilder().throttleBody(1, 1, TimeUnit.SECONDS).build();
            }
            return next.apply(request);
        }
    }

    private final MockWebServer server = new MockWebServer();
    private final ScriptedEvents events = new ScriptedEvents();
    private final InMemoryTokenStore store = new InMemoryTokenStore();
    private final List<String> delivered = new CopyOnWriteArrayList<>();
    private final List<EventStream.State> states = new CopyOnWriteArrayList<>();
    private PlatformClient client;
    private EventStream stream;

    private final EventStream.Listener listener = new EventStream.Listener() {
        @Override
        public void onChange(Change change) {
            delivered.add(change.token());
        }

        @Override
        public void onStateChanged(EventStream.State state) {
            states.add(state);
        }
    };

    @BeforeEach
    void start() throws IOException {
        server.setDispatcher(events);
        server.start();
        client = clientFor(server, new RecordingSleeper()).tokenStore(store)
                .streamBackoff(RetryPolicy.defaults().withBackoff(Duration.ofMillis(10), Duration.ofMillis(50)))
                .build();
    }

    @AfterEach
    void stop() {
        if (stream != null) {
            stream.close();
        }
        client.close();
        server.close();
    }

    static String change(int token) {
        return "id: " + token + "\nevent: change\ndata: {\"token\":\"" + token + "\",\"resource\":\"product\","
                + "\"id\":\"prd_" + token + "\",\"op\":\"upsert\",\"version\":" + token
                + ",\"at\":\"2025-06-01T10:00:00Z\",\"data\":{\"id\":\"prd_" + token + "\"}}\n\n";
    }

    static MockResponse stream(String body) {
        return new MockResponse(200, Headers.of("Content-Type", "text/event-stream"), body);
    }

    @Test
    void reconnectsResumingAfterTheLastDeliveredChangeAndNeverRedelivers() throws Exception {
        events.script.add(r -> stream(": heartbeat\n\n" + change(1) + change(2) + change(3)));
        events.script.add(r -> new MockResponse(503, Headers.of("Retry-After", "1"), "<html>busy</html>"));
        events.script.add(r -> stream(change(2) + change(3) + change(4) + ": heartbeat\n\n" + change(5)));
        events.script.add(r -> stream("garbage\n\nid: 6\nevent: change\ndata: {not json\n\n"
                + "event: other\ndata: {}\n\n" + change(6)));

        stream = client.events(null, listener).start();

        await().atMost(Duration.ofSeconds(5)).until(() -> delivered.size() >= 6);
        await().atMost(Duration.ofSeconds(5)).until(() -> stream.state() == EventStream.State.OPEN
                && events.eventRequests.size() >= 5);
        assertThat(delivered).containsExactly("1", "2", "3", "4", "5", "6");
        assertThat(stream.lastDeliveredToken()).isEqualTo("6");

        assertThat(events.eventRequests.take().getHeaders().get("Last-Event-ID")).isNull();
        assertThat(events.eventRequests.take().getHeaders().get("Last-Event-ID")).isEqualTo("3");
        assertThat(events.eventRequests.take().getHeaders().get("Last-Event-ID")).isEqualTo("3");
        assertThat(events.eventRequests.take().getHeaders().get("Last-Event-ID")).isEqualTo("5");
        RecordedRequest idle = events.eventRequests.take();
        assertThat(idle.getHeaders().get("Last-Event-ID")).isEqualTo("6");
        assertThat(idle.getHeaders().get("Accept")).isEqualTo("text/event-stream");

        assertThat(states).startsWith(EventStream.State.CONNECTING, EventStream.State.OPEN,
                EventStream.State.RECONNECTING);
        stream.close();
        assertThat(stream.state()).isEqualTo(EventStream.State.CLOSED);
        assertThat(states).endsWith(EventStream.State.CLOSED);
    }

    @Test
    void resumesFromAStoredTokenAndRenewsTheTokenOn401() throws Exception {
        store.set(new Tokens("access-old", "refresh-1", Instant.now().plusSeconds(600), null));
        events.script.add(r -> new MockResponse(401, Headers.of("Content-Type", "application/problem+json"),
                "{\"status\":401,\"title\":\"Unauthorized\"}"));
        events.script.add(r -> stream(change(41) + change(42) + change(43)));

        stream = client.events("41", listener).start();

        await().atMost(Duration.ofSeconds(5)).until(() -> delivered.size() >= 2);
        assertThat(delivered).containsExactly("42", "43");
        RecordedRequest rejected = events.eventRequests.take();
        assertThat(rejected.getHeaders().get("Authorization")).isEqualTo("Bearer access-old");
        assertThat(rejected.getHeaders().get("Last-Event-ID")).isEqualTo("41");
        assertThat(events.eventRequests.take().getHeaders().get("Authorization")).isEqualTo("Bearer access-new");
        assertThat(events.tokenCalls).isEqualTo(1);
    }

    @Test
    void closeStopsDeliveryAndReconnects() throws Exception {
        stream = client.events(null, listener).start();
        await().atMost(Duration.ofSeconds(5)).until(() -> stream.state() == EventStream.State.OPEN);
        stream.close();
        int requests = events.eventRequests.size();
        Thread.sleep(200);
        assertThat(events.eventRequests).hasSize(requests);
        assertThat(stream.state()).isEqualTo(EventStream.State.CLOSED);
        assertThat(delivered).isEmpty();
    }

    @Test
    void heartbeatsKeepAStreamLongerThanItsReadTimeoutAlive() throws Exception {
        client.close();
        client = clientFor(server, new RecordingSleeper())
                .timeouts(Duration.ofSeconds(2), Duration.ofSeconds(5), Duration.ofMillis(500))
                .streamReadTimeout(Duration.ofMillis(600))
                .build();
        List<Integer> connectionsSeenAtDelivery = new CopyOnWriteArrayList<>();
        events.script.add(r -> stream(change(1) + ": heartbeat\n\n".repeat(20) + change(2)).newBuilder()
                .throttleBody(30, 100, TimeUnit.MILLISECONDS).build());

        stream = client.events(null, new EventStream.Listener() {
            @Override
            public void onChange(Change change) {
                delivered.add(change.token());
                connectionsSeenAtDelivery.add(events.eventRequests.size());
            }
        }).start();

        await().atMost(Duration.ofSeconds(5)).until(() -> delivered.size() >= 2);
        assertThat(delivered).containsExactly("1", "2");
        assertThat(connectionsSeenAtDelivery).as("both on the first connection, ~1.5 s long").containsExactly(1, 1);
    }

    @Test
    void tokensCompareNumericallyWhenNumeric() {
        assertThat(ChangeTokens.compare("10", "9")).isPositive();
        assertThat(ChangeTokens.compare("0010", "10")).isZero();
        assertThat(ChangeTokens.compare("b", "a")).isPositive();
        assertThat(ChangeTokens.compare("1", null)).isPositive();
    }
}
