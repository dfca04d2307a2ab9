package com.trendythreads.opsdesk.cache.sync;

import com.fasterxml.jackson.databind.JsonNode;
import com.trendythreads.opsdesk.api.service.ResourcesApi;
import com.trendythreads.opsdesk.cache.outbox.Outbox;
import com.trendythreads.opsdesk.api.sync.ChangeTokens;
import com.trendythreads.opsdesk.cache.store.CacheDatabase;
import com.trendythreads.opsdesk.cache.store.ResourceType;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/// The first full pull of the working set, page by page.
///
/// Each page and the cursor after it commit in one transaction, so a cancelled or killed pull
/// resumes at the page it stopped at instead of starting over. The delta sync afterwards starts
/// from the earliest change token any resource's first page gave, so nothing that changed during
/// the pull is missed (older changes are skipped by version).
final class InitialSync {

    /// Page fetches run ahead on their own virtual thread while the current page is written.
    private static final Executor PREFETCH = r -> Thread.ofVirtual().name("initial-sync-prefetch").start(r);

    private final CacheDatabase db;
    private final ResourcesApi api;
    private final ServerApplier applier;
    private final SyncSettings settings;
    private final Clock clock;
    /// Items received from the platform by the latest [#run] (not those an earlier, interrupted run stored).
    private volatile long fetchedLastRun;

    InitialSync(CacheDatabase db, ResourcesApi api, ServerApplier applier, SyncSettings settings, Clock clock) {
        this.db = db;
        this.api = api;
        this.applier = applier;
        this.settings = settings;
        this.clock = clock;
    }

    boolean done() {
        return db.read(h -> SyncBook.get(h, SyncBook.INITIAL_DONE)).isPresent();
    }

    /// Pulls what is missing. Returns `false` when cancelled (progress is kept).
    ///
    /// @param types the resources the user may read, in pull order
    boolean run(List<ResourceType> types, Consumer<SyncProgress> progress, BooleanSupplier cancelled) {
        fetchedLastRun = 0;
        Instant cutoff = cutoff();
        Map<ResourceType, Map<String, String>> filters = new LinkedHashMap<>();
        for (ResourceType t : types) {
            Map<String, String> q = new HashMap<>();
            if (WorkingSet.dated(t)) {
                q.put("from", cutoff.toString());
            }
            filters.put(t, q);
        }
        // Totals first (one small request each), so the bar and the ETA are right from the start.
        for (ResourceType t : types) {
            SyncBook.Pull p = db.read(h -> SyncBook.pull(h, t.resource()))
                    .orElse(new SyncBook.Pull(t.resource(), null, null, false, 0, null));
            if (!p.done() && p.total() == null) {
                Map<String, String> q = new HashMap<>(filters.get(t));
                q.put("limit", "1");
                RawPage first = RawPage.of(api.list(t.listPath(), q));
                Long total = first.total();
                SyncBook.Pull withTotal = new SyncBook.Pull(p.resource(), p.startToken(), p.nextCursor(), false,
                        p.items(), total == null ? -1L : total);
                db.write(tx -> {
                    SyncBook.putPull(tx.handle(), withTotal);
                    return null;
                });
            }
        }
        Rate rate = new Rate(clock.instant());
        for (ResourceType t : types) {
            // The next page is fetched while this one is written: the cursor for it is in the page, and
            // only a written page moves the stored cursor, so a cancel, crash or failed fetch resumes at
            // the first page not written, exactly as without the overlap.
            CompletableFuture<RawPage> ahead = null;
            try {
                while (true) {
                    if (cancelled.getAsBoolean()) {
                        return false;
                    }
                    SyncBook.Pull p = db.read(h -> SyncBook.pull(h, t.resource())).orElseThrow();
                    if (p.done()) {
                        break;
                    }
                    RawPage page = ahead != null ? join(ahead) : fetch(t, filters.get(t), p.nextCursor());
                    ahead = null;
                    String startToken = p.startToken() != null ? p.startToken() : page.changeToken();
                    boolean last = !page.hasNext();
                    if (!last) {
                        Map<String, String> filter = filters.get(t);
                        String cursor = page.nextCursor();
                        ahead = CompletableFuture.supplyAsync(() -> fetch(t, filter, cursor), PREFETCH);
                    }
                    SyncBook.Pull next = new SyncBook.Pull(t.resource(), startToken, page.nextCursor(), last,
                            p.items() + page.items().size(), p.total());
                    db.write(tx -> {
                        applier.upsert(tx, t, page.items(), cutoff);
                        SyncBook.putPull(tx.handle(), next);
                        return null;
                    });
                    rate.add(page.items().size());
                    fetchedLastRun += page.items().size();
                    progress.accept(rate.decorate(progress(t)));
                    if (last) {
                        break;
                    }
                }
            } finally {
                if (ahead != null) {
                    ahead.cancel(true);
                }
            }
        }
        db.write(tx -> {
            List<SyncBook.Pull> pulls = SyncBook.pulls(tx.handle());
            String from = pulls.stream().map(SyncBook.Pull::startToken).filter(s -> s != null)
                    .min(ChangeTokens.ORDER).orElse(null);
            if (SyncBook.get(tx.handle(), SyncBook.CHANGE_TOKEN).isEmpty() && from != null) {
                SyncBook.put(tx.handle(), SyncBook.CHANGE_TOKEN, from);
            }
            SyncBook.put(tx.handle(), SyncBook.INITIAL_DONE, clock.instant().toString());
            long items = pulls.stream().mapToLong(SyncBook.Pull::items).sum();
            Outbox.recordHistory(tx.handle(), clock.instant(), "INITIAL", "Initial sync complete", items);
            return null;
        });
        return true;
    }

    private RawPage fetch(ResourceType t, Map<String, String> filter, String cursor) {
        Map<String, String> q = new HashMap<>(filter);
        q.put("limit", Integer.toString(settings.pageSize()));
        if (cursor != null) {
            q.put("cursor", cursor);
        }
        return RawPage.of(api.list(t.listPath(), q));
    }

    /// The prefetched page, or the fetch's own exception (an [com.trendythreads.opsdesk.api.error.ApiProblem]
    /// the engine turns into connectivity, as for a fetch made in place).
    private static RawPage join(CompletableFuture<RawPage> page) {
        try {
            return page.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw e;
        }
    }

    /// Items of list pages the latest run received (what a resumed run had to download again).
    long fetchedLastRun() {
        return fetchedLastRun;
    }

    /// The working set's start, fixed at the first run so a resumed pull keeps its filter.
    Instant cutoff() {
        return db.write(tx -> {
            Optional<String> from = SyncBook.get(tx.handle(), SyncBook.WORKING_SET_FROM);
            if (from.isPresent()) {
                return Instant.parse(from.get());
            }
            Instant c = clock.instant().minus(Duration.ofDays(settings.workingSetDays()));
            SyncBook.put(tx.handle(), SyncBook.WORKING_SET_FROM, c.toString());
            return c;
        });
    }

    private SyncProgress progress(ResourceType current) {
        return db.read(h -> {
            long done = 0;
            long total = 0;
            boolean unknown = false;
            for (SyncBook.Pull p : SyncBook.pulls(h)) {
                done += p.items();
                if (p.total() == null || p.total() < 0) {
                    unknown = true;
                } else {
                    total += Math.max(p.total(), p.items());
                }
            }
            return new SyncProgress("Initial sync", current.resource(), done, unknown ? -1 : total, 0, null);
        });
    }

    /// A list page as the contract defines it; `total` only on a first page.
    record RawPage(List<JsonNode> items, String nextCursor, String changeToken, Long total) {

        static RawPage of(JsonNode body) {
            if (body == null || !body.isObject() || !body.path("items").isArray()) {
                throw new IllegalStateException("not a list page: " + (body == null ? "no body" : body.getNodeType()));
            }
            List<JsonNode> items = new java.util.ArrayList<>();
            body.get("items").forEach(items::add);
            return new RawPage(items, text(body, "nextCursor"), text(body, "changeToken"),
                    body.hasNonNull("total") ? body.get("total").asLong() : null);
        }

        boolean hasNext() {
            return nextCursor != null && !nextCursor.isEmpty();
        }

        private static String text(JsonNode n, String f) {
            return n.hasNonNull(f) ? n.get(f).asText() : null;
        }
    }

    /// Items per second of this run, and the ETA from it.
    private final class Rate {
        private final Instant start;
        private long items;

        Rate(Instant start) {
            this.start = start;
        }

        void add(long n) {
            items += n;
        }

        SyncProgress decorate(SyncProgress p) {
            double seconds = Math.max(0.001, Duration.between(start, clock.instant()).toMillis() / 1000.0);
            double perSecond = items / seconds;
            Duration eta = p.total() < 0 || perSecond <= 0 ? null
                    : Duration.ofMillis((long) ((p.total() - p.done()) / perSecond * 1000));
            return new SyncProgress(p.phase(), p.resource(), p.done(), p.total(), perSecond, eta);
        }
    }
}
