package com.trendythreads.opsdesk.platform;

import com.trendythreads.opsdesk.platform.db.Database;

/// Fills a fresh (or reset) database with demo data. Runs once per database, after migrations, before the
/// server accepts requests; seeded rows do not go to the change feed (clients get them by a full pull).
/// Seeders run in the order of their modules in [DemoPlatform#domainModules()].
@FunctionalInterface
public interface Seeder {
    void seed(Database database, Scale scale) throws Exception;

    /// The same, telling `progress` each step as it begins (a seeder without steps tells nothing).
    default void seed(Database database, Scale scale, SeedProgress progress) throws Exception {
        seed(database, scale);
    }
}
