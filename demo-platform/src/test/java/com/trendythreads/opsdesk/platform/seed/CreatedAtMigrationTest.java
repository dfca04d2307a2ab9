package com.trendythreads.opsdesk.platform.seed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;

/// A database seeded before tickets and pick lists had a `created_at` column gets it filled from each
/// row's document, and the column is NOT NULL afterwards.
class CreatedAtMigrationTest {

    @Test
    void rowsStoredBeforeTheColumnExistedAreFilledFromTheirDocument() {
        String url = "jdbc:h2:mem:created-at-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
        Jdbi v2 = SeedDatabase.migrate(url, "2");
        OffsetDateTime at = OffsetDateTime.parse("2026-03-01T10:00:00Z");
        v2.useHandle(h -> {
            h.createUpdate("""
                            INSERT INTO tickets (id, status, priority, customer_id, sla_due_at, updated_at, version, doc)
                            VALUES ('tkt_1', 'OPEN', 'NORMAL', 'cus_1', :at, :at, 1,
                                    '{"id":"tkt_1","createdAt":"2026-02-20T08:30:00Z"}')""")
                    .bind("at", at).execute();
            h.createUpdate("""
                            INSERT INTO pick_lists (id, location_id, status, updated_at, version, doc)
                            VALUES ('pl_1', 'WH-BER', 'OPEN', :at, 1, '{"id":"pl_1","createdAt":"2026-02-21T09:00:00Z"}')""")
                    .bind("at", at).execute();
        });

        Jdbi latest = SeedDatabase.migrate(url);

        latest.useHandle(h -> {
            assertThat(h.createQuery("SELECT created_at FROM tickets WHERE id = 'tkt_1'")
                    .mapTo(OffsetDateTime.class).one().toInstant()).isEqualTo(Instant.parse("2026-02-20T08:30:00Z"));
            assertThat(h.createQuery("SELECT created_at FROM pick_lists WHERE id = 'pl_1'")
                    .mapTo(OffsetDateTime.class).one().toInstant()).isEqualTo(Instant.parse("2026-02-21T09:00:00Z"));
            assertThatThrownBy(() -> h.createUpdate("UPDATE tickets SET created_at = NULL").execute())
                    .hasMessageContaining("CREATED_AT");
        });
    }
}
