package com.trendythreads.opsdesk.platform;

/// Live activity (e.g. new orders arriving) while the platform runs, started when `--simulate` > 0.
/// A simulator must write through [ModuleContext#writes()] (`writes.run(Principal.SYSTEM, tx -> …)`) so its
/// changes reach the change feed and event stream like any other write.
@FunctionalInterface
public interface Simulator {

    /// Starts the simulation at about `eventsPerMinute`; the returned handle stops it.
    AutoCloseable start(ModuleContext context, double eventsPerMinute) throws Exception;
}
