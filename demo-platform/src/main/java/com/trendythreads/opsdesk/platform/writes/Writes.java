package com.trendythreads.opsdesk.platform.writes;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.trendythreads.opsdesk.api.IdempotencyKeys;
import com.trendythreads.opsdesk.platform.audit.AuditRequest;
import com.trendythreads.opsdesk.platform.audit.AuditTrail;
import com.trendythreads.opsdesk.platform.auth.Principal;
import com.trendythreads.opsdesk.platform.auth.TokenService;
import com.trendythreads.opsdesk.platform.changes.ChangeNotifier;
import com.trendythreads.opsdesk.platform.changes.ResourcePolicies;
import com.trendythreads.opsdesk.platform.db.Durability;
import com.trendythreads.opsdesk.platform.http.ApiError;
import io.javalin.http.Context;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/// Every mutation of the demo platform goes through here.
///
/// One global write lock, not fair: a fair lock is handed to a waiting thread at every release, and with the
/// eight batches a desk keeps in flight that was a thread switch per item (the platform alone replayed the
/// outbox benchmark's adjustments markedly faster unfair; docs/BENCHMARKS.md). Inside it one transaction
/// that checks the idempotency record, runs the domain function, appends its change-feed rows and stores the
/// idempotency record; then commit, unlock, and wake the event-stream readers. The commit is in the file
/// only once [Durability#await()] has run, which the platform does before it answers or streams anything.
/// One writer at a time makes change-feed order equal commit order, so a reader resuming from a token can
/// never skip a change that committed late.
///
/// A write function that throws (e.g. an [ApiError] 412/422) rolls back and stores no idempotency record: the
/// client may retry the same key once it has fixed the cause.
public final class Writes {

    private static final Logger log = LoggerFactory.getLogger(Writes.class);

    /// Idempotency records are kept this long: the contract's promise, which desks that were offline for
    /// weeks rely on.
    public static final Duration IDEMPOTENCY_TTL = IdempotencyKeys.RETENTION;

    @FunctionalInterface
    public interface WriteFunction {
        WriteResult apply(Tx tx) throws Exception;
    }

    @FunctionalInterface
    public interface TxFunction<T> {
        T apply(Tx tx) throws Exception;
    }

    private static final TypeReference<Map<String, String>> HEADERS = new TypeReference<>() {};

    private final ReentrantLock lock = new ReentrantLock();
    private final Jdbi jdbi;
    private final ObjectMapper mapper;
    private final ResourcePolicies policies;
    private final ChangeNotifier notifier;
    private final Clock clock;
    private final AuditTrail audit;
    private final Durability durability;

    public Writes(Jdbi jdbi, ObjectMapper mapper, ResourcePolicies policies, ChangeNotifier notifier, Clock clock,
                  AuditTrail audit, Durability durability) {
        this.audit = audit;
        this.durability = durability;
        this.jdbi = jdbi;
        this.mapper = mapper;
        this.policies = policies;
        this.notifier = notifier;
        this.clock = clock;
    }

    /// The HTTP form: principal from the request, `Idempotency-Key` from its header (the pipeline has already
    /// required it on `/v1` writes), fingerprint = method + path + SHA-256 of the body. Writes the answer —
    /// first or replayed (`Idempotent-Replayed: true`) — to `ctx`.
    public void execute(Context ctx, WriteFunction fn) {
        Principal principal = Principal.of(ctx);
        String key = ctx.header("Idempotency-Key");
        StoredResponse response = execute(principal, AuditRequest.of(ctx), key, fingerprint(ctx), fn);
        response.headers().forEach(ctx::header);
        if (response.replayed()) ctx.header("Idempotent-Replayed", "true");
        ctx.status(response.status());
        if (response.body() != null) {
            ctx.contentType("application/json").result(response.body());
        }
    }

    public static String fingerprint(Context ctx) {
        return TokenService.sha256(ctx.method().name() + " " + ctx.path() + "\n" + ctx.body());
    }

    /// The general form. `idempotencyKey` null = no idempotency (internal writes).
    public StoredResponse execute(Principal principal, String idempotencyKey, String fingerprint, WriteFunction fn) {
        return execute(principal, AuditRequest.INTERNAL, idempotencyKey, fingerprint, fn);
    }

    /// The general form with where the request came from, for the audit log.
    public StoredResponse execute(Principal principal, AuditRequest request, String idempotencyKey, String fingerprint,
                                  WriteFunction fn) {
        return locked(principal, request, tx -> {
            if (idempotencyKey != null) {
                Optional<StoredResponse> previous = previous(tx.handle(), principal, idempotencyKey, fingerprint, tx.now());
                if (previous.isPresent()) return previous.get();
            }
            WriteResult result = fn.apply(tx);
            String body = result.body() == null ? null : mapper.writeValueAsString(result.body());
            Map<String, String> headers = new LinkedHashMap<>(result.headers());
            if (body != null) headers.putIfAbsent("Content-Type", "application/json");
            if (idempotencyKey != null) store(tx.handle(), principal, idempotencyKey, fingerprint, result.status(), headers, body, tx.now());
            return new StoredResponse(result.status(), Map.copyOf(headers), body, false);
        });
    }

    /// An internal write (simulator, maintenance) with no idempotency and no HTTP answer.
    public <T> T run(Principal principal, TxFunction<T> fn) {
        return locked(principal, AuditRequest.INTERNAL, fn);
    }

    /// An internal write on behalf of a request (e.g. auditing a failed sign-in).
    public <T> T run(Principal principal, AuditRequest request, TxFunction<T> fn) {
        return locked(principal, request, fn);
    }

    /// The audit log every write appends to.
    public AuditTrail audit() { return audit; }

    private <T> T locked(Principal principal, AuditRequest request, TxFunction<T> fn) {
        int changes;
        T value;
        try {
            lock.lockInterruptibly();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for the write lock", e);
        }
        // [0] the function's value, [1] its change count: set last, as the transaction is about to commit
        Object[] holder = new Object[2];
        try {
            Instant now = clock.instant();
            jdbi.useTransaction(h -> {
                Tx tx = new Tx(h, principal, now, mapper, policies, audit, request);
                try {
                    holder[0] = fn.apply(tx);
                    tx.flushAudit();
                } catch (RuntimeException e) {
                    throw e;
                } catch (Exception e) {
                    throw new WriteFailedException(e);
                }
                durability.committing();
                holder[1] = tx.changeCount();
            });
            @SuppressWarnings("unchecked") T v = (T) holder[0];
            value = v;
            changes = (Integer) holder[1];
        } finally {
            if (holder[1] != null) durability.committed();
            lock.unlock();
        }
        if (changes > 0) notifier.signal();
        return value;
    }

    private Optional<StoredResponse> previous(Handle h, Principal p, String key, String fingerprint, Instant now) {
        var row = h.createQuery("""
                        SELECT fingerprint, status, headers, body, created_at FROM idempotency_records
                        WHERE user_id = :user AND idem_key = :key""")
                .bind("user", p.userId()).bind("key", key)
                .map((rs, c) -> new Object[] {rs.getString(1), rs.getInt(2), rs.getString(3), rs.getString(4),
                        rs.getObject(5, OffsetDateTime.class).toInstant()})
                .findOne();
        if (row.isEmpty()) return Optional.empty();
        Object[] r = row.get();
        if (((Instant) r[4]).plus(IDEMPOTENCY_TTL).isBefore(now)) {
            h.execute("DELETE FROM idempotency_records WHERE user_id = ? AND idem_key = ?", p.userId(), key);
            return Optional.empty();
        }
        if (!r[0].equals(fingerprint)) {
            throw ApiError.unprocessable("idempotency-key-reused",
                            "Idempotency-Key '" + key + "' was already used for a different request (method, path or body)")
                    .withError("Idempotency-Key", "was used for a different request");
        }
        try {
            return Optional.of(new StoredResponse((Integer) r[1], mapper.readValue((String) r[2], HEADERS), (String) r[3], true));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored idempotency headers are not JSON", e);
        }
    }

    private void store(Handle h, Principal p, String key, String fingerprint, int status, Map<String, String> headers,
                       String body, Instant now) throws JsonProcessingException {
        h.createUpdate("""
                        INSERT INTO idempotency_records (user_id, idem_key, fingerprint, status, headers, body, created_at)
                        VALUES (:user, :key, :fp, :status, :headers, :body, :now)""")
                .bind("user", p.userId()).bind("key", key).bind("fp", fingerprint).bind("status", status)
                .bind("headers", mapper.writeValueAsString(headers)).bind("body", body).bind("now", now)
                .execute();
    }

    /// Deletes idempotency records older than [#IDEMPOTENCY_TTL]; run at startup and periodically.
    public int purgeExpiredIdempotencyRecords() {
        int n = jdbi.withHandle(h -> h.createUpdate("DELETE FROM idempotency_records WHERE created_at < :cutoff")
                .bind("cutoff", clock.instant().minus(IDEMPOTENCY_TTL)).execute());
        if (n > 0) log.info("Purged {} expired idempotency records", n);
        return n;
    }

    /// A checked exception from a write function, rethrown unchecked (the pipeline maps it to 500).
    public static final class WriteFailedException extends RuntimeException {
        WriteFailedException(Exception cause) {
            super(cause);
        }
    }
}
