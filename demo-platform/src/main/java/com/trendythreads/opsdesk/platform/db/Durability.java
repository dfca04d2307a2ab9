package com.trendythreads.opsdesk.platform.db;

import java.util.concurrent.atomic.AtomicLong;

/// Makes sure nothing leaves the platform, an answer or a change event, that a crash could still take back.
///
/// H2 keeps a commit in memory for up to `WRITE_DELAY` (500 ms) before writing it to the file. If the process
/// dies in that time the commit is gone, though its request was answered 2xx: the desk would drop the
/// acknowledged outbox entry and the edit would be lost, and change-feed sequence numbers it had already seen
/// would be handed out again to other changes. In demo mode the platform runs inside the app, so killing the
/// app kills both. `WRITE_DELAY=0` (a file write per commit, as the desk's cache does) cut the platform's
/// throughput to a third; here a request's commits are instead written by one `CHECKPOINT` before its answer,
/// which serves all commits made since the last one, so a batch of a hundred writes costs one file write.
/// What it promises is what the desk's cache promises: an answered write survives the process being killed.
///
/// Writers call [#committing()] inside their transaction, just before it commits, and [#committed()] after.
/// [#await()] waits for commits in progress to finish first: a reader may already see a commit's rows before
/// [#committed()] has run.
public final class Durability {

    private final Database db;
    private final boolean needed;
    private final AtomicLong committing = new AtomicLong();
    private final AtomicLong committed = new AtomicLong();
    private volatile long durable;

    /// Checkpoints only an H2 file database: an in-memory one has nothing to lose to a crash that it would not
    /// lose anyway, and another database makes its own commits durable.
    public Durability(Database db) {
        this.db = db;
        this.needed = db.needsCheckpoints();
    }

    /// A transaction is about to commit (called inside it).
    public void committing() {
        committing.incrementAndGet();
    }

    /// A transaction that called [#committing()] has committed or failed to.
    public void committed() {
        committed.incrementAndGet();
    }

    /// Returns once every transaction that had reached [#committing()] before this call is in the file.
    public void await() {
        await(false);
    }

    /// Checkpoints even when no counted transaction is waiting: for writes made outside [#committing()] and
    /// [#committed()] (the token service's sign-ins and refreshes).
    public void awaitAll() {
        await(true);
    }

    private void await(boolean all) {
        if (!needed) return;
        long target = committing.get();
        if (!all && durable >= target) return;
        synchronized (this) {
            if (!all && durable >= target) return;
            long upTo = committing.get(); // also those that came while this one waited for the monitor
            while (committed.get() < upTo) {
                Thread.yield(); // a commit in progress holds the write lock for microseconds
            }
            db.checkpoint();
            durable = upTo;
        }
    }
}
