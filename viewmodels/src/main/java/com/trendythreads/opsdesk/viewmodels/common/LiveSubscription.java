package com.trendythreads.opsdesk.viewmodels.common;

import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/// The one subscription to a source of change notifications that a screen holds while it is shown:
/// opened on activate, closed on deactivate, never twice. Not thread-safe: use it from the UI thread.
public final class LiveSubscription {

    private static final Logger LOG = LoggerFactory.getLogger(LiveSubscription.class);

    private AutoCloseable current;

    /// Subscribes unless already subscribed; returns whether it did.
    public boolean open(Supplier<? extends AutoCloseable> subscribe) {
        if (current != null) {
            return false;
        }
        current = subscribe.get();
        return true;
    }

    public boolean isOpen() {
        return current != null;
    }

    /// Unsubscribes (idempotent). A source that fails to unsubscribe is logged: the screen is going away
    /// either way.
    public void close() {
        if (current == null) {
            return;
        }
        try {
            current.close();
        } catch (Exception e) {
            LOG.debug("Unsubscribing failed", e);
        } finally {
            current = null;
        }
    }
}
