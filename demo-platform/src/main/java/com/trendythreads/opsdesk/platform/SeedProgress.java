package com.trendythreads.opsdesk.platform;

/// Hears a seeding run's steps as they begin, for a first start's progress bar.
@FunctionalInterface
public interface SeedProgress {

    SeedProgress NONE = (name, index, count) -> { };

    /// Step `index` (1-based) of `count`, named for people ("catalog", "orders"), begins.
    void step(String name, int index, int count);
}
