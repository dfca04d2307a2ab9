package com.trendythreads.opsdesk.cache.kpi;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/// The listeners of one [KpiSource#onChange]: told which figures moved, on the thread that committed the
/// change. A listener that throws is logged and does not stop the others.
final class KpiListeners {

    private static final Logger LOG = LoggerFactory.getLogger(KpiListeners.class);

    private final List<Consumer<Set<Kpi>>> listeners = new CopyOnWriteArrayList<>();
    private final String what;

    /// @param what names the source in the log ("sales")
    KpiListeners(String what) {
        this.what = what;
    }

    AutoCloseable add(Consumer<Set<Kpi>> listener) {
        Objects.requireNonNull(listener, "listener");
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    void fire(Set<Kpi> changed) {
        if (changed.isEmpty()) {
            return;
        }
        Set<Kpi> copy = Set.copyOf(changed);
        for (Consumer<Set<Kpi>> l : listeners) {
            try {
                l.accept(copy);
            } catch (RuntimeException e) {
                LOG.error("A {} figure listener failed", what, e);
            }
        }
    }

    void clear() {
        listeners.clear();
    }
}
