package com.trendythreads.opsdesk.cache.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.stream.Stream;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.h2.api.ErrorCode;
import org.h2.jdbcx.JdbcConnectionPool;
import org.h2.store.fs.FilePath;
import org.jdbi.v3.core.HandleCallback;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/// The encrypted local H2 database of one user on one platform.
///
/// - **Encryption**: `CIPHER=AES` with a key derived from the user's password ([CacheKey]); a wrong
///   password fails with [CachePasswordException] and touches no file.
/// - **Durability**: `WRITE_DELAY=0`, so a committed transaction survives `kill -9` (H2 otherwise keeps
///   commits in memory for up to 500 ms).
/// - **Schema**: Flyway migrations from `classpath:db/cache` run on every open.
/// - **Writes** go through [#write]: one transaction, one writer at a time, changes announced on
///   [#changes()] after COMMIT. **Reads** ([#read]) take no lock.
public final class CacheDatabase implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(CacheDatabase.class);

    /// The H2 database name inside the directory (`cache.mv.db`).
    public static final String DB_NAME = "cache";
    /// The database user; the password is derived, the name needs no secrecy.
    static final String DB_USER = "opsdesk";

    static {
        // H2's FilePath creates its wrapper subclasses (FilePathEncrypt, which CIPHER=AES reaches first) in its
        // own static initialiser. An encrypted open that starts initialising FilePathEncrypt while another
        // thread initialises FilePath (any first H2 open: the demo platform's) deadlocks both threads on class
        // initialisation; a parallel offline-cache test run hung so. FilePath initialised here, before any
        // encrypted open, leaves no such order.
        FilePath.get(".");
    }

    // Two CacheDatabase objects on one directory in one JVM would share H2's database but not the writer
    // lock or the change bus, so the second open is refused here. (Another process is refused by H2's
    // file lock.)
    private static final Set<Path> OPEN_DIRS = ConcurrentHashMap.newKeySet();

    private final Path dir;
    private final long sizeAtOpen;
    private final CacheMeta meta;
    private final JdbcConnectionPool pool;
    private final Connection keepAlive;
    private final Jdbi jdbi;
    private final ChangeBus bus = new ChangeBus();
    private final ReentrantLock writer = new ReentrantLock();
    private volatile boolean closed;
    /// SHA-256 of the derived key (never the password): lets [#unlocks(char[])] check a password offline.
    private final byte[] keyDigest;

    private CacheDatabase(Path dir, CacheMeta meta, JdbcConnectionPool pool, Connection keepAlive, CacheKey key) {
        this.keyDigest = digest(key);
        this.sizeAtOpen = fileSize(dbFile(dir));
        this.dir = dir;
        this.meta = meta;
        this.pool = pool;
        this.keepAlive = keepAlive;
        this.jdbi = Jdbi.create(pool);
    }

    /// Creates the cache in `dir` on first use, otherwise unlocks it with `password`.
    ///
    /// @throws CachePasswordException the password does not unlock this cache (no file was changed)
    /// @throws CacheInUseException    another process (or another open here) holds it
    /// @throws CacheException         anything else (unreadable files, a cache of another user, …)
    public static CacheDatabase open(Path dir, String platformUrl, String username, char[] password,
                                     CacheOptions options) {
        return open(dir, platformUrl, username, password, options, null);
    }

    /// The same, taking the key from `ahead` when it was derived for this cache (see [KeyAhead]).
    public static CacheDatabase open(Path dir, String platformUrl, String username, char[] password,
                                     CacheOptions options, KeyAhead ahead) {
        Path key = dir.toAbsolutePath().normalize();
        if (!OPEN_DIRS.add(key)) {
            throw new CacheInUseException("The local data of " + username + " on " + platformUrl
                    + " is already open in this application (" + dir + ")");
        }
        try {
            return doOpen(key, platformUrl, username, password, options, ahead);
        } catch (RuntimeException | Error e) {
            OPEN_DIRS.remove(key);
            throw e;
        }
    }

    private static CacheDatabase doOpen(Path dir, String platformUrl, String username, char[] password,
                                        CacheOptions options, KeyAhead ahead) {
        boolean existing = Files.exists(CacheMeta.file(dir));
        CacheMeta meta;
        if (existing) {
            meta = CacheMeta.read(dir);
            if (!CacheLocation.normalise(meta.platformUrl()).equals(CacheLocation.normalise(platformUrl))
                    || !meta.username().equalsIgnoreCase(username)) {
                throw new CacheException("The local data in " + dir + " belongs to " + meta.username() + " on "
                        + meta.platformUrl() + ", not to " + username + " on " + platformUrl);
            }
        } else {
            if (Files.exists(dbFile(dir))) {
                throw new CacheException("The local data in " + dir + " has no " + CacheMeta.FILE_NAME
                        + "; it cannot be unlocked. Remove the local data and sign in again.");
            }
            meta = CacheMeta.create(platformUrl, username, options.kdfIterations());
        }
        CacheKey cacheKey = ahead == null ? null : ahead.keyFor(meta);
        if (cacheKey == null) {
            cacheKey = CacheKey.derive(password, meta.saltBytes(), meta.iterations());
        }
        boolean create = !Files.exists(dbFile(dir));
        if (create) {
            try {
                Files.createDirectories(dir);
            } catch (IOException e) {
                throw new CacheException("Cannot create the local data directory " + dir, e);
            }
            if (!existing) {
                meta.write(dir);
            }
        }
        String url = jdbcUrl(dir, options, !create);
        if (!create) {
            settle(url, cacheKey, dir, meta);
        }
        JdbcConnectionPool pool = JdbcConnectionPool.create(url, DB_USER, cacheKey.h2Password());
        pool.setMaxConnections(32);
        Connection keepAlive;
        try {
            // Holds the database open (and H2's file lock) for the life of this object.
            keepAlive = pool.getConnection();
        } catch (SQLException e) {
            pool.dispose();
            throw translate(e, dir, meta);
        }
        try {
            migrate(pool);
        } catch (RuntimeException e) {
            closeQuietly(keepAlive);
            pool.dispose();
            throw e instanceof CacheException ce ? ce : new CacheException("Cannot prepare the local data in " + dir, e);
        }
        markOpen(dir, true);
        log.info("Opened local cache {} ({} on {})", dir, meta.username(), meta.platformUrl());
        return new CacheDatabase(dir, meta, pool, keepAlive, cacheKey);
    }

    /// Marks an open database; present at the next open only if this one never closed cleanly.
    static final String OPEN_MARKER = "cache.open";

    /// After a crash or kill, H2 recovers the store on open, but a session written on top of that
    /// recovered state and then killed again was seen to vanish on the next open (the kill -9
    /// trials lost committed outbox entries that way). So after an unclean end the recovered
    /// store is rewritten once (`SHUTDOWN COMPACT`: a fresh file from the recovered state) before
    /// the real open.
    private static void settle(String url, CacheKey cacheKey, Path dir, CacheMeta meta) {
        if (!Files.exists(dir.resolve(OPEN_MARKER))) {
            return;
        }
        log.info("Local cache {} was not closed cleanly last time; compacting it after recovery", dir);
        try (Connection c = java.sql.DriverManager.getConnection(url, DB_USER, cacheKey.h2Password())) {
            c.createStatement().execute("SHUTDOWN COMPACT");
        } catch (SQLException e) {
            throw translate(e, dir, meta);
        }
    }

    private static void markOpen(Path dir, boolean open) {
        try {
            if (open) {
                Files.writeString(dir.resolve(OPEN_MARKER), "open\n");
            } else {
                Files.deleteIfExists(dir.resolve(OPEN_MARKER));
            }
        } catch (IOException e) {
            throw new CacheException("Cannot write " + OPEN_MARKER + " in " + dir, e);
        }
    }

    static String jdbcUrl(Path dir, CacheOptions options, boolean mustExist) {
        // TRACE_LEVEL_FILE=0: no cache.trace.db, so a failed unlock writes no file and no SQL lands on disk
        // in plain text. IFEXISTS: unlocking must never create an empty database next to a real one.
        // REUSE_SPACE=FALSE: every chunk is appended. With space reuse, the kill -9 trials lost whole
        // sessions of committed writes (21-28 of 100 trials; H2 recovered an older chunk after a big
        // transaction), and none of 60 with appends only. The file grows while open; close() compacts.
        // CACHE_SIZE=65536 (KB): H2's default page cache is 16 MB, and with the LARGE set cached (3.2 million
        // rows) pushing an outbox read and decrypted pages from the file for about half of the pushing thread's
        // time; 64 MB cut its CPU by about a fifth (docs/BENCHMARKS.md, stop 25).
        return "jdbc:h2:file:" + dir.resolve(DB_NAME) + ";CIPHER=AES;REUSE_SPACE=FALSE;WRITE_DELAY=" + options.writeDelayMs()
                + ";TRACE_LEVEL_FILE=0;QUERY_CACHE_SIZE=64;CACHE_SIZE=65536" + (mustExist ? ";IFEXISTS=TRUE" : "");
    }

    private static void migrate(JdbcConnectionPool pool) {
        try {
            Flyway.configure(CacheDatabase.class.getClassLoader())
                    .dataSource(pool)
                    .locations("classpath:db/cache")
                    .load()
                    .migrate();
        } catch (FlywayException e) {
            throw new CacheException("Cannot migrate the local data schema: " + e.getMessage(), e);
        }
    }

    private static CacheException translate(SQLException e, Path dir, CacheMeta meta) {
        return switch (e.getErrorCode()) {
            case ErrorCode.FILE_ENCRYPTION_ERROR_1, ErrorCode.WRONG_USER_OR_PASSWORD -> new CachePasswordException(
                    "This password does not unlock the local data of " + meta.username() + " on "
                            + meta.platformUrl() + ".", e);
            case ErrorCode.DATABASE_ALREADY_OPEN_1 -> new CacheInUseException("The local data of " + meta.username()
                    + " on " + meta.platformUrl() + " is in use by another Ops Desk window or process (" + dir
                    + "). Close it and try again.", e);
            default -> new CacheException("Cannot open the local data in " + dir + ": " + e.getMessage(), e);
        };
    }

    static Path dbFile(Path dir) {
        return dir.resolve(DB_NAME + ".mv.db");
    }

    /// Whether `password` is the one this open cache was unlocked with: the same key derivation as
    /// [#open], compared with a digest of the key kept in memory (lifting the idle lock offline).
    public boolean unlocks(char[] password) {
        CacheKey candidate = CacheKey.derive(password, meta.saltBytes(), meta.iterations());
        return java.security.MessageDigest.isEqual(keyDigest, digest(candidate));
    }

    private static byte[] digest(CacheKey key) {
        try {
            return java.security.MessageDigest.getInstance("SHA-256")
                    .digest(key.h2Password().getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new CacheException("No SHA-256 in this Java runtime", e);
        }
    }

    /// Whether `dir` holds a cache (its database and its `cache.json`).
    public static boolean exists(Path dir) {
        return Files.exists(dbFile(dir)) && Files.exists(CacheMeta.file(dir));
    }

    /// Removes the cache in `dir` ("sign out and remove local data"). It must not be open.
    public static void deleteLocalData(Path dir) {
        Path key = dir.toAbsolutePath().normalize();
        if (OPEN_DIRS.contains(key)) {
            throw new CacheInUseException("The local data in " + dir + " is open; close it before removing it");
        }
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            List<Path> paths = walk.sorted(Comparator.reverseOrder()).toList();
            for (Path p : paths) {
                Files.deleteIfExists(p);
            }
        } catch (IOException | UncheckedIOException e) {
            throw new CacheException("Cannot remove the local data in " + dir, e);
        }
    }

    /// Runs `work` in one transaction under the single writer lock and announces the changes it recorded
    /// after COMMIT. An exception from `work` rolls back, announces nothing and is rethrown. Writes do not
    /// nest: calling `write` from inside `work` (or from a listener still inside one) fails.
    public <T> T write(WriteTx<T> work) {
        ensureOpen();
        if (writer.isHeldByCurrentThread()) {
            throw new IllegalStateException("CacheDatabase.write does not nest; use the Tx you were given");
        }
        List<TableChange> changes;
        T result;
        writer.lock();
        try {
            Tx[] tx = new Tx[1];
            result = jdbi.inTransaction(h -> {
                tx[0] = new Tx(h);
                return work.apply(tx[0]);
            });
            changes = tx[0].collected();
        } finally {
            writer.unlock();
        }
        bus.publish(changes);
        return result;
    }

    /// Runs `work` with a handle of its own (autocommit, no writer lock).
    public <T> T read(HandleCallback<T, RuntimeException> work) {
        ensureOpen();
        return jdbi.withHandle(work);
    }

    /// The change notifications of this cache.
    public ChangeBus changes() {
        return bus;
    }

    /// The Jdbi of this cache, for components that manage their own handles.
    public Jdbi jdbi() {
        return jdbi;
    }

    public Path directory() {
        return dir;
    }

    public String platformUrl() {
        return meta.platformUrl();
    }

    public String username() {
        return meta.username();
    }

    private void ensureOpen() {
        if (closed) {
            throw new IllegalStateException("The local cache " + dir + " is closed");
        }
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        writer.lock();
        try {
            closed = true;
            pool.dispose();
            if (fileSize(dbFile(dir)) > Math.max(COMPACT_ABOVE_BYTES, sizeAtOpen * 3 / 2)) {
                compactOnClose();
            }
            closeQuietly(keepAlive); // the last connection: H2 writes and closes the database
            markOpen(dir, false);
            log.info("Closed local cache {}", dir);
        } finally {
            writer.unlock();
            OPEN_DIRS.remove(dir);
        }
    }

    /// Appends only (see [#jdbcUrl]) make the file grow while it is open; a session that grew it
    /// by half gives the space back on a clean close.
    static final long COMPACT_ABOVE_BYTES = 32L << 20;

    private void compactOnClose() {
        try (java.sql.Statement st = keepAlive.createStatement()) {
            st.execute("SHUTDOWN COMPACT");
            log.info("Compacted local cache {} on close ({} bytes now)", dir, fileSize(dbFile(dir)));
        } catch (SQLException e) {
            log.warn("Compacting the local cache on close failed; it stays as it is", e);
        }
    }

    private static long fileSize(Path f) {
        try {
            return Files.exists(f) ? Files.size(f) : 0;
        } catch (IOException e) {
            return 0;
        }
    }

    private static void closeQuietly(Connection c) {
        try {
            c.close();
        } catch (SQLException e) {
            log.warn("Closing a cache connection failed", e);
        }
    }
}
