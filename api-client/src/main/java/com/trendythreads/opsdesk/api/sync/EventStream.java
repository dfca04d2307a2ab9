package com.trendythreads.opsdesk.api.sync;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.trendythreads.opsdesk.api.http.RetryAfter;
import com.trendythreads.opsdesk.api.http.RetryPolicy;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.sse.EventSource;
import okhttp3.sse.EventSourceListener;
import okhttp3.sse.EventSources;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/// The live change feed (`GET /v1/events`, Server-Sent Events), kept connected.
///
/// - Delivers each [Change] to the [Listener] once, in feed order, on one thread at a time.
///   A change whose token is not after the last delivered one is dropped (replays after a
///   reconnect, duplicates).
/// - On failure or a server close it reconnects with exponential backoff and full jitter
///   (or the `Retry-After` of a 429/503), sending `Last-Event-ID` = the last delivered token,
///   so nothing is missed. The bearer token is added and renewed by the client's auth
///   interceptor on every (re)connect.
/// - Gives up only on 401 (session expired) or 403, or when [#close()] is called.
/// - If the listener throws, the change counts as not delivered: the stream reconnects and it
///   comes again.
///
/// The HTTP client must have no call timeout and a read timeout well above the platform's 15 s
/// heartbeat; `PlatformClient` builds one like that.
public final class EventStream implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(EventStream.class);

    /// Connection state, for a status-bar indicator.
    public enum State { CONNECTING, OPEN, RECONNECTING, CLOSED }

    /// Receives the stream's changes and state. Called on OkHttp's threads: keep it short or
    /// hand off (e.g. to the sync engine's queue).
    public interface Listener {

        void onChange(Change change);

        default void onStateChanged(State state) {
        }

        /// The stream gave up (401/403); it is [State#CLOSED] now.
        default void onGaveUp(int status) {
        }
    }

    private final EventSource.Factory factory;
    private final HttpUrl url;
    private final ObjectMapper mapper;
    private final Listener listener;
    private final RetryPolicy backoff;
    private final Clock clock;
    private final ScheduledExecutorService scheduler;
    private final ReentrantLock lock = new ReentrantLock();

    private String lastToken;
    private State state;
    private EventSource source;
    private long generation;
    private int failures;
    private boolean started;
    private boolean closed;

    /// @param client    without call timeout and with a read timeout above the heartbeat
    /// @param url       the `/v1/events` URL
    /// @param lastToken the token of the last change already applied, or `null`
    /// @param backoff   reconnect pacing (only `base` and `cap` are used; it never gives up)
    public EventStream(OkHttpClient client, HttpUrl url, ObjectMapper mapper, String lastToken, Listener listener,
            RetryPolicy backoff, Clock clock) {
        this.factory = EventSources.createFactory(Objects.requireNonNull(client, "client"));
        this.url = Objects.requireNonNull(url, "url");
        this.mapper = Objects.requireNonNull(mapper, "mapper");
        this.lastToken = lastToken;
        this.listener = Objects.requireNonNull(listener, "listener");
        this.backoff = Objects.requireNonNull(backoff, "backoff");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.scheduler = Executors.newSingleThreadScheduledExecutor(
                Thread.ofPlatform().daemon().name("opsdesk-events-reconnect").factory());
    }

    /// Connects. Call once.
    public EventStream start() {
        lock.lock();
        try {
            if (started) {
                throw new IllegalStateException("already started");
            }
            started = true;
            connect(State.CONNECTING);
        } finally {
            lock.unlock();
        }
        return this;
    }

    public State state() {
        lock.lock();
        try {
            return state;
        } finally {
            lock.unlock();
        }
    }

    /// The token of the last change delivered (or the one given at construction).
    public String lastDeliveredToken() {
        lock.lock();
        try {
            return lastToken;
        } finally {
            lock.unlock();
        }
    }

    /// Disconnects for good. Waits for a delivery in progress; no change is delivered after it.
    @Override
    public void close() {
        lock.lock();
        try {
            if (closed) {
                return;
            }
            closed = true;
            generation++;
            if (source != null) {
                source.cancel();
                source = null;
            }
            setState(State.CLOSED);
        } finally {
            lock.unlock();
        }
        scheduler.shutdownNow();
    }

    // Callers hold the lock.
    private void connect(State connectingState) {
        if (closed) {
            return;
        }
        setState(connectingState);
        long gen = ++generation;
        Request.Builder request = new Request.Builder().url(url).header("Accept", "text/event-stream")
                .header("Cache-Control", "no-cache");
        if (lastToken != null) {
            request.header("Last-Event-ID", lastToken);
        }
        source = factory.newEventSource(request.build(), new SourceListener(gen));
    }

    private void setState(State next) {
        if (next != state) {
            state = next;
            try {
                listener.onStateChanged(next);
            } catch (RuntimeException e) {
                LOG.warn("Event stream state listener failed", e);
            }
        }
    }

    // Callers hold the lock.
    private void reconnectLater(Duration retryAfter) {
        if (closed) {
            return;
        }
        generation++;
        if (source != null) {
            source.cancel();
            source = null;
        }
        setState(State.RECONNECTING);
        Duration delay = retryAfter != null ? min(retryAfter, backoff.cap()) : backoff.backoff(failures);
        failures++;
        LOG.debug("Event stream reconnecting in {} ms (after {} failures)", delay.toMillis(), failures);
        try {
            scheduler.schedule(() -> {
                lock.lock();
                try {
                    connect(State.RECONNECTING);
                } finally {
                    lock.unlock();
                }
            }, delay.toMillis(), TimeUnit.MILLISECONDS);
        } catch (java.util.concurrent.RejectedExecutionException closing) {
            // close() raced us; nothing to do.
        }
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    private final class SourceListener extends EventSourceListener {

        private final long gen;

        SourceListener(long gen) {
            this.gen = gen;
        }

        private boolean stale() {
            return closed || gen != generation;
        }

        @Override
        public void onOpen(EventSource eventSource, Response response) {
            lock.lock();
            try {
                if (!stale()) {
                    failures = 0;
                    setState(State.OPEN);
                }
            } finally {
                lock.unlock();
            }
        }

        @Override
        public void onEvent(EventSource eventSource, String id, String type, String data) {
            lock.lock();
            try {
                if (stale() || (type != null && !"change".equals(type))) {
                    return;
                }
                Change change;
                try {
                    change = mapper.readValue(data, Change.class);
                } catch (Exception e) {
                    LOG.warn("Skipping undecodable event {}: {}", id, e.toString());
                    return;
                }
                String token = change.token() != null ? change.token() : id;
                if (token == null || ChangeTokens.compare(token, lastToken) <= 0) {
                    LOG.debug("Skipping change {} (already have {})", token, lastToken);
                    return;
                }
                try {
                    listener.onChange(change);
                } catch (RuntimeException e) {
                    LOG.warn("Change listener failed on {}; reconnecting to receive it again", token, e);
                    reconnectLater(null);
                    return;
                }
                lastToken = token;
            } finally {
                lock.unlock();
            }
        }

        @Override
        public void onClosed(EventSource eventSource) {
            lock.lock();
            try {
                if (!stale()) {
                    LOG.info("Event stream closed by the platform; reconnecting");
                    reconnectLater(null);
                }
            } finally {
                lock.unlock();
            }
        }

        @Override
        public void onFailure(EventSource eventSource, Throwable t, Response response) {
            lock.lock();
            try {
                if (stale()) {
                    return;
                }
                int status = response == null ? 0 : response.code();
                if (status == 401 || status == 403) {
                    LOG.info("Event stream refused with {}; giving up", status);
                    generation++;
                    source = null;
                    closed = true;
                    setState(State.CLOSED);
                    scheduler.shutdown();
                    listener.onGaveUp(status);
                    return;
                }
                Duration retryAfter = null;
                if (status == 429 || status == 503) {
                    Optional<Duration> parsed = RetryAfter.parse(response.header("Retry-After"), clock.instant());
                    retryAfter = parsed.orElse(null);
                }
                LOG.info("Event stream failed ({}); reconnecting", t != null ? t.toString() : "HTTP " + status);
                reconnectLater(retryAfter);
            } finally {
                lock.unlock();
            }
        }
    }
}
