package com.trendythreads.opsdesk.benchmarks;

import com.trendythreads.opsdesk.api.PlatformClient;
import com.trendythreads.opsdesk.cache.store.CacheDatabase;
import com.trendythreads.opsdesk.cache.store.CacheOptions;
import com.trendythreads.opsdesk.cache.store.LocalTables;
import com.trendythreads.opsdesk.cache.sync.SyncEngine;
import com.trendythreads.opsdesk.cache.sync.SyncSettings;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/// Initial sync of the whole data set into a fresh cache, against the baseline of inserting the very rows
/// that sync stored (every table the sync filled) into a fresh cache of the same schema and encryption with
/// plain JDBC batches.
final class InitialSyncScenario {

    private static final Logger log = LoggerFactory.getLogger(InitialSyncScenario.class);

    private InitialSyncScenario() {
    }

    /// Runs the sync as `user` into `dir/cache` and the baseline into `dir/baseline`; leaves the synced
    /// cache open for the next scenarios and returns it.
    ///
    /// @param warmUp whether to sync once into a throwaway cache first: the sync is the runner's first work, and
    ///               at SMALL and DEFAULT it lasts seconds, half of them the JIT compiling the desk and the
    ///               platform (not at LARGE, minutes long, nor in the TINY smoke run, which verify pays for)
    static SyncedCache run(Report report, String baseUrl, String user, Path dir, boolean warmUp) {
        double warmSeconds = -1;
        if (warmUp) {
            Synced warm = sync(baseUrl, user, dir.resolve("warm-up"));
            warm.cache().close();
            warmSeconds = warm.seconds();
        }
        // the timestamps bound the measured pull in a flight recording of the whole run
        log.info("Measured sync …");
        Synced measured = sync(baseUrl, user, dir);
        log.info("Measured sync done; baseline inserts …");
        SyncedCache synced = measured.cache();
        double syncSeconds = measured.seconds();
        double syncCpu = measured.cpuSeconds();
        CacheDatabase db = synced.db();
        Map<String, Long> filled = filledTables(db);
        List<String> tables = List.copyOf(filled.keySet());
        long rows = filled.values().stream().mapToLong(Long::longValue).sum();
        double[] baseline;
        try (CacheDatabase raw = CacheDatabase.open(dir.resolve("baseline"), baseUrl, user, "demo".toCharArray(),
                CacheOptions.defaults())) {
            baseline = copy(db, raw, tables);
        }
        double baselineSeconds = baseline[0];
        double syncRate = rows / syncSeconds;
        double rawRate = rows / baselineSeconds;
        report.add(new Figure("initial sync", syncRate, "rows/s", rawRate, "raw H2 batch insert of the same rows",
                "≥ 50% of baseline", syncRate >= 0.5 * rawRate, String.format(Locale.ROOT,
                "%,d rows in %d tables as %s: sync %.1f s, %.1f s of CPU with the platform's (paging over "
                        + "loopback, JSON, typed columns, indexes; %.1f s of it the writing thread's), baseline "
                        + "%.1f s, %.1f s of CPU (JDBC batches of 1,000 into the same encrypted schema); %s",
                rows, tables.size(), user, syncSeconds, syncCpu, measured.writerCpuSeconds(), baselineSeconds,
                baseline[1],
                warmUp ? String.format(Locale.ROOT, "after a warm-up sync into a throwaway cache (%.1f s)", warmSeconds)
                        : "the runner's first work, no warm-up")));
        return synced;
    }

    private record Synced(SyncedCache cache, double seconds, double cpuSeconds, double writerCpuSeconds) {
    }

    /// Signs in as `user`, opens a fresh cache in `dir/cache` and pulls everything the user may read; only
    /// the pull is timed.
    private static Synced sync(String baseUrl, String user, Path dir) {
        PlatformClient client = PlatformClient.builder().baseUrl(baseUrl).build();
        client.session().signIn(user, "demo");
        CacheDatabase db = CacheDatabase.open(dir.resolve("cache"), baseUrl, user, "demo".toCharArray(),
                CacheOptions.defaults());
        ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
        SyncEngine engine = new SyncEngine(db, new LocalTables(), client, SyncSettings.defaults(), Clock.systemUTC(),
                executor);
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long t0 = System.nanoTime();
        long cpu0 = Benchmarks.processCpuNanos();
        long writer0 = threads.getCurrentThreadCpuTime();
        // the pull writes on this thread: its CPU is the writer's, a figure other processes on the machine
        // disturb far less than the wall time or a sampling profile
        if (!engine.initialSync()) {
            throw new IllegalStateException("the initial sync did not finish");
        }
        return new Synced(new SyncedCache(client, db, engine, executor), (System.nanoTime() - t0) / 1e9,
                (Benchmarks.processCpuNanos() - cpu0) / 1e9, (threads.getCurrentThreadCpuTime() - writer0) / 1e9);
    }

    /// Tables in the cache's schema with rows after the sync, except Flyway's history, with their row counts.
    private static Map<String, Long> filledTables(CacheDatabase db) {
        List<String> names = db.read(h -> h.createQuery("SELECT TABLE_NAME FROM INFORMATION_SCHEMA.TABLES "
                + "WHERE TABLE_SCHEMA = 'PUBLIC' AND TABLE_TYPE = 'BASE TABLE' ORDER BY TABLE_NAME")
                .mapTo(String.class).list());
        Map<String, Long> filled = new LinkedHashMap<>();
        for (String t : names) {
            if (t.equalsIgnoreCase("flyway_schema_history")) {
                continue;
            }
            long rows = db.read(h -> h.createQuery("SELECT COUNT(*) FROM \"" + t + "\"").mapTo(Long.class).one());
            if (rows > 0) {
                filled.put(t, rows);
            }
        }
        return filled;
    }

    /// Copies every row of `tables` from `from` into the (empty) same tables of `to`; returns the seconds the
    /// inserts took and their CPU seconds. The rows are read in chunks outside the clock (a LARGE cache does
    /// not fit the heap at once), then inserted in JDBC batches of 1,000 with a commit each.
    private static double[] copy(CacheDatabase from, CacheDatabase to, List<String> tables) {
        to.read(h -> {
            try (Connection c = h.getConnection()) {
                c.createStatement().execute("SET REFERENTIAL_INTEGRITY FALSE");
                for (String t : tables) {
                    c.createStatement().execute("DELETE FROM \"" + t + "\"");
                }
                return null;
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
        long[] spent = new long[2];
        for (String t : tables) {
            long after = -1;
            while (true) {
                long since = after;
                List<Object[]> chunk = new ArrayList<>(CHUNK);
                long last = from.read(h -> {
                    try (Connection c = h.getConnection();
                         PreparedStatement ps = c.prepareStatement("SELECT _ROWID_, * FROM \"" + t
                                 + "\" WHERE _ROWID_ > ? ORDER BY _ROWID_ LIMIT " + CHUNK)) {
                        ps.setLong(1, since);
                        try (ResultSet rs = ps.executeQuery()) {
                            int n = rs.getMetaData().getColumnCount();
                            long rowId = since;
                            while (rs.next()) {
                                rowId = rs.getLong(1);
                                Object[] r = new Object[n - 1];
                                for (int k = 2; k <= n; k++) {
                                    r[k - 2] = rs.getObject(k);
                                }
                                chunk.add(r);
                            }
                            return rowId;
                        }
                    } catch (SQLException e) {
                        throw new IllegalStateException(e);
                    }
                });
                if (chunk.isEmpty()) {
                    break;
                }
                long t0 = System.nanoTime();
                long cpu0 = Benchmarks.processCpuNanos();
                insert(to, t, chunk);
                spent[0] += System.nanoTime() - t0;
                spent[1] += Benchmarks.processCpuNanos() - cpu0;
                after = last;
            }
        }
        return new double[] {spent[0] / 1e9, spent[1] / 1e9};
    }

    /// Rows read per chunk of the baseline's copy.
    private static final int CHUNK = 10_000;

    private static void insert(CacheDatabase to, String table, List<Object[]> rows) {
        to.read(h -> {
            try (Connection c = h.getConnection()) {
                c.setAutoCommit(false);
                int width = rows.getFirst().length;
                String sql = "INSERT INTO \"" + table + "\" VALUES (" + "?, ".repeat(width - 1) + "?)";
                try (PreparedStatement ps = c.prepareStatement(sql)) {
                    int n = 0;
                    for (Object[] r : rows) {
                        for (int k = 0; k < width; k++) {
                            ps.setObject(k + 1, r[k]);
                        }
                        ps.addBatch();
                        if (++n % 1_000 == 0) {
                            ps.executeBatch();
                            c.commit();
                        }
                    }
                    ps.executeBatch();
                    c.commit();
                }
                c.setAutoCommit(true);
                return null;
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    /// The synced cache, its engine and client, for the scenarios that follow.
    record SyncedCache(PlatformClient client, CacheDatabase db, SyncEngine engine, ExecutorService executor)
            implements AutoCloseable {

        @Override
        public void close() {
            engine.close();
            db.close();
            client.close();
            executor.shutdownNow();
        }
    }
}
