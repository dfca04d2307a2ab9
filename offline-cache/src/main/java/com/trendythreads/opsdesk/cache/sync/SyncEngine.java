package com.trendythreads.opsdesk.cache.sync;

import com.trendythreads.opsdesk.api.PlatformClient;
import com.trendythreads.opsdesk.api.auth.Me;
import com.trendythreads.opsdesk.api.error.ApiProblem;
import com.trendythreads.opsdesk.api.service.ResourcesApi;
import com.trendythreads.opsdesk.api.sync.Change;
import com.trendythreads.opsdesk.api.sync.ChangePage;
import com.trendythreads.opsdesk.api.sync.ChangeTokens;
import com.trendythreads.opsdesk.api.sync.EventStream;
import com.trendythreads.opsdesk.cache.outbox.Conflicts;
import com.trendythreads.opsdesk.cache.outbox.LocalEdits;
import com.trendythreads.opsdesk.cache.outbox.Outbox;
import com.trendythreads.opsdesk.cache.outbox.Pusher;
import com.trendythreads.opsdesk.cache.outbox.ServerState;
import com.trendythreads.opsdesk.cache.status.Connectivity;
import com.trendythreads.opsdesk.cache.status.ConnectivityTracker;
import com.trendythreads.opsdesk.cache.store.CacheDatabase;
import com.trendythreads.opsdesk.cache.store.LocalTables;
import com.trendythreads.opsdesk.cache.store.ResourceType;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/// Keeps the local cache and the platform in step: the initial pull, then deltas from the last
/// change token, live changes from the event stream, and the outbox pushed as soon as the
/// network allows.
///
/// All network and sync work runs on one loop (started by [#start()] on the injected executor);
/// edits wake it. The synchronous methods ([#initialSync], [#catchUp], [#pushDue]) run the same
/// steps on the caller's thread for tests and tools, when the loop is not running.
///
/// State for the status bar comes from [#status()] and [#onStatus]; nothing here knows JavaFX.
public final class SyncEngine implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(SyncEngine.class);

    /// Pull order: reference data first so that screens opening early find what rows point to.
    static final List<String> PULL_ORDER = List.of("category", "location", "user", "product", "stock", "campaign",
            "promo_code", "segment", "macro", "customer", "review", "transfer", "order", "pick_list", "ticket",
            "alert", // alert: lane audit
            "supplier", "supplier_item", "purchase_order"); // lane supply

    private final CacheDatabase db;
    private final PlatformClient client;
    private final ResourcesApi api;
    private final SyncSettings settings;
    private final Clock clock;
    private final Executor executor;
    private final ConnectivityTracker connectivity;
    private final ServerApplier applier;
    private final InitialSync initial;
    private final Pusher pusher;
    private final LocalEdits edits;
    private final Outbox outbox;
    private final Conflicts conflicts;

    private final ReentrantLock lock = new ReentrantLock();
    private final Condition wake = lock.newCondition();
    private boolean woken;
    private volatile boolean running;
    private volatile boolean closed;
    private volatile boolean cancelInitial;
    private volatile SyncProgress progress;
    private volatile Instant lastSync;
    private Instant lastPrune;
    /// How often the loop removes what aged out of the working set (retention).
    static final Duration PRUNE_EVERY = Duration.ofHours(6);
    private final List<Consumer<SyncStatus>> listeners = new CopyOnWriteArrayList<>();
    private volatile SyncStatus lastPublished;
    static final Duration COALESCE = Duration.ofMillis(50);
    private final AtomicBoolean publishScheduled = new AtomicBoolean();
    private final ReentrantLock streamLock = new ReentrantLock();
    private EventStream stream;
    private AutoCloseable busSubscription;

    public SyncEngine(CacheDatabase db, LocalTables tables, PlatformClient client, SyncSettings settings, Clock clock,
            Executor executor) {
        this.db = Objects.requireNonNull(db, "db");
        this.client = Objects.requireNonNull(client, "client");
        this.api = client.create(ResourcesApi.class);
        this.settings = Objects.requireNonNull(settings, "settings");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.executor = Objects.requireNonNull(executor, "executor");
        this.connectivity = new ConnectivityTracker(clock);
        this.applier = new ServerApplier(tables, new ServerState(tables));
        this.initial = new InitialSync(db, api, applier, settings, clock);
        this.pusher = new Pusher(db, tables, api, settings.pushBackoff(), clock, connectivity);
        this.edits = new LocalEdits(db, tables, clock, this::wake);
        this.outbox = new Outbox(db, tables, clock, this::wake);
        this.conflicts = new Conflicts(db, tables, clock, this::wake);
        this.lastSync = db.read(h -> SyncBook.get(h, SyncBook.LAST_SYNC)).map(Instant::parse).orElse(null);
        connectivity.onChange(c -> publish());
        this.busSubscription = db.changes().subscribe(Set.of(Outbox.TABLE, Conflicts.TABLE), c -> publishSoon());
    }

    public LocalEdits edits() {
        return edits;
    }

    public Outbox outbox() {
        return outbox;
    }

    public Conflicts conflicts() {
        return conflicts;
    }

    // --- status ---

    public SyncStatus status() {
        Outbox.Counts c = outbox.counts();
        return new SyncStatus(connectivity.state(), lastSync, c.pending(), c.failed(), c.conflicts(), progress,
                connectivity.lastProblem());
    }

    /// Calls the listener with every new status (on the sync thread or the editing thread; a UI
    /// hands it over to its own thread). Returns a handle that unsubscribes.
    public AutoCloseable onStatus(Consumer<SyncStatus> listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    /// Outbox and conflict changes come in bursts (a bulk job queues thousands of edits, one commit each): their
    /// status is published once per [#COALESCE] instead of once per commit. Counting the outbox per commit made
    /// queueing quadratic: 10,000 queued edits spent 18 s in the counts alone.
    private void publishSoon() {
        if (publishScheduled.compareAndSet(false, true)) {
            CompletableFuture.delayedExecutor(COALESCE.toMillis(), TimeUnit.MILLISECONDS, executor).execute(() -> {
                publishScheduled.set(false); // before counting: a change during the count schedules another
                publish();
            });
        }
    }

    private void publish() {
        SyncStatus s;
        try {
            s = status();
        } catch (RuntimeException e) {
            return; // closing
        }
        if (s.equals(lastPublished)) {
            return;
        }
        lastPublished = s;
        for (Consumer<SyncStatus> l : listeners) {
            try {
                l.accept(s);
            } catch (RuntimeException e) {
                LOG.warn("Sync status listener failed", e);
            }
        }
    }

    // --- the loop ---

    /// Starts syncing in the background. Call once.
    public void start() {
        if (running) {
            throw new IllegalStateException("already started");
        }
        running = true;
        if (!initial.done()) {
            // The first page of a first sync comes seconds later (the platform reads and counts it); until
            // then the status bar would show nothing, on the screen a first start opens with.
            progress = new SyncProgress("Initial sync", null, 0, -1, 0, null);
        }
        executor.execute(this::loop);
    }

    /// Wakes the loop now (an edit was made, the user pressed "Sync now").
    public void wake() {
        lock.lock();
        try {
            woken = true;
            wake.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /// Stops a running initial sync; what it stored stays, and it resumes after [#resumeInitialSync()].
    public void cancelInitialSync() {
        cancelInitial = true;
    }

    public void resumeInitialSync() {
        cancelInitial = false;
        wake();
    }

    /// After the user signed in again: the queued work resumes.
    public void signedIn() {
        connectivity.signedIn();
        wake();
    }

    private void loop() {
        int failures = 0;
        while (!closed) {
            Duration wait = settings.idleRecheck();
            long epoch = connectivity.epoch();
            try {
                pruneWhenDue();
                if (connectivity.state() == Connectivity.SIGN_IN_EXPIRED) {
                    await(wait);
                    continue;
                }
                if (!initial.done()) {
                    if (cancelInitial || !initialSync()) {
                        await(wait);
                        continue;
                    }
                }
                catchUp();
                Pusher.Report r = pusher.pushDue();
                if (!r.stopped()) {
                    markSynced();
                }
                openStream();
                failures = 0;
                Instant due = pusher.nextDue().orElse(null);
                if (due != null) {
                    Duration untilDue = Duration.between(clock.instant(), due);
                    wait = untilDue.isNegative() ? Duration.ofMillis(10) : min(wait, untilDue);
                }
            } catch (ApiProblem p) {
                connectivity.failure(p, epoch);
                wait = settings.pushBackoff().backoff(failures++);
                LOG.info("Sync paused: {} (next try in {} ms)", p.getMessage(), wait.toMillis());
            } catch (RuntimeException e) {
                if (closed) {
                    return;
                }
                wait = settings.pushBackoff().backoff(failures++);
                LOG.error("Sync step failed; retrying in {} ms", wait.toMillis(), e);
            }
            publish();
            await(wait);
        }
    }

    private void await(Duration d) {
        lock.lock();
        try {
            if (!woken && !closed) {
                wake.await(Math.max(1, d.toMillis()), TimeUnit.MILLISECONDS);
            }
            woken = false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            closed = true;
        } finally {
            lock.unlock();
        }
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    private void markSynced() {
        lastSync = clock.instant();
        db.write(tx -> {
            SyncBook.put(tx.handle(), SyncBook.LAST_SYNC, lastSync.toString());
            return null;
        });
    }

    // --- steps (also callable directly when the loop is not running) ---

    /// Pulls the working set (or the rest of it). `false` when cancelled.
    public boolean initialSync() {
        try {
            boolean ok = initial.run(readableTypes(), p -> {
                progress = p;
                publish();
            }, () -> cancelInitial || closed);
            connectivity.success();
            return ok;
        } finally {
            progress = null;
            publish();
        }
    }

    /// Whether the initial pull has completed.
    public boolean initialSyncDone() {
        return initial.done();
    }

    /// Items the latest [#initialSync()] of this engine downloaded (a resumed pull counts only the pages
    /// it fetched, not what an interrupted run had already stored).
    public long initialSyncFetched() {
        return initial.fetchedLastRun();
    }

    /// Applies every change after the stored token.
    public int catchUp() {
        int applied = 0;
        while (true) {
            String since = token();
            ChangePage page = client.sync().changes(since, settings.feedPageSize());
            connectivity.success();
            applied += applyChanges(since, page.changes(), page.nextToken());
            if (!page.hasMore()) {
                return applied;
            }
        }
    }

    /// Retention (issue #10): every [#PRUNE_EVERY] of the engine's clock, whether online, offline or signed
    /// out by an expired session (a laptop offline for weeks must not keep old customer orders), and at the
    /// first turn of the loop after start.
    private void pruneWhenDue() {
        if (lastPrune == null || Duration.between(lastPrune, clock.instant()).compareTo(PRUNE_EVERY) >= 0) {
            pruneWorkingSet();
            lastPrune = clock.instant();
        }
    }

    /// Drops orders, tickets and pick lists that have aged out of the working set, except those
    /// with edits still queued. Returns how many rows went.
    public int pruneWorkingSet() {
        Instant cutoff = clock.instant().minus(Duration.ofDays(settings.workingSetDays()));
        return db.write(tx -> {
            int n = 0;
            for (var e : WorkingSet.DATE_COLUMN.entrySet()) {
                ResourceType t = ResourceType.ofResource(e.getKey());
                n += tx.handle().createUpdate("DELETE FROM " + t.table() + " WHERE " + e.getValue() + " < :cutoff "
                                + "AND id NOT IN (SELECT entity_id FROM entity_base WHERE resource = :r)")
                        .bind("cutoff", SyncBook.utc(cutoff)).bind("r", t.resource()).execute();
                tx.changedAll(t.table());
            }
            if (n > 0) {
                Outbox.recordHistory(tx.handle(), clock.instant(), "PRUNED",
                        "Removed " + n + " records older than " + settings.workingSetDays() + " days", (long) n);
            }
            return n;
        });
    }

    /// Sends what is due in the outbox.
    public Pusher.Report pushDue() {
        return pusher.pushDue();
    }

    /// Applies a feed page read after `since` and stores the page's next token with the rows.
    private int applyChanges(String since, List<Change> changes, String nextToken) {
        List<Change> fresh = new ArrayList<>();
        for (Change c : changes) {
            if (since == null || ChangeTokens.compare(c.token(), since) > 0) {
                fresh.add(c);
            }
        }
        String target = nextToken != null && (since == null || ChangeTokens.compare(nextToken, since) > 0)
                ? nextToken : (fresh.isEmpty() ? since : fresh.getLast().token());
        if (fresh.isEmpty() && Objects.equals(target, since)) {
            return 0;
        }
        Instant cutoff = clock.instant().minus(Duration.ofDays(settings.workingSetDays()));
        return db.write(tx -> {
            int n = applier.apply(tx, fresh, cutoff);
            if (target != null) {
                SyncBook.put(tx.handle(), SyncBook.CHANGE_TOKEN, target);
            }
            if (n > 0) {
                Outbox.recordHistory(tx.handle(), clock.instant(), "DELTA", "Applied " + n + " changes", (long) n);
            }
            return n;
        });
    }

    /// The change token applied last, or `null` before the first sync.
    public String token() {
        return db.read(h -> SyncBook.get(h, SyncBook.CHANGE_TOKEN)).orElse(null);
    }

    /// The live stream is a doorbell: each event wakes the loop, which reads the change feed from
    /// the stored token. The feed is gap-free, so the token never moves past a change the stream
    /// skipped (an event it could not decode, one lost in a reconnect); the cost is one small
    /// request per burst of events.
    private void openStream() {
        streamLock.lock();
        try {
            if (!settings.live() || stream != null || closed) {
                return;
            }
            stream = client.events(token(), new EventStream.Listener() {
                @Override
                public void onChange(Change change) {
                    wake();
                }

                @Override
                public void onStateChanged(EventStream.State state) {
                    if (state == EventStream.State.RECONNECTING) {
                        connectivity.streamInterrupted();
                        publish();
                    } else if (state == EventStream.State.OPEN) {
                        wake(); // catch up whatever the outage held back, and push
                    }
                }

                @Override
                public void onGaveUp(int status) {
                    LOG.warn("Live stream closed by the platform ({})", status);
                    if (status == 401) {
                        connectivity.signInExpired();
                    }
                    closeStream();
                    wake();
                }
            }).start();
        } finally {
            streamLock.unlock();
        }
    }

    // The loop opens the stream while close() or onGaveUp may be closing it: one lock, and
    // `closed` checked under it, so no stream outlives the engine.
    private void closeStream() {
        EventStream s;
        streamLock.lock();
        try {
            s = stream;
            stream = null;
        } finally {
            streamLock.unlock();
        }
        if (s != null) {
            s.close();
        }
    }

    private List<ResourceType> readableTypes() {
        Me me = client.session().me()
                .orElseThrow(() -> new IllegalStateException("Sign in before syncing"));
        List<ResourceType> types = new ArrayList<>();
        for (String name : PULL_ORDER) {
            ResourceType t = ResourceType.ofResource(name);
            if (me.can(t.listOperation())) {
                types.add(t);
            }
        }
        return types;
    }

    /// Reads records outside the working set from the platform on demand (needs the network).
    public RemoteLookup remoteLookup() {
        return new RemoteLookup(client);
    }

    /// One of the platform's service interfaces (e.g. `AnalyticsApi`) on this session's signed-in client,
    /// for reads the sync engine does not cover (the dashboard's aggregate reports). Needs the network.
    public <T> T service(Class<T> type) {
        return client.create(type);
    }

    public Connectivity connectivity() {
        return connectivity.state();
    }

    /// Stops the loop and the live stream; queued edits stay in the cache for next time.
    @Override
    public void close() {
        streamLock.lock();
        try {
            closed = true;
        } finally {
            streamLock.unlock();
        }
        wake();
        closeStream();
        try {
            busSubscription.close();
        } catch (Exception e) {
            LOG.debug("unsubscribe failed", e);
        }
    }
}
