package com.trendythreads.opsdesk.cache.crash;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.trendythreads.opsdesk.api.PlatformClient;
import com.trendythreads.opsdesk.api.http.RetryPolicy;
import com.trendythreads.opsdesk.cache.outbox.LocalEdits;
import com.trendythreads.opsdesk.cache.outbox.OutboxEntry;
import com.trendythreads.opsdesk.cache.store.CacheDatabase;
import com.trendythreads.opsdesk.cache.store.CacheOptions;
import com.trendythreads.opsdesk.cache.store.LocalTables;
import com.trendythreads.opsdesk.cache.store.ResourceType;
import com.trendythreads.opsdesk.cache.sync.SyncEngine;
import com.trendythreads.opsdesk.cache.sync.SyncSettings;
import com.trendythreads.opsdesk.cache.sync.SyncStatus;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import com.trendythreads.opsdesk.api.dto.orders.RefundCreate;
import com.trendythreads.opsdesk.cache.orders.OrderActions;
import com.trendythreads.opsdesk.cache.repo.OrderRepository;
import com.trendythreads.opsdesk.cache.repo.ProductRepository;
import com.trendythreads.opsdesk.cache.repo.ReferenceRepository;
import java.util.concurrent.Executors;
import java.util.function.Supplier;

/// One Ops Desk process for the crash tests, run in a child JVM and killed with `kill -9` at random points.
///
/// Args: `baseUrl cacheDir username password mode [mode args]`, modes:
///
/// - `edits N seed`: initial sync if the cache has none, catch up, queue the steps of [EditPlan] that are not
///   queued yet (each exactly once over all runs, found by its marker in the outbox or the sync history: a
///   user who made them before the crash), then push until the outbox is empty. Prints `OPENED`, `PAGE n`,
///   `SYNCED`, `QUEUED i`, `PENDING n`, `PUSHED n`, `DONE` (exit 0), or `STUCK …` (exit 2) when an edit was
///   refused or conflicted.
/// - `initial pageSize`: the initial sync with small pages, printing `PAGE <items stored>` per page, then
///   `FETCHED <items downloaded by this run>` and `DONE`.
public final class SyncChildMain {
    // mode `refund orderId lineId quantity`: see [#queueRefund]

    private SyncChildMain() {
    }

    public static void main(String[] args) throws Exception {
        String url = args[0];
        Path dir = Path.of(args[1]);
        String user = args[2];
        String password = args[3];
        String mode = args[4];
        int code;
        // No close on exit: the process ends as a kill would find it (the commit is what counts).
        CacheDatabase db = CacheDatabase.open(dir, url, user, password.toCharArray(), new CacheOptions(1_000, 0));
        say("OPENED");
        PlatformClient client = PlatformClient.builder()
                .baseUrl(url)
                .retryPolicy(RetryPolicy.defaults().withBackoff(Duration.ofMillis(20), Duration.ofMillis(200)))
                .build();
        LocalTables tables = new LocalTables();
        SyncEngine refundEngine = null;
        if ("refund".equals(mode)) {
            // the refund is made before the platform is asked anything: it works offline
            refundEngine = new SyncEngine(db, tables, client, settings(250), Clock.systemUTC(),
                    Executors.newVirtualThreadPerTaskExecutor());
            queueRefund(db, refundEngine, args[5], args[6], Integer.parseInt(args[7]));
        }
        retrying(() -> client.session().signIn(user, password));
        switch (mode) {
            case "edits" -> {
                SyncSettings settings = settings(250);
                SyncEngine engine = new SyncEngine(db, tables, client, settings, Clock.systemUTC(),
                        Executors.newVirtualThreadPerTaskExecutor());
                code = edits(db, tables, engine, Integer.parseInt(args[5]), Long.parseLong(args[6]));
            }
            case "initial" -> {
                SyncEngine engine = new SyncEngine(db, tables, client, settings(Integer.parseInt(args[5])),
                        Clock.systemUTC(), Executors.newVirtualThreadPerTaskExecutor());
                initial(engine);
                say("FETCHED " + engine.initialSyncFetched());
                say("DONE");
                code = 0;
            }
            case "refund" -> {
                code = refund(refundEngine);
            }
            default -> throw new IllegalArgumentException("unknown mode " + mode);
        }
        System.out.flush();
        Runtime.getRuntime().halt(code);
    }

    static SyncSettings settings(int pageSize) {
        return SyncSettings.defaults()
                .withPushBackoff(Duration.ofMillis(50), Duration.ofMillis(400))
                .withIdleRecheck(Duration.ofMillis(500))
                .withPageSize(pageSize)
                .withLive(false);
    }

    private static void initial(SyncEngine engine) {
        AutoCloseable sub = engine.onStatus(s -> {
            if (s.progress() != null) {
                say("PAGE " + s.progress().done());
            }
        });
        retrying(() -> {
            if (!engine.initialSyncDone()) {
                engine.initialSync();
            }
            return null;
        });
        close(sub);
    }

    private static int edits(CacheDatabase db, LocalTables tables, SyncEngine engine, int n, long seed)
            throws InterruptedException {
        initial(engine);
        retrying(engine::catchUp);
        say("SYNCED");
        EditPlan plan = db.read(h -> EditPlan.make(seed, n,
                sorted(tables.ids(h, ResourceType.STOCK)), sorted(tables.ids(h, ResourceType.PRODUCT)),
                sorted(tables.ids(h, ResourceType.CUSTOMER))));
        say("PLAN " + plan.fingerprint());
        for (EditPlan.Step step : plan.steps()) {
            if (alreadyQueued(db, step.index())) {
                continue;
            }
            queue(db, tables, engine, step);
            say("QUEUED " + step.index());
        }
        engine.onStatus(s -> say("PENDING " + s.pendingEdits()));
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (true) {
            try {
                say("PUSHED " + engine.pushDue().sent());
            } catch (RuntimeException e) {
                say("RETRY " + e);
            }
            SyncStatus s = engine.status();
            if (s.failedEdits() > 0 || s.openConflicts() > 0) {
                StringBuilder why = new StringBuilder("STUCK");
                for (OutboxEntry e : engine.outbox().entries()) {
                    why.append(" | ").append(e.status()).append(' ').append(e.description()).append(": ")
                            .append(e.lastError());
                }
                say(why.toString());
                return 2;
            }
            if (s.pendingEdits() == 0) {
                say("DONE");
                return 0;
            }
            if (System.nanoTime() > deadline) {
                say("STUCK pending " + s.pendingEdits() + " after 60 s");
                return 3;
            }
            Thread.sleep(20);
        }
    }

    static final String REFUND_MARKER = "[crash-refund]";

    /// `refund orderId lineId quantity`: queues one partial refund of the order's line unless an earlier run
    /// did (found by its marker), then signs in and pushes until the outbox is empty.
    private static void queueRefund(CacheDatabase db, SyncEngine engine, String orderId, String lineId,
            int quantity) {
        if (alreadyQueued(db, REFUND_MARKER)) {
            say("ALREADY");
            return;
        }
        new OrderActions(engine.edits(), new OrderRepository(db), new ProductRepository(db), new ReferenceRepository(db),
                Clock.systemUTC(), "ada.admin").refund(orderId, new RefundCreate(
                        List.of(new RefundCreate.Line(lineId, quantity)), null, "Crash trial " + REFUND_MARKER));
        say("QUEUED refund");
    }

    private static int refund(SyncEngine engine) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (true) {
            say("PUSHING");
            try {
                say("PUSHED " + engine.pushDue().sent());
            } catch (RuntimeException e) {
                say("RETRY " + e);
            }
            SyncStatus s = engine.status();
            if (s.failedEdits() > 0 || s.openConflicts() > 0) {
                say("STUCK " + engine.outbox().entries());
                return 2;
            }
            if (s.pendingEdits() == 0) {
                say("DONE");
                return 0;
            }
            if (System.nanoTime() > deadline) {
                say("STUCK pending " + s.pendingEdits());
                return 3;
            }
            Thread.sleep(20);
        }
    }

    private static boolean alreadyQueued(CacheDatabase db, String marker) {
        String like = "%" + marker + "%";
        return db.read(h -> h.createQuery("SELECT (SELECT COUNT(*) FROM outbox WHERE description LIKE :m) "
                        + "+ (SELECT COUNT(*) FROM sync_history WHERE detail LIKE :m)")
                .bind("m", like).mapTo(Long.class).one()) > 0;
    }

    /// Whether an earlier run committed this step (the edit and its description commit in one transaction): its entry is still queued, or its push, merge or
    /// refusal is in the history.
    private static boolean alreadyQueued(CacheDatabase db, int index) {
        // Anywhere in the text: a stock adjustment's description starts with the delta and ends with the note.
        String like = "%" + EditPlan.marker(index) + "%";
        return db.read(h -> h.createQuery("SELECT (SELECT COUNT(*) FROM outbox WHERE description LIKE :m) "
                        + "+ (SELECT COUNT(*) FROM sync_history WHERE detail LIKE :m)")
                .bind("m", like).mapTo(Long.class).one()) > 0;
    }

    private static void queue(CacheDatabase db, LocalTables tables, SyncEngine engine, EditPlan.Step step) {
        LocalEdits edits = engine.edits();
        String m = EditPlan.marker(step.index()) + " ";
        JsonNodeFactory f = JsonNodeFactory.instance;
        switch (step.kind()) {
            case ADJUST -> {
                String[] parts = step.target().split("\\|", 2);
                edits.adjustStock(parts[0], parts[1], step.delta(), step.delta() > 0 ? "FOUND" : "DAMAGE",
                        m + "crash trial");
            }
            case TITLE -> edits.update(ResourceType.PRODUCT, step.target(), f.objectNode().put("title", step.text()),
                    m + "title of " + step.target());
            case PRICE -> {
                JsonNode product = db.read(h -> tables.get(h, ResourceType.PRODUCT, step.target())).orElseThrow();
                ArrayNode variants = product.get("variants").deepCopy();
                ObjectNode first = (ObjectNode) variants.get(0);
                first.put("priceCents", step.price());
                if (first.hasNonNull("compareAtPriceCents")) {
                    first.put("compareAtPriceCents", step.price() * 2); // must stay above the price
                }
                ObjectNode patch = f.objectNode();
                patch.set("variants", variants);
                edits.update(ResourceType.PRODUCT, step.target(), patch, m + "price of " + step.target());
            }
            case TICKET -> edits.create(ResourceType.TICKET, f.objectNode().put("subject", step.text())
                    .put("customerId", step.target()).put("channel", "EMAIL")
                    .put("body", "Opened by a crash trial"), null, m + "ticket " + step.text());
            case PROMO -> edits.create(ResourceType.PROMO_CODE, f.objectNode().put("code", step.text())
                    .put("type", "PERCENT").put("value", 10).put("validFrom", "2026-01-01T00:00:00Z"),
                    null, m + "promo code " + step.text());
        }
    }

    private static <T> T retrying(Supplier<T> work) {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (true) {
            try {
                return work.get();
            } catch (RuntimeException e) {
                if (System.nanoTime() > deadline) {
                    throw e;
                }
                say("RETRY " + e);
                try {
                    Thread.sleep(50);
                } catch (InterruptedException ie) {
                    throw new IllegalStateException(ie);
                }
            }
        }
    }

    private static List<String> sorted(java.util.Collection<String> ids) {
        return ids.stream().sorted().toList();
    }

    private static void close(AutoCloseable c) {
        try {
            c.close();
        } catch (Exception ignored) {
            // a listener list
        }
    }

    static void say(String line) {
        System.out.println(line);
        System.out.flush();
    }
}
