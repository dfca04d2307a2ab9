package com.trendythreads.opsdesk.platform.seed;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.Jdbi;

/// A database with only the domain tables: Flyway migrates a copy of the real `V2__domain.sql`
/// (the server core's V1 is not needed by the seeder).
final class SeedDatabase {
    private SeedDatabase() {
    }

    static Jdbi inMemory() {
        return migrate("jdbc:h2:mem:seed-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
    }

    static Jdbi migrate(String url) {
        Path dir = copyDomainMigration();
        Flyway.configure().dataSource(url, "sa", "").locations("filesystem:" + dir).load().migrate();
        return Jdbi.create(url, "sa", "");
    }

    private static Path copyDomainMigration() {
        try (InputStream in = SeedDatabase.class.getResourceAsStream("/db/platform/V2__domain.sql")) {
            if (in == null) {
                throw new IllegalStateException("V2__domain.sql not on the classpath");
            }
            Path dir = Files.createTempDirectory("seed-migration");
            Files.copy(in, dir.resolve("V2__domain.sql"), StandardCopyOption.REPLACE_EXISTING);
            dir.toFile().deleteOnExit();
            dir.resolve("V2__domain.sql").toFile().deleteOnExit();
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
