package com.trendythreads.opsdesk.cache.sync;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.trendythreads.opsdesk.api.Json;
import com.trendythreads.opsdesk.api.error.MalformedResponse;
import com.trendythreads.opsdesk.api.error.RequestInfo;
import com.trendythreads.opsdesk.api.service.ResourcesApi;
import com.trendythreads.opsdesk.cache.outbox.Outbox;
import com.trendythreads.opsdesk.api.sync.ChangeTokens;
import com.trendythreads.opsdesk.cache.store.CacheDatabase;
import com.trendythreads.opsdesk.cache.store.ResourceType;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Function;
import okhttp3.ResponseBody;

/// The first full pull of the working set, page by page.
///
/// A page commits in one transaction with the cursor after it (up to [#PAGES_PER_COMMIT] pages share one),
/// so a cancelled or killed pull resumes at the first page not written instead of starting over. The delta sync afterwards starts
/// from the earliest change token any resource's first page gave, so nothing that changed during
/// the pull is missed (older changes are skipped by version).
final class InitialSync {

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
        // Totals first (one small request each, stored in one commit), so the bar and the ETA are right from
        // the start.
        Map<ResourceType, SyncBook.Pull> pulls = new LinkedHashMap<>();
        List<SyncBook.Pull> totals = new ArrayList<>();
        for (ResourceType t : types) {
            SyncBook.Pull p = db.read(h -> SyncBook.pull(h, t.resource()))
                    .orElse(new SyncBook.Pull(t.resource(), null, null, false, 0, null));
            if (!p.done() && p.total() == null) {
                Map<String, String> q = new HashMap<>(filters.get(t));
                q.put("limit", "1");
                Long total = RawPage.of(api.list(t.listPath(), q)).total();
                p = new SyncBook.Pull(p.resource(), p.startToken(), p.nextCursor(), false, p.items(),
                        total == null ? -1L : total);
                totals.add(p);
            }
            pulls.put(t, p);
        }
        if (!totals.isEmpty()) {
            db.write(tx -> {
                totals.forEach(p -> SyncBook.putPull(tx.handle(), p));
                return null;
            });
        }
        // One fetcher downloads the pages of every resource in pull order, a few pages ahead of this thread,
        // which writes them PAGES_PER_COMMIT at a time, or what has arrived after HOLD. Each commit writes an
        // encrypted chunk of the file (WRITE_DELAY=0), which was a third of the writing's CPU at one commit a
        // page, CPU the platform wants too on a small machine. Only a written page moves its stored cursor,
        // so a cancel, crash or failed fetch resumes at the first page not written.
        BlockingQueue<Fetched> arrived = new ArrayBlockingQueue<>(PAGES_AHEAD);
        Thread fetcher = Thread.ofVirtual().name("initial-sync-fetch")
                .start(() -> fetchAll(pulls, filters, arrived));
        Rate rate = new Rate(clock.instant());
        List<Fetched> pending = new ArrayList<>();
        long holdUntil = 0;
        try {
            while (true) {
                if (cancelled.getAsBoolean()) {
                    write(pending, cutoff, rate, progress);
                    return false;
                }
                long wait = pending.isEmpty() ? CANCEL_CHECK.toNanos()
                        : Math.min(CANCEL_CHECK.toNanos(), holdUntil - System.nanoTime());
                Fetched f = arrived.poll(Math.max(0, wait), TimeUnit.NANOSECONDS);
                if (f == null) {
                    if (!pending.isEmpty() && System.nanoTime() >= holdUntil) {
                        write(pending, cutoff, rate, progress);
                    }
                    continue;
                }
                if (f.failure() != null || f.type() == null) {
                    write(pending, cutoff, rate, progress);
                    if (f.failure() != null) {
                        throw f.failure();
                    }
                    break;
                }
                if (pending.isEmpty()) {
                    holdUntil = System.nanoTime() + HOLD.toNanos();
                }
                pending.add(f);
                if (pending.size() >= PAGES_PER_COMMIT) {
                    write(pending, cutoff, rate, progress);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } finally {
            fetcher.interrupt();
        }
        db.write(tx -> {
            List<SyncBook.Pull> stored = SyncBook.pulls(tx.handle());
            String from = stored.stream().map(SyncBook.Pull::startToken).filter(s -> s != null)
                    .min(ChangeTokens.ORDER).orElse(null);
            if (SyncBook.get(tx.handle(), SyncBook.CHANGE_TOKEN).isEmpty() && from != null) {
                SyncBook.put(tx.handle(), SyncBook.CHANGE_TOKEN, from);
            }
            SyncBook.put(tx.handle(), SyncBook.INITIAL_DONE, clock.instant().toString());
            long items = stored.stream().mapToLong(SyncBook.Pull::items).sum();
            Outbox.recordHistory(tx.handle(), clock.instant(), "INITIAL", "Initial sync complete", items);
            return null;
        });
        return true;
    }

    /// Pages in the writer's queue at most: with 500 items a page, a few MB of parsed JSON.
    ///
    /// Queued and pending pages live through young collections, which copy them: with four of each, the
    /// SMALL pull's collections paused 250-650 ms, with two of each 30-150 ms, and the writer's CPU did not
    /// grow with the extra commits (sixteen a commit made it grow by half).
    static final int PAGES_AHEAD = 2;
    /// Pages written in one transaction at most (so a kill loses at most this many to download again).
    static final int PAGES_PER_COMMIT = 2;
    /// How long an arrived page may wait for others to share its commit (the progress bar moves at least
    /// this often while pages arrive).
    private static final Duration HOLD = Duration.ofMillis(300);
    private static final Duration CANCEL_CHECK = Duration.ofMillis(100);

    /// A downloaded page with the resource's pull state after it; a failure instead; or, with neither, the
    /// end of the pull.
    private record Fetched(ResourceType type, RawPage page, SyncBook.Pull next, RuntimeException failure) {
    }

    /// The fetcher: every page not stored yet, in pull order, then the end (or the failure that stopped it).
    private void fetchAll(Map<ResourceType, SyncBook.Pull> pulls, Map<ResourceType, Map<String, String>> filters,
            BlockingQueue<Fetched> arrived) {
        try {
            try {
                for (Map.Entry<ResourceType, SyncBook.Pull> e : pulls.entrySet()) {
                    ResourceType t = e.getKey();
                    SyncBook.Pull p = e.getValue();
                    while (!p.done()) {
                        RawPage page = fetch(t, filters.get(t), p.nextCursor());
                        String startToken = p.startToken() != null ? p.startToken() : page.changeToken();
                        p = new SyncBook.Pull(t.resource(), startToken, page.nextCursor(), !page.hasNext(),
                                p.items() + page.items().size(), p.total());
                        arrived.put(new Fetched(t, page, p, null));
                    }
                }
                arrived.put(new Fetched(null, null, null, null));
            } catch (RuntimeException failure) {
                arrived.put(new Fetched(null, null, null, failure));
            }
        } catch (InterruptedException e) {
            // the writer stopped (cancelled or failed): nothing more is wanted
        }
    }

    /// Writes the arrived pages and their cursors in one transaction, then reports progress.
    private void write(List<Fetched> pages, Instant cutoff, Rate rate, Consumer<SyncProgress> progress) {
        if (pages.isEmpty()) {
            return;
        }
        db.write(tx -> {
            for (Fetched f : pages) {
                applier.upsert(tx, f.type(), f.page().items(), f.page().textOf(), cutoff);
                SyncBook.putPull(tx.handle(), f.next());
            }
            return null;
        });
        int items = pages.stream().mapToInt(f -> f.page().items().size()).sum();
        rate.add(items);
        fetchedLastRun += items;
        progress.accept(rate.decorate(progress(pages.getLast().type())));
        pages.clear();
    }

    private RawPage fetch(ResourceType t, Map<String, String> filter, String cursor) {
        Map<String, String> q = new HashMap<>(filter);
        q.put("limit", Integer.toString(settings.pageSize()));
        if (cursor != null) {
            q.put("cursor", cursor);
        }
        try (ResponseBody body = api.listBytes(t.listPath(), q)) {
            return RawPage.parse(body.bytes());
        } catch (IOException e) {
            throw new MalformedResponse(200, new RequestInfo("GET", t.listPath(), null), e.getMessage(), e);
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
    ///
    /// @param texts each item's JSON as it came, beside its tree ([#parse]), or `null` ([#of])
    record RawPage(List<JsonNode> items, List<String> texts, String nextCursor, String changeToken, Long total) {

        static RawPage of(JsonNode body) {
            if (body == null || !body.isObject() || !body.path("items").isArray()) {
                throw new IllegalStateException("not a list page: " + (body == null ? "no body" : body.getNodeType()));
            }
            List<JsonNode> items = new java.util.ArrayList<>();
            body.get("items").forEach(items::add);
            return new RawPage(items, null, text(body, "nextCursor"), text(body, "changeToken"),
                    body.hasNonNull("total") ? body.get("total").asLong() : null);
        }

        /// The page in `body`, keeping each item's own bytes as its text: the cache stores that text, which
        /// the writer would otherwise produce again from the tree (the platform writes the same compact JSON).
        static RawPage parse(byte[] body) throws IOException {
            ObjectMapper mapper = Json.mapper();
            // items are read one by one from the page's parser: what follows an item is no trailing garbage
            ObjectReader itemReader = mapper.readerFor(JsonNode.class)
                    .without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
            List<JsonNode> items = new ArrayList<>();
            List<String> texts = new ArrayList<>();
            String nextCursor = null;
            String changeToken = null;
            Long total = null;
            boolean sawItems = false;
            try (JsonParser p = mapper.getFactory().createParser(body)) {
                if (p.nextToken() != JsonToken.START_OBJECT) {
                    throw new IllegalStateException("not a list page: " + p.currentToken());
                }
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String field = p.currentName();
                    JsonToken value = p.nextToken();
                    switch (field) {
                        case "items" -> {
                            if (value != JsonToken.START_ARRAY) {
                                throw new IllegalStateException("not a list page: items is " + value);
                            }
                            sawItems = true;
                            for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
                                if (t == null) {
                                    throw new IllegalStateException("not a list page: it ends inside items");
                                }
                                long start = p.currentTokenLocation().getByteOffset();
                                JsonNode item = itemReader.readValue(p);
                                long end = p.currentLocation().getByteOffset();
                                items.add(item);
                                texts.add(item.isObject() && start >= 0 && end > start && body[(int) start] == '{'
                                        && body[(int) end - 1] == '}'
                                        ? new String(body, (int) start, (int) (end - start), StandardCharsets.UTF_8)
                                        : null);
                            }
                        }
                        case "nextCursor" -> nextCursor = value == JsonToken.VALUE_NULL ? null : p.getValueAsString();
                        case "changeToken" -> changeToken = value == JsonToken.VALUE_NULL ? null : p.getValueAsString();
                        case "total" -> total = value == JsonToken.VALUE_NULL ? null : p.getValueAsLong();
                        default -> p.skipChildren();
                    }
                }
                // A page cut short or followed by anything is not the page the platform sent.
                if (p.currentToken() != JsonToken.END_OBJECT || p.nextToken() != null) {
                    throw new IllegalStateException("not a list page: something other than its end follows its fields");
                }
            }
            if (!sawItems) {
                throw new IllegalStateException("not a list page: no items");
            }
            return new RawPage(items, texts, nextCursor, changeToken, total);
        }

        /// Each item's text as it came, by identity of its tree; `null` for an item (or a page) without one.
        Function<JsonNode, String> textOf() {
            if (texts == null) {
                return doc -> null;
            }
            Map<JsonNode, String> byItem = new IdentityHashMap<>(items.size() * 2);
            for (int i = 0; i < items.size(); i++) {
                byItem.put(items.get(i), texts.get(i));
            }
            return byItem::get;
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
