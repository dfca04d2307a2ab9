package com.trendythreads.opsdesk.cache.store;

import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/// Tells subscribers which local rows changed, after the change committed. One bus per
/// [CacheDatabase]; there is no global instance.
///
/// Listeners run synchronously on the committing thread, after COMMIT and after the writer lock is
/// released, so a listener may read (or even write) the cache. A notification means "re-read these
/// rows", not an ordered event log: two writers may publish in either order, and a listener always
/// reads the committed state. A listener that throws is logged and does not stop the others. A UI
/// listener must hand its work to its own executor; it must not block the writer for long.
public final class ChangeBus {

    private static final Logger log = LoggerFactory.getLogger(ChangeBus.class);

    private final List<Subscriber> subscribers = new CopyOnWriteArrayList<>();

    /// A subscription; closing it stops notifications (idempotent, never throws).
    public interface Subscription extends AutoCloseable {
        @Override
        void close();
    }

    private record Subscriber(Set<String> tables, Consumer<TableChange> listener) {
        boolean wants(String table) {
            return tables.isEmpty() || tables.contains(table);
        }
    }

    /// Subscribes `listener` to changes of `tables` (an empty set: every table).
    public Subscription subscribe(Set<String> tables, Consumer<TableChange> listener) {
        Subscriber s = new Subscriber(Set.copyOf(tables), Objects.requireNonNull(listener, "listener"));
        subscribers.add(s);
        return () -> subscribers.remove(s);
    }

    /// Delivers committed changes; [CacheDatabase] calls it after COMMIT, and the sync engine may call it
    /// for changes it committed through [CacheDatabase#write].
    void publish(Collection<TableChange> changes) {
        for (TableChange change : changes) {
            for (Subscriber s : subscribers) {
                if (!s.wants(change.table())) {
                    continue;
                }
                try {
                    s.listener().accept(change);
                } catch (RuntimeException e) {
                    log.error("A cache change listener failed on {} ({} ids, all={})",
                            change.table(), change.ids().size(), change.all(), e);
                }
            }
        }
    }

    int subscriberCount() {
        return subscribers.size();
    }
}
