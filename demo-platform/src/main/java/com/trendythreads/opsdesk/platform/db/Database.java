package com.trendythreads.opsdesk.platform.db;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/// The platform's database: a HikariCP pool, a [Jdbi] over it, and Flyway migrations from
/// `classpath:db/platform` (V1__core.sql is the platform core; domain tables follow as V2__…, V3__…).
///
/// Three kinds: an H2 file (the default, under the user's data dir), H2 in memory (tests), or any JDBC URL
/// (PostgreSQL). Write SQL that both H2 and PostgreSQL accept.
public final class Database implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(Database.class);

    /// Where the data lives.
    public sealed interface Location {
        /// An H2 database in `directory` (files `platform.mv.db`, …).
        record H2File(Path directory) implements Location {}

        /// A private in-memory H2 database, gone on close.
        record InMemory(String name) implements Location {
            public InMemory() { this("platform-" + UUID.randomUUID()); }
        }

        record Jdbc(String url, String user, String password) implements Location {}
    }

    private final Location location;
    private final HikariDataSource dataSource;
    private final Jdbi jdbi;

    private Database(Location location, HikariDataSource dataSource) {
        this.location = location;
        this.dataSource = dataSource;
        this.jdbi = Jdbi.create(dataSource);
    }

    /// Opens the database; with `reset` the existing data is thrown away first. Then migrates.
    public static Database open(Location location, boolean reset) {
        if (reset && location instanceof Location.H2File(Path dir)) deleteH2Files(dir);
        HikariConfig hc = new HikariConfig();
        hc.setPoolName("demo-platform");
        hc.setMaximumPoolSize(16);
        switch (location) {
            case Location.H2File(Path dir) -> {
                createDirectories(dir);
                hc.setJdbcUrl("jdbc:h2:file:" + dir.toAbsolutePath().resolve("platform") + ";DB_CLOSE_ON_EXIT=FALSE;QUERY_CACHE_SIZE=64");
                hc.setUsername("sa");
            }
            case Location.InMemory(String name) -> {
                hc.setJdbcUrl("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1");
                hc.setUsername("sa");
            }
            case Location.Jdbc(String url, String user, String password) -> {
                hc.setJdbcUrl(url);
                if (user != null) hc.setUsername(user);
                if (password != null) hc.setPassword(password);
            }
        }
        Database db = new Database(location, new HikariDataSource(hc));
        try {
            Flyway flyway = Flyway.configure()
                    .dataSource(db.dataSource)
                    .locations("classpath:db/platform")
                    .cleanDisabled(!(reset && location instanceof Location.Jdbc))
                    .load();
            if (reset && location instanceof Location.Jdbc) {
                log.warn("Resetting database {}", hc.getJdbcUrl());
                flyway.clean();
            }
            flyway.migrate();
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
        return db;
    }

    public Jdbi jdbi() { return jdbi; }

    public DataSource dataSource() { return dataSource; }

    public Location location() { return location; }

    public boolean isH2() {
        return dataSource.getJdbcUrl().toLowerCase(Locale.ROOT).startsWith("jdbc:h2:");
    }

    /// Whether the platform has seeded this database (Seeders run once, on a fresh or reset database).
    public boolean isSeeded() {
        return jdbi.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM platform_meta WHERE meta_key = 'seeded'")
                .mapTo(Integer.class).one()) > 0;
    }

    /// Whether a seeding began here and never finished: the process ended during it (a first start killed),
    /// and the half-seeded rows would collide with a new seeding's.
    public boolean isSeedingInterrupted() {
        return jdbi.withHandle(h -> h.createQuery("""
                        SELECT COUNT(*) FROM platform_meta WHERE meta_key = 'seeding'
                        AND NOT EXISTS (SELECT 1 FROM platform_meta WHERE meta_key = 'seeded')""")
                .mapTo(Integer.class).one()) > 0;
    }

    /// Records, in the file, that seeding begins: a crash during it is then known at the next start.
    public void markSeeding(String scale) {
        jdbi.useHandle(h -> h.execute("INSERT INTO platform_meta (meta_key, meta_value) VALUES ('seeding', ?)", scale));
        checkpoint();
    }

    /// Records, in the file, that seeding finished.
    public void markSeeded(String scale) {
        jdbi.useHandle(h -> h.execute("INSERT INTO platform_meta (meta_key, meta_value) VALUES ('seeded', ?)", scale));
        checkpoint();
    }

    /// Whether commits need [#checkpoint()] to be in the file (H2 keeps them in memory for up to 500 ms).
    public boolean needsCheckpoints() {
        return location instanceof Location.H2File;
    }

    /// Writes every commit so far to the file (H2's `CHECKPOINT`; nothing for other databases).
    public void checkpoint() {
        if (needsCheckpoints()) jdbi.useHandle(h -> h.execute("CHECKPOINT"));
    }

    @Override
    public void close() {
        if (dataSource.isClosed()) return;
        if (location instanceof Location.InMemory) {
            // DB_CLOSE_DELAY=-1 keeps an in-memory database alive past its last connection; free it.
            try {
                jdbi.useHandle(h -> h.execute("SHUTDOWN"));
            } catch (RuntimeException e) {
                log.debug("H2 shutdown failed", e);
            }
        }
        dataSource.close();
    }

    private static void createDirectories(Path dir) {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create database directory " + dir, e);
        }
    }

    private static void deleteH2Files(Path dir) {
        for (String suffix : new String[] {".mv.db", ".trace.db", ".lock.db"}) {
            try {
                Files.deleteIfExists(dir.resolve("platform" + suffix));
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot reset database in " + dir, e);
            }
        }
    }
}
