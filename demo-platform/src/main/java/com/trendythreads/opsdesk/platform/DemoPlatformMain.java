package com.trendythreads.opsdesk.platform;

import com.trendythreads.opsdesk.platform.db.Database;
import com.trendythreads.opsdesk.platform.faults.FaultConfig;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;

/// Command line entry point: `java … DemoPlatformMain [options]` (or `mvn -pl demo-platform compile exec:exec
/// -Dplatform.args="--port 8080 --reset"`).
public final class DemoPlatformMain {

    static final String USAGE = """
            Usage: demo-platform [options]
              --host <addr>            interface to listen on (default 127.0.0.1)
              --port <n>               port, 0 = any free port (default 0)
              --db <dir>               H2 database directory (default: %s)
              --jdbc-url <url>         use this database instead (e.g. jdbc:postgresql://localhost/opsdesk)
              --jdbc-user <user>       --jdbc-password <password>
              --reset                  delete all data and seed again
              --scale small|default|large   amount of seed data (default: default)
              --simulate <events/min>  live activity (default 0 = off)
              --token-ttl <seconds>    access token lifetime (default 900)
              --rate-limit <req/s>     per-token rate (default 100)   --rate-burst <n>  (default 200)
              --latency-ms <ms>        fault: added latency
              --error-rate <0..1>      fault: share of 500/503 answers   --error-status 500|503
              --drop-rate <0..1>       fault: share of dropped connections
              --malformed-rate <0..1>  fault: share of garbled JSON bodies
              --fault-seed <n>         seed for the fault dice (reproducible runs)
              --spec <resource>        classpath resource of the contract (default openapi.yaml)
              --help
            """.formatted(DataDirs.defaultDataDir());

    private DemoPlatformMain() {}

    public static void main(String[] rawArgs) throws InterruptedException {
        if (System.getProperty("logback.configurationFile") == null) {
            System.setProperty("logback.configurationFile", "demo-platform-logback.xml");
        }
        PlatformConfig config;
        try {
            config = parse(rawArgs);
        } catch (IllegalArgumentException e) {
            System.err.println("demo-platform: " + e.getMessage());
            System.err.println();
            System.err.print(USAGE);
            System.exit(2);
            return;
        }
        if (config == null) {
            System.out.print(USAGE);
            return;
        }
        DemoPlatform platform = DemoPlatform.start(config);
        System.out.println("TrendyThreads demo platform ready at " + platform.baseUrl()
                + "  (users: mia.merch, walt.warehouse, mona.manager, sam.support, mark.marketing, ada.admin; password 'demo')");
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            platform.close();
            stopped.countDown();
        }, "demo-platform-shutdown"));
        stopped.await();
    }

    /// Returns null for `--help`; throws IllegalArgumentException with a message for bad arguments.
    static PlatformConfig parse(String[] rawArgs) {
        // exec:exec passes -Dplatform.args as one argument (or its literal placeholder when unset): split it.
        List<String> args = new ArrayList<>();
        for (String a : rawArgs) {
            if (a.isBlank() || a.equals("${platform.args}")) continue;
            args.addAll(Arrays.asList(a.trim().split("\\s+")));
        }
        PlatformConfig.Builder b = PlatformConfig.builder();
        FaultConfig faults = FaultConfig.NONE;
        String jdbcUrl = null, jdbcUser = null, jdbcPassword = null;
        Path dbDir = null;
        double rate = 100;
        int burst = 200;
        for (int i = 0; i < args.size(); i++) {
            String opt = args.get(i);
            switch (opt) {
                case "--help", "-h" -> { return null; }
                case "--reset" -> b.reset(true);
                case "--host" -> b.host(value(args, ++i, opt));
                case "--port" -> b.port(intValue(args, ++i, opt, 0, 65535));
                case "--db" -> dbDir = Path.of(value(args, ++i, opt));
                case "--jdbc-url" -> jdbcUrl = value(args, ++i, opt);
                case "--jdbc-user" -> jdbcUser = value(args, ++i, opt);
                case "--jdbc-password" -> jdbcPassword = value(args, ++i, opt);
                case "--scale" -> {
                    String s = value(args, ++i, opt);
                    try {
                        b.scale(Scale.parse(s));
                    } catch (IllegalArgumentException e) {
                        throw new IllegalArgumentException("--scale must be small, default or large, not '" + s + "'");
                    }
                }
                case "--simulate" -> b.simulateEventsPerMinute(doubleValue(args, ++i, opt, 0, 100_000));
                case "--token-ttl" -> b.accessTokenTtl(Duration.ofSeconds(intValue(args, ++i, opt, 1, 86_400)));
                case "--rate-limit" -> rate = doubleValue(args, ++i, opt, 0.001, 1_000_000);
                case "--rate-burst" -> burst = intValue(args, ++i, opt, 1, 1_000_000);
                case "--latency-ms" -> faults = faults.withLatencyMs(intValue(args, ++i, opt, 0, 60_000));
                case "--error-rate" -> faults = faults.withErrorRate(doubleValue(args, ++i, opt, 0, 1), faults.errorStatus());
                case "--error-status" -> {
                    int status = intValue(args, ++i, opt, 500, 503);
                    if (status != 500 && status != 503) throw new IllegalArgumentException("--error-status must be 500 or 503");
                    faults = faults.withErrorRate(faults.errorRate(), status);
                }
                case "--drop-rate" -> faults = faults.withDropRate(doubleValue(args, ++i, opt, 0, 1));
                case "--malformed-rate" -> faults = faults.withMalformedRate(doubleValue(args, ++i, opt, 0, 1));
                case "--fault-seed" -> faults = faults.withSeed((long) intValue(args, ++i, opt, Integer.MIN_VALUE, Integer.MAX_VALUE));
                case "--spec" -> b.specResource(value(args, ++i, opt));
                default -> throw new IllegalArgumentException("unknown option '" + opt + "'");
            }
        }
        if (jdbcUrl != null && dbDir != null) throw new IllegalArgumentException("use either --db or --jdbc-url, not both");
        if (jdbcUrl != null) b.database(new Database.Location.Jdbc(jdbcUrl, jdbcUser, jdbcPassword));
        if (dbDir != null) b.database(new Database.Location.H2File(dbDir));
        return b.rateLimit(rate, burst).faults(faults).build();
    }

    private static String value(List<String> args, int i, String opt) {
        if (i >= args.size() || args.get(i).startsWith("--")) throw new IllegalArgumentException(opt + " needs a value");
        return args.get(i);
    }

    private static int intValue(List<String> args, int i, String opt, int min, int max) {
        String v = value(args, i, opt);
        try {
            int n = Integer.parseInt(v);
            if (n < min || n > max) throw new IllegalArgumentException(opt + " must be between " + min + " and " + max);
            return n;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(opt + " must be a whole number, not '" + v + "'");
        }
    }

    private static double doubleValue(List<String> args, int i, String opt, double min, double max) {
        String v = value(args, i, opt);
        try {
            double n = Double.parseDouble(v);
            if (n < min || n > max) throw new IllegalArgumentException(opt + " must be between " + min + " and " + max);
            return n;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(opt + " must be a number, not '" + v + "'");
        }
    }
}
