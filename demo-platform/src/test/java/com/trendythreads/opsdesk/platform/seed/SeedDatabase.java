package com.trendythreads.opsdesk.platform.seed;

import db.platform.V4__BackfillCreatedAt;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.Jdbi;

/// A database with only the domain tables: Flyway migrates copies of the real domain migrations
/// (`V2__domain.sql`, `V3__created_at.sql`, the Java `V4__BackfillCreatedAt`, and `V7__supply.sql`); the server core's V1 is
/// not needed by the seeder.
final class SeedDatabase {
    private SeedDatabase() {
    }

    static Jdbi inMemory() {
        return migrate("jdbc:h2:mem:seed-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
    }

    static Jdbi migrate(String url) {
        return migrate(url, "latest");
    }

    /// Migrates up to `target` (a version such as "2", or "latest").
    static Jdbi migrate(String url, String target) {
        Path dir = copyDomainMigration();
        Flyway.configure().dataSource(url, "sa", "").locations("filesystem:" + dir)
                .javaMigrations(new V4__BackfillCreatedAt()).target(target).load().migrate();
        return Jdbi.create(url, "sa", "");
    }

    private static Path copyDomainMigration() {
        try {
            Path dir = Files.createTempDirectory("seed-migration");
            dir.toFile().deleteOnExit();
            for (String name : List.of("V2__domain.sql", "V3__created_at.sql", "V7__supply.sql")) {
                try (InputStream in = SeedDatabase.class.getResourceAsStream("/db/platform/" + name)) {
                    if (in == null) {
                        throw new IllegalStateException(name + " not on the classpath");
                    }
                    Files.copy(in, dir.resolve(name), StandardCopyOption.REPLACE_EXISTING);
                    dir.resolve(name).toFile().deleteOnExit();
                }
            }
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
