package com.trendythreads.opsdesk.platform.changes;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.trendythreads.opsdesk.platform.auth.Principal;
import com.trendythreads.opsdesk.platform.auth.TokenService;
import com.trendythreads.opsdesk.platform.db.Durability;
import com.trendythreads.opsdesk.platform.http.HandlerRegistry;
import com.trendythreads.opsdesk.platform.http.OperationPipeline;
import com.trendythreads.opsdesk.platform.http.Params;
import io.javalin.http.Context;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/// `listChanges` (`GET /v1/changes`) and `streamEvents` (`GET /v1/events`, Server-Sent Events).
///
/// The stream is not an in-memory fan-out: each connection reads the changes table in seq order from its own
/// position and sleeps on the [ChangeNotifier] when caught up. A slow or reconnecting client therefore gets
/// every change exactly once, in order, however many commits happened meanwhile.
public final class ChangeHandlers {

    private static final Logger log = LoggerFactory.getLogger(ChangeHandlers.class);
    private static final int STREAM_BATCH = 200;

    private final ChangeFeed feed;
    private final ChangeNotifier notifier;
    private final Durability durability;
    private final ObjectMapper mapper;
    private final Duration heartbeat;
    private final Clock clock;

    public ChangeHandlers(ChangeFeed feed, ChangeNotifier notifier, Durability durability, ObjectMapper mapper,
                          Duration heartbeat, Clock clock) {
        this.durability = durability;
        this.feed = feed;
        this.notifier = notifier;
        this.mapper = mapper;
        this.heartbeat = heartbeat;
        this.clock = clock;
    }

    public void register(HandlerRegistry registry) {
        registry.handle("listChanges", this::listChanges);
        registry.handle("streamEvents", this::streamEvents);
    }

    private void listChanges(Context ctx) {
        String since = ctx.queryParam("since");
        long sinceSeq = since == null || since.isEmpty() ? 0 : ChangeFeed.parseToken(since, "since");
        int limit = Params.limit(ctx);
        ctx.json(feed.page(Principal.of(ctx), sinceSeq, limit));
    }

    private void streamEvents(Context ctx) throws Exception {
        Principal principal = Principal.of(ctx);
        TokenService.Authenticated auth = ctx.attribute(OperationPipeline.AUTH_ATTRIBUTE);
        String lastEventId = ctx.header("Last-Event-ID");
        String since = ctx.queryParam("since");
        long cursor;
        if (lastEventId != null && !lastEventId.isBlank()) {
            cursor = ChangeFeed.parseToken(lastEventId.trim(), "Last-Event-ID");
        } else if (since != null && !since.isEmpty()) {
            cursor = ChangeFeed.parseToken(since, "since");
        } else {
            cursor = Long.parseLong(feed.currentChangeToken());
        }

        HttpServletResponse res = ctx.res();
        res.setStatus(200);
        res.setCharacterEncoding("UTF-8");
        res.setContentType("text/event-stream");
        res.setHeader("Cache-Control", "no-cache");
        res.setHeader("X-Accel-Buffering", "no");
        OutputStream out = res.getOutputStream();
        // A first comment commits the headers at once, so the client knows it is connected.
        write(out, ": connected\n\n");
        long lastWrite = System.nanoTime();
        try {
            while (!notifier.isClosed()) {
                if (auth != null && !clock.instant().isBefore(auth.expiresAt())) {
                    // The client reconnects with a fresh token and resumes from its Last-Event-ID.
                    write(out, ": access token expired\n\n");
                    break;
                }
                long generation = notifier.generation();
                List<ChangeFeed.Row> rows = feed.rowsAfter(cursor, STREAM_BATCH);
                if (!rows.isEmpty()) {
                    StringBuilder frames = new StringBuilder();
                    for (ChangeFeed.Row row : rows) {
                        cursor = row.seq();
                        Optional<Change> change = feed.visible(row, principal);
                        if (change.isPresent()) {
                            frames.append("event: change\nid: ").append(change.get().token())
                                    .append("\ndata: ").append(mapper.writeValueAsString(change.get())).append("\n\n");
                        }
                    }
                    if (!frames.isEmpty()) {
                        // a change a crash could still undo would leave the reader's cursor past a sequence
                        // number that is handed out again
                        durability.await();
                        write(out, frames.toString());
                        lastWrite = System.nanoTime();
                    }
                    continue;
                }
                long sinceWrite = System.nanoTime() - lastWrite;
                long untilHeartbeat = heartbeat.toNanos() - sinceWrite;
                if (untilHeartbeat <= 0) {
                    write(out, ": heartbeat " + Instant.now(clock) + "\n\n");
                    lastWrite = System.nanoTime();
                    continue;
                }
                notifier.await(generation, Duration.ofNanos(untilHeartbeat));
            }
        } catch (IOException e) {
            log.debug("Event stream of {} closed by the client: {}", principal.username(), e.toString());
        }
    }

    private static void write(OutputStream out, String text) throws IOException {
        out.write(text.getBytes(StandardCharsets.UTF_8));
        out.flush();
    }
}
