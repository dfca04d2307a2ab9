package com.trendythreads.opsdesk.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class EventStreamTest {

    static TestPlatform p;
    static String mia;

    @BeforeAll
    static void start() {
        p = new TestPlatform(b -> b.heartbeat(Duration.ofMillis(300)));
        mia = p.token("mia.merch");
    }

    @AfterAll
    static void stop() {
        p.close();
    }

    /// An SSE connection read on a virtual thread; frames arrive in `events` (comments in `comments`).
    static final class Stream implements AutoCloseable {
        record Event(String name, String id, JsonNode data) {}

        final HttpResponse<InputStream> response;
        final BlockingQueue<Event> events = new LinkedBlockingQueue<>();
        final BlockingQueue<String> comments = new LinkedBlockingQueue<>();
        final Thread reader;

        Stream(String query, String... headers) throws Exception {
            response = p.http.send(p.request("/v1/events" + query, mia, headers).header("Accept", "text/event-stream").GET().build(),
                    HttpResponse.BodyHandlers.ofInputStream());
            reader = Thread.ofVirtual().start(this::read);
        }

        private void read() {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
                String name = null, id = null, data = null, line;
                while ((line = in.readLine()) != null) {
                    if (line.isEmpty()) {
                        if (data != null) events.add(new Event(name, id, TestPlatform.JSON.readTree(data)));
                        name = id = data = null;
                    } else if (line.startsWith(":")) {
                        comments.add(line);
                    } else if (line.startsWith("event: ")) {
                        name = line.substring(7);
                    } else if (line.startsWith("id: ")) {
                        id = line.substring(4);
                    } else if (line.startsWith("data: ")) {
                        data = line.substring(6);
                    }
                }
            } catch (IOException e) {
                // closed
            }
        }

        List<Event> take(int n) throws InterruptedException {
            List<Event> out = new ArrayList<>();
            while (out.size() < n) {
                Event e = events.poll(10, TimeUnit.SECONDS);
                if (e == null) throw new AssertionError("only " + out.size() + " of " + n + " events arrived");
                out.add(e);
            }
            return out;
        }

        @Override
        public void close() throws IOException {
            response.body().close();
        }
    }

    @Test
    void streamsLiveChangesFromNowAndSendsHeartbeats() throws Exception {
        p.createWidget(mia, "before-connect");
        try (Stream s = new Stream("")) {
            assertThat(s.response.statusCode()).isEqualTo(200);
            assertThat(s.response.headers().firstValue("Content-Type")).hasValueSatisfying(ct -> assertThat(ct).startsWith("text/event-stream"));
            assertThat(s.response.headers().firstValue("X-Request-Id")).isPresent();
            JsonNode w = p.createWidget(mia, "live-1");
            Stream.Event e = s.take(1).getFirst();
            assertThat(e.name()).isEqualTo("change");
            assertThat(e.data().get("id").asText()).isEqualTo(w.get("id").asText());
            assertThat(e.id()).isEqualTo(e.data().get("token").asText());
            assertThat(e.data().at("/data/secret").asText()).isEqualTo("***");
            String heartbeat = null;
            for (int i = 0; i < 5 && (heartbeat == null || !heartbeat.contains("heartbeat")); i++) {
                heartbeat = s.comments.poll(2, TimeUnit.SECONDS);
            }
            assertThat(heartbeat).contains("heartbeat");
            assertThat(s.events).isEmpty();
        }
    }

    @Test
    void resumesAfterDisconnectFromLastEventIdWithNoGapAndNoDuplicate() throws Exception {
        List<String> delivered = new ArrayList<>();
        String lastId;
        try (Stream s = new Stream("")) {
            for (int i = 0; i < 3; i++) p.createWidget(mia, "a" + i);
            List<Stream.Event> first = s.take(3);
            first.forEach(e -> delivered.add(e.data().get("id").asText()));
            lastId = first.getLast().id();
        }
        // Written while no one listens.
        List<String> missed = new ArrayList<>();
        for (int i = 0; i < 7; i++) missed.add(p.createWidget(mia, "b" + i).get("id").asText());
        try (Stream s = new Stream("", "Last-Event-ID", lastId)) {
            List<Stream.Event> replay = s.take(7);
            assertThat(replay).extracting(e -> e.data().get("id").asText()).containsExactlyElementsOf(missed);
            String live = p.createWidget(mia, "c").get("id").asText();
            assertThat(s.take(1).getFirst().data().get("id").asText()).isEqualTo(live);
            Thread.sleep(400);
            assertThat(s.events).as("no duplicates").isEmpty();
        }
        assertThat(delivered).doesNotContainAnyElementsOf(missed);
    }

    @Test
    void sinceQueryReplaysToo() throws Exception {
        String since = p.platform.changes().currentChangeToken();
        String id = p.createWidget(mia, "via-since").get("id").asText();
        try (Stream s = new Stream("?since=" + since)) {
            assertThat(s.take(1).getFirst().data().get("id").asText()).isEqualTo(id);
        }
    }

    @Test
    void invalidLastEventIdIs400() throws Exception {
        HttpResponse<String> r = p.get("/v1/events", mia, "Last-Event-ID", "nope");
        ProblemsTest.assertProblem(r, 400, "invalid-parameter");
    }
}
