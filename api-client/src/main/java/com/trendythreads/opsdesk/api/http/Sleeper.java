package com.trendythreads.opsdesk.api.http;

import java.time.Duration;

/// Waits between retries; a port so tests can record waits instead of spending them.
@FunctionalInterface
public interface Sleeper {

    void sleep(Duration duration) throws InterruptedException;

    /// Really sleeps the current thread.
    static Sleeper system() {
        return d -> {
            if (d.isPositive()) {
                Thread.sleep(d);
            }
        };
    }
}
