package com.trendythreads.opsdesk.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.trendythreads.opsdesk.platform.db.Database;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/// A first start whose seeding was cut short (the app killed while it seeded, here a seeding step that
/// fails after the catalog is written) must not leave a database that can never start again: the next start
/// sees the unfinished seeding and seeds from nothing. Before, it seeded over the half-seeded rows and failed
/// on the first category's primary key, at every start.
class InterruptedSeedingTest {

    @TempDir
    Path dir;

    @Test
    void theNextStartSeedsAgainFromNothingAndHasTheSameDataAsAnUninterruptedSeeding() {
        PlatformConfig.Builder config = PlatformConfig.builder().database(new Database.Location.H2File(dir))
                .scale(Scale.TINY).passwordIterations(1_000);
        assertThatThrownBy(() -> DemoPlatform.start(config.seedProgress((name, index, count) -> {
            if (name.equals("customer profiles")) throw new IllegalStateException("cut short after the catalog");
        }).build())).hasStackTraceContaining("cut short after the catalog");

        Map<String, Object> again;
        try (DemoPlatform p = DemoPlatform.start(config.seedProgress(SeedProgress.NONE).build())) {
            assertThat(p.database().isSeeded()).isTrue();
            again = counts(p.database());
        }
        Map<String, Object> uninterrupted;
        try (DemoPlatform p = DemoPlatform.start(config.database(new Database.Location.H2File(dir.resolve("fresh")))
                .build())) {
            uninterrupted = counts(p.database());
        }
        assertThat(again).isEqualTo(uninterrupted).doesNotContainValue(0L);
    }

    private static Map<String, Object> counts(Database db) {
        return db.jdbi().withHandle(h -> h.createQuery("""
                        SELECT (SELECT COUNT(*) FROM categories) AS categories, (SELECT COUNT(*) FROM products) AS products,
                               (SELECT COUNT(*) FROM users) AS users, (SELECT COUNT(*) FROM orders) AS orders""")
                .mapToMap().one());
    }
}
