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
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/// Initial sync of the whole data set into a fresh cache, against the baseline of inserting the very rows
/// that sync stored (every table the sync filled) into a fresh cache of the same schema and encryption with
/// plain JDBC batches.
final class InitialSyncScenario {

    private InitialSyncScenario() {
    }

    /// Runs the sync as `user` into `dir/cache` and the baseline into `dir/baseline`; leaves the synced
    /// cache open for the next scenarios and returns it.
    static SyncedCache run(Report report, String baseUrl, String user, Path dir) {
        PlatformClient client = PlatformClient.builder().baseUrl(baseUrl).build();
        client.session().signIn(user, "demo");
        CacheDatabase db = CacheDatabase.open(dir.resolve("cache"), baseUrl, user, "demo".toCharArray(),
                CacheOptions.defaults());
        ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
        SyncEngine engine = new SyncEngine(db, new LocalTables(), client, SyncSettings.defaults(), Clock.systemUTC(),
                executor);
        long t0 = System.nanoTime();
        long cpu0 = Benchmarks.processCpuNanos();
        if (!engine.initialSync()) {
            throw new IllegalStateException("the initial sync did not finish");
        }
        double syncSeconds = (System.nanoTime() - t0) / 1e9;
        double syncCpu = (Benchmarks.processCpuNanos() - cpu0) / 1e9;
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
                        + "loopback, JSON, typed columns, indexes), baseline %.1f s, %.1f s of CPU (JDBC batches of "
                        + "1,000 into the same encrypted schema)",
                rows, tables.size(), user, syncSeconds, syncCpu, baselineSeconds, baseline[1])));
        return new SyncedCache(client, db, engine, executor);
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
    /// inserts took and their CPU seconds (reading the rows first, outside the clock).
    private static double[] copy(CacheDatabase from, CacheDatabase to, List<String> tables) {
        List<List<Object[]>> data = new ArrayList<>();
        List<Integer> widths = new ArrayList<>();
        for (String t : tables) {
            List<Object[]> rows = new ArrayList<>();
            int width = from.read(h -> {
                try (Connection c = h.getConnection();
                     PreparedStatement ps = c.prepareStatement("SELECT * FROM \"" + t + "\"");
                     ResultSet rs = ps.executeQuery()) {
                    ResultSetMetaData md = rs.getMetaData();
                    int n = md.getColumnCount();
                    while (rs.next()) {
                        Object[] r = new Object[n];
                        for (int i = 0; i < n; i++) {
                            r[i] = rs.getObject(i + 1);
                        }
                        rows.add(r);
                    }
                    return n;
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
            });
            data.add(rows);
            widths.add(width);
        }
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
        long t0 = System.nanoTime();
        long cpu0 = Benchmarks.processCpuNanos();
        to.read(h -> {
            try (Connection c = h.getConnection()) {
                c.setAutoCommit(false);
                for (int i = 0; i < tables.size(); i++) {
                    int width = widths.get(i);
                    String sql = "INSERT INTO \"" + tables.get(i) + "\" VALUES (" + "?, ".repeat(width - 1) + "?)";
                    try (PreparedStatement ps = c.prepareStatement(sql)) {
                        int n = 0;
                        for (Object[] r : data.get(i)) {
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
                }
                return null;
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
        return new double[] {(System.nanoTime() - t0) / 1e9, (Benchmarks.processCpuNanos() - cpu0) / 1e9};
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
