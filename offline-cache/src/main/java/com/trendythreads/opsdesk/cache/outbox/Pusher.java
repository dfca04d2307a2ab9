package com.trendythreads.opsdesk.cache.outbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.trendythreads.opsdesk.api.ApiResponse;
import com.trendythreads.opsdesk.api.Batch;
import com.trendythreads.opsdesk.api.IdempotencyKeys;
import com.trendythreads.opsdesk.api.error.ApiProblem;
import com.trendythreads.opsdesk.api.error.Conflict;
import com.trendythreads.opsdesk.api.error.Forbidden;
import com.trendythreads.opsdesk.api.error.MalformedResponse;
import com.trendythreads.opsdesk.api.error.NetworkDown;
import com.trendythreads.opsdesk.api.error.NotFound;
import com.trendythreads.opsdesk.api.error.PreconditionFailed;
import com.trendythreads.opsdesk.api.error.RateLimited;
import com.trendythreads.opsdesk.api.error.ServerError;
import com.trendythreads.opsdesk.api.error.Unauthorized;
import com.trendythreads.opsdesk.api.error.Unavailable;
import com.trendythreads.opsdesk.api.error.ValidationProblem;
import com.trendythreads.opsdesk.api.http.RetryPolicy;
import com.trendythreads.opsdesk.api.rules.Permissions;
import com.trendythreads.opsdesk.api.service.ResourcesApi;
import com.trendythreads.opsdesk.cache.merge.FieldConflict;
import com.trendythreads.opsdesk.cache.merge.ThreeWayMerge;
import com.trendythreads.opsdesk.cache.status.ConnectivityTracker;
import com.trendythreads.opsdesk.cache.store.CacheDatabase;
import com.trendythreads.opsdesk.cache.store.LocalTables;
import com.trendythreads.opsdesk.cache.store.ResourceType;
import com.trendythreads.opsdesk.cache.store.Tx;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import okhttp3.MediaType;
import okhttp3.MultipartBody;
import okhttp3.RequestBody;
import org.jdbi.v3.core.Handle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/// Sends the outbox to the platform.
///
/// - Entries of one entity go in order, one at a time; entities are independent: a failed or
///   conflicting entity holds back only its own later entries. The heads of different entities are sent
///   several at a time, and their answers are settled in the outbox's order; a create or a delete is sent
///   alone, after the answers to everything queued before it.
/// - Every attempt carries the entry's idempotency key (fixed when the user made the edit), so a
///   retry after a lost answer, a timeout or a crash is applied once. `If-Match` is the entity's
///   base version: the state the edit was made against.
/// - Network failures, 5xx, garbled answers and 429 keep the entry and retry later with backoff
///   (or `Retry-After`). 400/422 mark it failed with the platform's reason; 403 too (kept with status 403:
///   the sync view shows it as "Not allowed for your role", never retried by itself, the user discards it or
///   retries once the role allows it). 412 is merged
///   field by field; what both sides changed becomes a conflict for the user. 409 becomes a
///   conflict with the platform's reason.
/// - The answer and the entry's removal commit in one transaction (several accepted entries share one; a
///   crash before it commits leaves them queued, and their retry with the same keys gets the same answers).
///
/// Not thread-safe: the sync engine runs one push at a time (the push itself uses sender threads of its own).
public final class Pusher {

    private static final Logger LOG = LoggerFactory.getLogger(Pusher.class);

    /// What one [#pushDue()] did.
    public record Report(int sent, int merged, int failed, int conflicts, int retrying, boolean stopped) {
    }

    private enum Outcome { SENT, MERGED, FAILED, CONFLICT, RETRY_LATER, STOP }

    private static final Duration KEY_MARGIN = Duration.ofDays(1);

    private final CacheDatabase db;
    private final LocalTables tables;
    private final LocalView view;
    private final ServerState serverState;
    private final ResourcesApi api;
    private final RetryPolicy backoff;
    private final Clock clock;
    private final ConnectivityTracker connectivity;
    /// Operations that may need a step-up token (`x-step-up`): their token is single-use, so they go alone.
    private final List<StepUpOperation> stepUpOperations;
    /// Set once a platform answered the batch endpoint with 404/405/501 (an older platform): single sends
    /// for the rest of this session.
    private final AtomicBoolean batchUnsupported = new AtomicBoolean();

    public Pusher(CacheDatabase db, LocalTables tables, ResourcesApi api, RetryPolicy backoff, Clock clock,
            ConnectivityTracker connectivity) {
        this.db = Objects.requireNonNull(db, "db");
        this.tables = Objects.requireNonNull(tables, "tables");
        this.view = new LocalView(tables);
        this.serverState = new ServerState(tables);
        this.api = Objects.requireNonNull(api, "api");
        this.backoff = Objects.requireNonNull(backoff, "backoff");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.connectivity = Objects.requireNonNull(connectivity, "connectivity");
        this.stepUpOperations = Permissions.contract().rules().values().stream()
                .filter(r -> r.stepUpCents() != null)
                .map(r -> new StepUpOperation(r.method(), Pattern.compile(r.path().replaceAll("\\{[^}]+}", "[^/]+"))))
                .toList();
    }

    /// Sends every entry whose turn it is, until none is left or the platform is unreachable.
    public Report pushDue() {
        Tally t = new Tally();
        try (ExecutorService senders = Executors.newThreadPerTaskExecutor(
                Thread.ofVirtual().name("outbox-send-", 0).factory())) {
            while (!t.stopped) {
                List<OutboxEntry> heads = db.read(h -> OutboxSql.eligibleHeads(h, clock.instant(), ROUND));
                if (heads.isEmpty()) {
                    break;
                }
                int from = 0;
                while (from < heads.size() && !t.stopped) {
                    int to = segmentEnd(heads, from);
                    pushSegment(heads.subList(from, to), senders, t);
                    from = to;
                }
            }
        }
        return t.report();
    }

    /// Heads fetched per round; each is a different entity.
    private static final int ROUND = 1_000;

    /// Requests in flight at once. The heads of a round are different entities, so they may overlap, but the
    /// platform commits one write at a time: batches in flight take turns item by item and all finish together,
    /// and this thread could settle none of them until then. With two, one batch is answered while the next
    /// runs, and its acknowledgements overlap the platform's work (outbox benchmark, SMALL, warm: 2,041 edits/s
    /// with two, 1,852 with four, 1,613 with eight).
    static final int PARALLEL_SENDS = 2;

    /// Acknowledgements committed together: one H2 commit (a chunk written and encrypted) per batch instead of
    /// per entry. An answer whose acknowledgement a crash lost is asked again with the same key and replayed.
    static final int ACK_BATCH = 100;

    /// A create or a delete goes alone, after everything queued before it has its answer and before anything
    /// queued after it is sent: a later edit of another record may need it (a stock adjustment of a SKU made
    /// offline).
    private static int segmentEnd(List<OutboxEntry> heads, int from) {
        if (isBarrier(heads.get(from))) {
            return from + 1;
        }
        int to = from + 1;
        while (to < heads.size() && !isBarrier(heads.get(to))) {
            to++;
        }
        return to;
    }

    private static boolean isBarrier(OutboxEntry e) {
        return e.kind() == EntryKind.CREATE || e.kind() == EntryKind.DELETE;
    }

    /// Sends `heads` (different entities) with up to [#PARALLEL_SENDS] requests in flight — batches of up to
    /// [Batch#MAX_ITEMS] heads (`POST v1/batch`), and alone what cannot go in a batch — and settles their answers
    /// on this thread in the outbox's order, as if they had gone one by one: consecutive acceptances commit
    /// together, anything else commits alone after the acceptances before it.
    private void pushSegment(List<OutboxEntry> heads, ExecutorService senders, Tally t) {
        Semaphore permits = new Semaphore(PARALLEL_SENDS);
        AtomicBoolean stop = new AtomicBoolean();
        // Per head in outbox order: its request and its place in that request's answers.
        List<Future<List<Attempt>>> requestOf = new ArrayList<>(heads.size());
        List<Integer> indexOf = new ArrayList<>(heads.size());
        List<OutboxEntry> batch = new ArrayList<>();
        List<Integer> batchSlots = new ArrayList<>();
        for (OutboxEntry head : heads) {
            requestOf.add(null);
            indexOf.add(0);
            if (batchable(head)) {
                batch.add(head);
                batchSlots.add(requestOf.size() - 1);
                if (batch.size() == Batch.MAX_ITEMS) {
                    submitBatch(batch, batchSlots, requestOf, indexOf, senders, permits, stop);
                }
            } else {
                Future<List<Attempt>> f = senders.submit(() -> inTurn(permits, stop, () -> {
                    Attempt a = send(head);
                    return a == null ? null : List.of(a);
                }));
                requestOf.set(requestOf.size() - 1, f);
            }
        }
        if (!batch.isEmpty()) {
            submitBatch(batch, batchSlots, requestOf, indexOf, senders, permits, stop);
        }
        List<Attempt> accepted = new ArrayList<>();
        for (int i = 0; i < heads.size(); i++) {
            List<Attempt> answers = await(requestOf.get(i));
            Attempt a = answers == null ? null : answers.get(indexOf.get(i));
            if (a == null) {
                continue;
            }
            if (a.accepted()) {
                connectivity.success();
                accepted.add(a);
                t.sent++;
                if (accepted.size() >= ACK_BATCH) {
                    acknowledgeAll(accepted);
                }
                continue;
            }
            acknowledgeAll(accepted);
            switch (settle(a)) {
                case SENT -> t.sent++;
                case MERGED -> t.merged++;
                case FAILED -> t.failed++;
                case CONFLICT -> t.conflicts++;
                case RETRY_LATER -> t.retrying++;
                case STOP -> {
                    t.retrying++;
                    t.stopped = true;
                    stop.set(true);
                }
            }
        }
        acknowledgeAll(accepted);
    }

    private void submitBatch(List<OutboxEntry> batch, List<Integer> slots, List<Future<List<Attempt>>> requestOf,
            List<Integer> indexOf, ExecutorService senders, Semaphore permits, AtomicBoolean stop) {
        List<OutboxEntry> entries = List.copyOf(batch);
        Future<List<Attempt>> f = senders.submit(() -> inTurn(permits, stop, () -> sendBatch(entries)));
        for (int k = 0; k < slots.size(); k++) {
            requestOf.set(slots.get(k), f);
            indexOf.set(slots.get(k), k);
        }
        batch.clear();
        slots.clear();
    }

    /// After a lost network or sign-in the rest wait, untouched (null), for the next push.
    private static List<Attempt> inTurn(Semaphore permits, AtomicBoolean stop, Callable<List<Attempt>> send)
            throws Exception {
        permits.acquireUninterruptibly();
        try {
            return stop.get() ? null : send.call();
        } finally {
            permits.release();
        }
    }

    /// What may share a batch: writes with a JSON body or none. Uploads (multipart), reports and operations
    /// that may need a step-up token go alone, and everything does once the platform turned out not to know
    /// batches. Creates and deletes are alone in their segment anyway.
    private boolean batchable(OutboxEntry e) {
        if (batchUnsupported.get() || e.kind() == EntryKind.UPLOAD || e.kind() == EntryKind.REPORT) {
            return false;
        }
        String path = e.path().startsWith("/") ? e.path() : "/" + e.path();
        return stepUpOperations.stream().noneMatch(op -> op.method().equalsIgnoreCase(e.method())
                && op.path().matcher(path).matches());
    }

    private record StepUpOperation(String method, Pattern path) {
    }

    private static <T> T await(Future<T> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while pushing the outbox", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    private static final class Tally {
        int sent, merged, failed, conflicts, retrying;
        boolean stopped;

        Report report() {
            return new Report(sent, merged, failed, conflicts, retrying, stopped);
        }
    }

    /// One request and what came of it: the answer, or the problem, or nothing sent (`keyForgotten`).
    private record Attempt(OutboxEntry entry, Optional<OutboxSql.EntityBase> base, long epoch, Instant sentAt,
            JsonNode answer, ApiProblem problem, boolean keyForgotten) {

        boolean accepted() {
            return problem == null && !keyForgotten;
        }
    }

    /// An entry ready to go: its base (If-Match and merge base) read, its path resolved.
    private record Prepared(OutboxEntry entry, Optional<OutboxSql.EntityBase> base, String ifMatch, String path) {
    }

    /// Reads what sending `e` needs; empty when its key may be forgotten (it is not sent, see [#settle]).
    private Optional<Prepared> prepare(OutboxEntry e) {
        return prepare(e, e.kind() == EntryKind.REPORT ? Optional.empty()
                : db.read(h -> OutboxSql.base(h, e.resource(), e.entityId())));
    }

    /// [#prepare(OutboxEntry)] with the entity's base already read (empty for a report or an entity without
    /// one).
    private Optional<Prepared> prepare(OutboxEntry e, Optional<OutboxSql.EntityBase> base) {
        boolean report = e.kind() == EntryKind.REPORT;
        if (!report && keyMayBeForgotten(e)) {
            return Optional.empty();
        }
        String ifMatch = e.ifMatch() ? base.map(OutboxSql.EntityBase::baseVersion).map(v -> "\"" + v + "\"")
                .orElse(null) : null;
        return Optional.of(new Prepared(e, base, ifMatch, e.resolvedPath(e.entityId())));
    }

    /// The network part of one entry, on a sender thread: reads only, writes nothing.
    private Attempt send(OutboxEntry e) {
        Optional<Prepared> ready = prepare(e);
        if (ready.isEmpty()) {
            return new Attempt(e, Optional.empty(), 0, null, null, null, true);
        }
        return send(ready.get());
    }

    private Attempt send(Prepared p) {
        OutboxEntry e = p.entry();
        String path = p.path();
        String ifMatch = p.ifMatch();
        long epoch = connectivity.epoch();
        Instant sentAt = clock.instant();
        try {
            ApiResponse<JsonNode> answer = e.kind() == EntryKind.REPORT ? api.post(path, null, e.idempotencyKey(), e.payload())
                    : e.kind() == EntryKind.UPLOAD ? upload(e, path, ifMatch)
                    : switch (e.method()) {
                case "POST" -> api.post(path, ifMatch, e.idempotencyKey(), e.payload());
                case "PATCH" -> api.patch(path, ifMatch, e.idempotencyKey(), e.payload());
                case "DELETE" -> api.delete(path, ifMatch, e.idempotencyKey());
                default -> throw new IllegalStateException("unsupported method " + e.method());
            };
            return new Attempt(e, p.base(), epoch, sentAt, answer.body(), null, false);
        } catch (ApiProblem problem) {
            return new Attempt(e, p.base(), epoch, sentAt, null, problem, false);
        }
    }

    /// Several entries in one `POST v1/batch`, on a sender thread: one [Attempt] per entry, in order, each
    /// what the single send would have been. A failure of the whole batch is that failure for each of its
    /// entries; a platform without batches gets them one by one (and no batch again this session).
    private List<Attempt> sendBatch(List<OutboxEntry> entries) {
        Attempt[] attempts = new Attempt[entries.size()];
        List<Prepared> ready = new ArrayList<>(entries.size());
        List<Integer> at = new ArrayList<>(entries.size());
        Map<String, Map<String, OutboxSql.EntityBase>> bases = db.read(h -> basesOf(h, entries));
        for (int i = 0; i < entries.size(); i++) {
            OutboxEntry e = entries.get(i);
            Optional<Prepared> p = prepare(e, Optional.ofNullable(
                    bases.getOrDefault(e.resource(), Map.of()).get(e.entityId())));
            if (p.isEmpty()) {
                attempts[i] = new Attempt(entries.get(i), Optional.empty(), 0, null, null, null, true);
            } else {
                ready.add(p.get());
                at.add(i);
            }
        }
        if (ready.size() == 1) {
            attempts[at.getFirst()] = send(ready.getFirst());
        } else if (!ready.isEmpty()) {
            List<Attempt> sent = sendAsBatch(ready);
            for (int k = 0; k < sent.size(); k++) {
                attempts[at.get(k)] = sent.get(k);
            }
        }
        return java.util.Arrays.asList(attempts);
    }

    /// The bases of `entries`' entities (reports have none), one query per resource rather than one per entry:
    /// by resource, then entity id.
    private static Map<String, Map<String, OutboxSql.EntityBase>> basesOf(Handle h, List<OutboxEntry> entries) {
        Map<String, List<String>> ids = new LinkedHashMap<>();
        for (OutboxEntry e : entries) {
            if (e.kind() != EntryKind.REPORT) {
                ids.computeIfAbsent(e.resource(), k -> new ArrayList<>()).add(e.entityId());
            }
        }
        Map<String, Map<String, OutboxSql.EntityBase>> out = new HashMap<>();
        ids.forEach((resource, of) -> out.put(resource, OutboxSql.bases(h, resource, of)));
        return out;
    }

    private List<Attempt> sendAsBatch(List<Prepared> ready) {
        List<Batch.Item> items = ready.stream().map(p -> new Batch.Item(p.entry().method(), p.path(), p.ifMatch(),
                p.entry().idempotencyKey(), "DELETE".equals(p.entry().method()) ? null : p.entry().payload())).toList();
        long epoch = connectivity.epoch();
        Instant sentAt = clock.instant();
        Batch.Answers answers;
        try {
            answers = api.batch(new Batch.Request(items));
        } catch (ApiProblem whole) {
            if (isUnknownEndpoint(whole)) {
                if (batchUnsupported.compareAndSet(false, true)) {
                    LOG.info("The platform has no batch endpoint (HTTP {}): the outbox goes one request per entry"
                            + " for the rest of this session", whole.status());
                }
                return ready.stream().map(this::send).toList();
            }
            if (whole instanceof ValidationProblem || whole instanceof Forbidden) {
                // The batch as such was refused (an item this desk took for batchable that the platform does
                // not): each entry alone gets its own answer rather than all of them this one.
                LOG.warn("The platform refused a batch of {} entries as a whole ({}); sending them one by one",
                        ready.size(), describe(whole));
                return ready.stream().map(this::send).toList();
            }
            return ready.stream().map(p -> new Attempt(p.entry(), p.base(), epoch, sentAt, null, whole, false))
                    .toList();
        }
        List<Attempt> out = new ArrayList<>(ready.size());
        for (int k = 0; k < ready.size(); k++) {
            Prepared p = ready.get(k);
            Batch.Answer a = answers.get(k);
            out.add(a.accepted() ? new Attempt(p.entry(), p.base(), epoch, sentAt, a.response().body(), null, false)
                    : new Attempt(p.entry(), p.base(), epoch, sentAt, null, a.problem(), false));
        }
        return out;
    }

    /// 404/405/501 for the batch itself: a platform that predates it.
    private static boolean isUnknownEndpoint(ApiProblem p) {
        return p.status() == 404 || p.status() == 405 || p.status() == 501;
    }

    /// What an entry that the platform did not simply accept becomes (on the pushing thread).
    private Outcome settle(Attempt a) {
        OutboxEntry e = a.entry();
        if (a.keyForgotten()) {
            fail(e, 0, "Sent on " + e.firstSentAt() + " without an answer, and the platform remembers a retry"
                    + " for " + IdempotencyKeys.RETENTION.toDays() + " days only: sending it again now could apply"
                    + " it twice. Check on the platform whether it arrived; then retry or discard it.");
            return Outcome.FAILED;
        }
        ApiProblem p = a.problem();
        if (e.kind() == EntryKind.REPORT) {
            if (p instanceof PreconditionFailed || p instanceof Conflict || p instanceof NotFound) {
                connectivity.success(); // the platform answered
                fail(e, p.status(), describe(p));
                return Outcome.FAILED;
            }
            return refused(e, null, Optional.empty(), p, a.epoch(), a.sentAt());
        }
        return refused(e, ResourceType.ofResource(e.resource()), a.base(), p, a.epoch(), a.sentAt());
    }

    /// When the earliest entry that is backing off becomes due, if any.
    public Optional<Instant> nextDue() {
        return db.read(OutboxSql::nextDue);
    }

    /// Acceptances in one transaction (then `accepted` is empty): each entry goes with its answer.
    private void acknowledgeAll(List<Attempt> accepted) {
        if (accepted.isEmpty()) {
            return;
        }
        db.write(tx -> {
            if (together(accepted)) {
                acknowledgeTogether(tx, accepted);
                return null;
            }
            for (Attempt a : accepted) {
                OutboxEntry e = a.entry();
                if (e.kind() == EntryKind.REPORT) {
                    // A report (lane audit) touches no record: gone from the outbox, with a history line.
                    OutboxSql.delete(tx.handle(), e.seq());
                    OutboxSql.historyOf(tx.handle(), clock.instant(), "SENT", e.description(), e);
                    tx.changed(OutboxSql.TABLE, List.of(Long.toString(e.seq())));
                } else {
                    acknowledge(tx, e, ResourceType.ofResource(e.resource()), a.answer());
                }
            }
            return null;
        });
        accepted.clear();
    }

    /// An image: its bytes from `media_upload`, sent as multipart with the entry's key (the platform's
    /// idempotency store answers a repeat with the first answer, so a lost answer never adds it twice).
    private ApiResponse<JsonNode> upload(OutboxEntry e, String path, String ifMatch) {
        OutboxSql.Upload u = db.read(h -> OutboxSql.upload(h, e.seq()))
                .orElseThrow(() -> new IllegalStateException("outbox entry " + e.seq() + " has no image bytes"));
        MultipartBody.Part file = MultipartBody.Part.createFormData("file", u.fileName(),
                RequestBody.create(u.bytes(), MediaType.parse(u.contentType())));
        String alt = e.payload() == null ? null : e.payload().path("altText").asText(null);
        return api.upload(path, ifMatch, e.idempotencyKey(), file,
                alt == null ? null : RequestBody.create(alt, MediaType.parse("text/plain")));
    }

    private Outcome refused(OutboxEntry e, ResourceType type, Optional<OutboxSql.EntityBase> base, ApiProblem p,
            long epoch,
            Instant sentAt) {
        connectivity.failure(p, epoch);
        switch (p) {
            case NetworkDown n -> {
                retryLater(e, 0, "The platform could not be reached: " + n.getMessage(), null, sentAt);
                return Outcome.STOP;
            }
            case Unauthorized u -> {
                return Outcome.STOP; // nothing to change on the entry; a new sign-in resumes
            }
            case RateLimited r -> {
                retryLater(e, r.status(), "The platform asked to slow down.", r.retryAfter().orElse(null), null);
                return Outcome.RETRY_LATER;
            }
            case Unavailable x -> {
                retryLater(e, x.status(), describe(p), null, sentAt);
                return Outcome.RETRY_LATER;
            }
            case ServerError x -> {
                retryLater(e, x.status(), describe(p), null, sentAt);
                return Outcome.RETRY_LATER;
            }
            case MalformedResponse x -> {
                // The platform may well have applied it; the same key makes the retry safe.
                retryLater(e, x.status(), "The platform's answer was unreadable; trying again.", null, sentAt);
                return Outcome.RETRY_LATER;
            }
            case PreconditionFailed pf -> {
                connectivity.success();
                return stale(e, type, base, pf.current());
            }
            case Conflict c -> {
                connectivity.success();
                return stateConflict(e, type, base, c);
            }
            case Forbidden f -> {
                // The role may not do this (changed on the platform since the edit was queued, or a stale
                // permission list offline). Kept, not lost; never retried in a loop: a failed entry waits for
                // the user, and a retry by hand after the role is restored goes through.
                connectivity.success();
                fail(e, f.status(), describe(f));
                return Outcome.FAILED;
            }
            case NotFound nf when e.kind() == EntryKind.DELETE -> {
                connectivity.success();
                acknowledge(e, type, null); // already gone: the delete's purpose holds
                return Outcome.SENT;
            }
            case NotFound nf -> {
                connectivity.success();
                fail(e, nf.status(), "This " + type.resource().replace('_', ' ')
                        + " no longer exists on the platform. Discard the edit.");
                return Outcome.FAILED;
            }
            default -> {
                if (p.status() >= 500) {
                    retryLater(e, p.status(), describe(p), null, sentAt);
                    return Outcome.RETRY_LATER;
                }
                connectivity.success();
                fail(e, p.status(), describe(p));
                return Outcome.FAILED;
            }
        }
    }

    /// The platform's words for a refusal, with every field it named.
    static String describe(ApiProblem p) {
        String detail = p.problem().detail() != null ? p.problem().detail()
                : p.problem().title() != null ? p.problem().title() : p.getMessage();
        if (p instanceof ValidationProblem v) {
            String base = detail;
            String fields = v.fieldErrors().stream()
                    .filter(f -> !base.contains(f.message()))
                    .map(f -> f.field() + ": " + f.message())
                    .collect(Collectors.joining("; "));
            detail = fields.isEmpty() ? detail : detail + " (" + fields + ")";
        }
        return detail + " (HTTP " + p.status() + ", request " + p.requestId() + ")";
    }

    /// True once an entry that may already be on the platform is so old that a retry might no longer be
    /// recognised by its key (a day's margin for clocks and for the retry itself).
    private boolean keyMayBeForgotten(OutboxEntry e) {
        return e.firstSentAt() != null
                && e.firstSentAt().plus(IdempotencyKeys.RETENTION).minus(KEY_MARGIN).isBefore(clock.instant());
    }

    /// @param sentAt when the attempt without a definite answer was sent (it may be on the platform since), or
    ///               null when the answer says the platform did not apply it (429, 412)
    private void retryLater(OutboxEntry e, int status, String error, Duration retryAfter, Instant sentAt) {
        Duration wait = retryAfter != null ? retryAfter : backoff.backoff(Math.max(0, e.attempts()));
        db.write(tx -> {
            OutboxSql.retryLater(tx.handle(), e.seq(), status, error, clock.instant().plus(wait), sentAt);
            return null;
        });
    }

    private void fail(OutboxEntry e, int status, String reason) {
        db.write(tx -> {
            OutboxSql.setStatus(tx.handle(), e.seq(), EntryStatus.FAILED, status, reason);
            OutboxSql.historyOf(tx.handle(), clock.instant(), "FAILED", e.description() + ": " + reason, e);
            tx.changed(OutboxSql.TABLE, List.of(Long.toString(e.seq())));
            return null;
        });
        LOG.info("Outbox entry {} ({}) refused: {}", e.seq(), e.description(), reason);
    }

    /// The platform accepted the entry: drop it, and take its answer as the entity's newest state.
    void acknowledge(OutboxEntry e, ResourceType type, JsonNode answer) {
        db.write(tx -> {
            acknowledge(tx, e, type, answer);
            return null;
        });
    }

    private void acknowledge(Tx tx, OutboxEntry e, ResourceType type, JsonNode answer) {
        Handle h = tx.handle();
        OutboxSql.delete(h, e.seq());
        String id = e.entityId();
        JsonNode doc = entityDoc(type, answer);
        if (e.kind() == EntryKind.CREATE && doc != null) {
            String serverId = tables.idOf(type, doc);
            if (!serverId.equals(id)) {
                OutboxSql.renameEntity(h, e.resource(), id, serverId);
                tables.delete(h, type, List.of(id));
                tx.changed(type.table(), List.of(id));
                id = serverId;
            }
        } else if (doc != null && !id.equals(tables.idOf(type, doc))) {
            doc = null; // an action that answers with something else (a message, a movement)
        }
        OutboxSql.EntityBase b = OutboxSql.base(h, e.resource(), id).orElse(noBase(e.resource(), id));
        Accepted now = Accepted.of(e, doc, b);
        List<OutboxEntry> rest = OutboxSql.entriesOf(h, e.resource(), id);
        if (!rest.isEmpty()) {
            OutboxSql.putBase(h, now.base(b));
        }
        // The row: the server's state with what is still queued on top; with nothing queued the base goes.
        view.refresh(tx, type, id, now.serverDoc(), rest);
        OutboxSql.history(h, clock.instant(), "PUSH", e.description(), null, e.resource(), id);
        tx.changed(OutboxSql.TABLE, List.of(Long.toString(e.seq())));
    }

    private static OutboxSql.EntityBase noBase(String resource, String id) {
        return new OutboxSql.EntityBase(resource, id, null, null, null, null);
    }

    /// What an acceptance makes of an entity's base `b` (see `V2__sync.sql`): the answer `doc` (null when the
    /// answer is not the entity) is the platform's newest state unless the cache already knows a newer one; a
    /// delete leaves none.
    private record Accepted(JsonNode doc, Long serverVersion, JsonNode serverDoc) {

        static Accepted of(OutboxEntry e, JsonNode doc, OutboxSql.EntityBase b) {
            if (e.kind() == EntryKind.DELETE) {
                return new Accepted(doc, b.serverVersion(), null);
            }
            if (doc != null && (b.serverVersion() == null || doc.path("version").asLong() >= b.serverVersion())) {
                return new Accepted(doc, doc.path("version").asLong(), doc);
            }
            return new Accepted(doc, b.serverVersion(), b.serverDoc());
        }

        /// The base the entity's later entries stand on: the answer, where there is one.
        OutboxSql.EntityBase base(OutboxSql.EntityBase b) {
            Long baseVersion = doc != null ? Long.valueOf(doc.path("version").asLong()) : b.baseVersion();
            return new OutboxSql.EntityBase(b.resource(), b.entityId(), baseVersion, doc != null ? doc : b.baseDoc(),
                    serverVersion, serverDoc);
        }
    }

    /// Whether [#acknowledgeTogether] may take `accepted`: several entries of different entities, none a create
    /// (its server id renames the entity) or a report (no entity). A push round's heads are such entries.
    private static boolean together(List<Attempt> accepted) {
        if (accepted.size() < 2) {
            return false;
        }
        Set<List<String>> entities = new HashSet<>();
        for (Attempt a : accepted) {
            OutboxEntry e = a.entry();
            if (e.kind() == EntryKind.CREATE || e.kind() == EntryKind.REPORT
                    || !entities.add(List.of(e.resource(), e.entityId()))) {
                return false;
            }
        }
        return true;
    }

    /// [#acknowledge] for entries of different entities at once: each statement runs once per resource (or as
    /// one JDBC batch) instead of once per entry, with the same effects and history lines in the same order.
    /// Six statements per entry were most of the push's own work (outbox benchmark, JFR).
    private void acknowledgeTogether(Tx tx, List<Attempt> accepted) {
        Handle h = tx.handle();
        List<OutboxEntry> entries = accepted.stream().map(Attempt::entry).toList();
        OutboxSql.delete(h, entries.stream().map(OutboxEntry::seq).toList());
        Map<String, List<Attempt>> byResource = new LinkedHashMap<>();
        for (Attempt a : accepted) {
            byResource.computeIfAbsent(a.entry().resource(), k -> new ArrayList<>()).add(a);
        }
        byResource.forEach((resource, group) -> {
            ResourceType type = ResourceType.ofResource(resource);
            List<String> ids = group.stream().map(a -> a.entry().entityId()).toList();
            Map<String, OutboxSql.EntityBase> bases = OutboxSql.bases(h, resource, ids);
            Map<String, List<OutboxEntry>> rest = OutboxSql.entriesOf(h, resource, ids);
            List<LocalView.Refresh> refreshes = new ArrayList<>(group.size());
            List<OutboxSql.EntityBase> kept = new ArrayList<>();
            for (Attempt a : group) {
                String id = a.entry().entityId();
                JsonNode doc = entityDoc(type, a.answer());
                if (doc != null && !id.equals(tables.idOf(type, doc))) {
                    doc = null;
                }
                OutboxSql.EntityBase b = bases.getOrDefault(id, noBase(resource, id));
                Accepted now = Accepted.of(a.entry(), doc, b);
                List<OutboxEntry> later = rest.getOrDefault(id, List.of());
                if (!later.isEmpty()) {
                    kept.add(now.base(b));
                }
                refreshes.add(new LocalView.Refresh(id, now.serverDoc(), later));
            }
            OutboxSql.putBases(h, kept);
            view.refresh(tx, type, refreshes);
        });
        OutboxSql.historyOf(h, clock.instant(), "PUSH", entries);
        tx.changed(OutboxSql.TABLE, entries.stream().map(e -> Long.toString(e.seq())).toList());
    }

    private static JsonNode entityDoc(ResourceType type, JsonNode answer) {
        if (answer == null || !answer.isObject() || !answer.has("version")) {
            return null;
        }
        return type.findId(answer).isPresent() ? answer : null;
    }

    /// 412: the entity moved on the platform since the edit's base. Merge field by field.
    private Outcome stale(OutboxEntry e, ResourceType type, Optional<OutboxSql.EntityBase> base, JsonNode current) {
        JsonNode theirs = current != null && current.isObject() ? current : fetch(type, e.entityId());
        if (theirs == null) {
            retryLater(e, 412, "The platform's current version could not be read; trying again.", null, null);
            return Outcome.RETRY_LATER;
        }
        JsonNode baseDoc = base.map(OutboxSql.EntityBase::baseDoc).orElse(null);
        if (e.kind() != EntryKind.UPDATE) {
            recordConflict(e, type, baseDoc, theirs, null, List.of(),
                    "This " + type.resource().replace('_', ' ') + " changed on the platform after your edit.");
            return Outcome.CONFLICT;
        }
        ThreeWayMerge.Result merge = ThreeWayMerge.merge(baseDoc, e.payload(), theirs);
        if (!merge.clean()) {
            recordConflict(e, type, baseDoc, theirs, merge.autoPatch(), merge.conflicts(),
                    "Changed on the platform too: " + merge.conflicts().stream().map(FieldConflict::path)
                            .collect(Collectors.joining(", ")));
            return Outcome.CONFLICT;
        }
        db.write(tx -> {
            Handle h = tx.handle();
            rebase(h, type, e.entityId(), theirs);
            if (merge.autoPatch().isEmpty()) {
                OutboxSql.delete(h, e.seq()); // the platform already holds everything I changed
            } else {
                OutboxSql.rewrite(h, e.seq(), merge.autoPatch(), merge.autoPatch(), IdempotencyKeys.newKey());
            }
            view.refresh(tx, type, e.entityId());
            OutboxSql.historyOf(h, clock.instant(), "MERGED",
                    e.description() + ": merged with changes made on the platform", e);
            tx.changed(OutboxSql.TABLE, List.of(Long.toString(e.seq())));
            return null;
        });
        return Outcome.MERGED;
    }

    /// 409: the entity's state forbids the edit (shipped, cancelled, duplicate).
    private Outcome stateConflict(OutboxEntry e, ResourceType type, Optional<OutboxSql.EntityBase> base,
            Conflict c) {
        JsonNode theirs = e.kind() == EntryKind.CREATE || e.kind() == EntryKind.ADJUST ? null
                : fetch(type, e.entityId());
        recordConflict(e, type, base.map(OutboxSql.EntityBase::baseDoc).orElse(null), theirs, null, List.of(),
                describe(c));
        return Outcome.CONFLICT;
    }

    private void recordConflict(OutboxEntry e, ResourceType type, JsonNode baseDoc, JsonNode theirs,
            ObjectNode autoPatch, List<FieldConflict> fields, String reason) {
        db.write(tx -> {
            Handle h = tx.handle();
            ArrayNode fieldJson = JsonNodeFactory.instance.arrayNode();
            for (FieldConflict f : fields) {
                ObjectNode o = fieldJson.addObject().put("path", f.path());
                o.set("base", f.base());
                o.set("mine", f.mine());
                o.set("theirs", f.theirs());
            }
            h.createUpdate("INSERT INTO conflict (outbox_seq, resource, entity_id, kind, base_doc, mine, theirs_doc, "
                            + "theirs_version, auto_patch, fields, reason, created_at) VALUES (:seq, :r, :id, :kind, "
                            + ":base, :mine, :theirs, :tv, :auto, :fields, :reason, :at)")
                    .bind("seq", e.seq()).bind("r", e.resource()).bind("id", e.entityId())
                    .bind("kind", fields.isEmpty() ? "STATE" : "FIELDS")
                    .bind("base", OutboxSql.write(baseDoc)).bind("mine", OutboxSql.write(e.payload()))
                    .bind("theirs", OutboxSql.write(theirs))
                    .bind("tv", theirs == null ? null : theirs.path("version").asLong())
                    .bind("auto", OutboxSql.write(autoPatch)).bind("fields", OutboxSql.write(fieldJson))
                    .bind("reason", OutboxSql.truncate(reason, 2000)).bind("at", OutboxSql.utc(clock.instant()))
                    .execute();
            OutboxSql.setStatus(h, e.seq(), EntryStatus.CONFLICT, fields.isEmpty() ? 409 : 412, reason);
            if (theirs != null) {
                serverState.serverMoved(tx, type, e.entityId(), theirs);
            }
            OutboxSql.historyOf(h, clock.instant(), "CONFLICT", e.description() + ": " + reason, e);
            tx.changed(OutboxSql.TABLE, List.of(Long.toString(e.seq())));
            tx.changed(Conflicts.TABLE, List.of(e.resource() + "/" + e.entityId()));
            return null;
        });
    }

    private JsonNode fetch(ResourceType type, String id) {
        try {
            if (type == ResourceType.STOCK) {
                return fetchStock(id);
            }
            JsonNode doc = api.get(Paths.item(type, id)).body();
            return doc != null && doc.isObject() ? doc : null;
        } catch (ApiProblem p) {
            LOG.debug("Could not read {} {}: {}", type.resource(), id, p.getMessage());
            return null;
        }
    }

    /// A stock row has no item GET in the contract (only the PATCH at `v1/stock/{locationId}/{sku}`), so its
    /// current state is read through `listStock` filtered to the one location and SKU.
    private JsonNode fetchStock(String id) {
        ResourceType.StockKey key = ResourceType.parseStockId(id).orElse(null);
        if (key == null) {
            return null;
        }
        JsonNode page = api.list(ResourceType.STOCK.listPath(),
                Map.of("locationId", key.locationId(), "sku", key.sku(), "limit", "1"));
        JsonNode first = page == null ? null : page.path("items").path(0);
        return first != null && first.isObject() ? first : null;
    }

    /// The entity's edits now stand on `theirs`: If-Match and merge base move there.
    static void rebase(Handle h, ResourceType type, String id, JsonNode theirs) {
        long v = theirs.path("version").asLong();
        OutboxSql.EntityBase b = OutboxSql.base(h, type.resource(), id)
                .orElse(new OutboxSql.EntityBase(type.resource(), id, null, null, null, null));
        boolean newer = b.serverVersion() == null || v >= b.serverVersion();
        OutboxSql.putBase(h, new OutboxSql.EntityBase(type.resource(), id, v, theirs,
                newer ? Long.valueOf(v) : b.serverVersion(), newer ? theirs : b.serverDoc()));
    }
}
