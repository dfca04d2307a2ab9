package com.trendythreads.opsdesk.viewmodels.session;

import java.util.List;

/// The in-process demo platform, used when no platform URL is configured. Implemented in app, the only
/// module that may depend on demo-platform.
public interface DemoMode {

    /// A demo user to pick on the sign-in screen; every password is [#PASSWORD].
    record DemoUser(String username, String displayName, String role) {
    }

    String PASSWORD = "demo";

    /// No platform URL is configured: sign-in goes to the demo platform.
    boolean enabled();

    /// Starts the demo platform (seeding it on first use) or returns the running one. Blocking.
    ///
    /// @return its base URL
    String start();

    /// The same, telling `seeding` each seeding step as it begins (on the thread that runs the start, which
    /// may be another caller's; a step already under way is told at once), if it seeds.
    default String start(SeedingListener seeding) {
        return start();
    }

    /// Step `index` (1-based) of `count` of a first start's seeding, named by the platform ("orders").
    @FunctionalInterface
    interface SeedingListener {
        void step(String name, int index, int count);
    }

    List<DemoUser> users();
}
