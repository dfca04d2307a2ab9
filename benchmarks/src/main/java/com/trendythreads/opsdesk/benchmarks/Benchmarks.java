package com.trendythreads.opsdesk.benchmarks;

import com.trendythreads.opsdesk.api.PlatformClient;
import com.trendythreads.opsdesk.platform.DemoPlatform;
import com.trendythreads.opsdesk.platform.PlatformConfig;
import com.trendythreads.opsdesk.platform.Scale;
import com.trendythreads.opsdesk.platform.db.Database;
import com.trendythreads.opsdesk.platform.db.SeedTemplate;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/// The scenario runner: starts the demo platform at a scale on loopback over a copy of its seeded database,
/// runs the scenarios, prints the table and writes it as JSON.
///
/// The seeded database in `--data` is made once and never written again: every run works on a copy. A run
/// adds its edits to the platform (audit rows, change-feed rows, idempotency records; at SMALL the file grew
/// by about 200 MB a run), and over a database that earlier runs had grown to 6.6 GB the platform alone
/// replayed the outbox about a fifth slower than over a fresh one, so figures drifted with the number of runs
/// before them.
///
/// `mvn -B -pl benchmarks -am compile exec:exec@bench -Dbench.args="--scale large"` (see README).
public final class Benchmarks {

    private static final Logger log = LoggerFactory.getLogger(Benchmarks.class);

    /// The demo users' password hashing on the benchmark platform (a seeded `--data` directory must match).
    public static final int PASSWORD_ITERATIONS = 1_000;

    private static final String PLATFORM_FILE = "platform.mv.db";

    /// @param scale       the platform's data set
    /// @param data        the seeded platform database, kept between runs and only read: each run copies it
    /// @param work        scratch space for the caches (emptied first)
    /// @param out         the JSON report
    /// @param keystrokes  search-as-you-type keystrokes measured
    /// @param edits       outbox entries replayed
    /// @param events      live events (new orders) measured from the platform to the ViewModels
    /// @param launches    fresh JVMs per side of the start-up ratio
    /// @param only        `all`; `desk` (the figures measured from this JVM: the scenarios and JMH's micro
    ///                    figures); `startup` (the ones in fresh JVMs of the app); `micro` (JMH's only); or
    ///                    `sync` (the initial sync alone: a minute at SMALL instead of three, to profile it); or
    ///                    `outbox` (the initial sync, then the outbox replay: to profile the replay)
    public record Options(Scale scale, Path data, Path work, Path out, int keystrokes, int edits, int events,
                          int launches, String only) {

        public Options {
            if (!List.of("all", "desk", "startup", "micro", "sync", "outbox").contains(only)) {
                throw new IllegalArgumentException("--only takes desk, startup, micro, sync or outbox, not " + only);
            }
        }

        /// The figures measured from this JVM only (the smoke test's): the start-up ones launch JVMs that seed
        /// and sync from nothing, tens of seconds even at TINY.
        public Options(Scale scale, Path data, Path work, Path out, int keystrokes, int edits, int events) {
            this(scale, data, work, out, keystrokes, edits, events, 5, "desk");
        }

        static Options parse(String[] args) {
            Scale scale = Scale.LARGE;
            Path data = null;
            Path work = Path.of("target", "bench-work");
            Path out = Path.of("target", "benchmarks.json");
            int keystrokes = 5_000;
            int edits = 10_000;
            int events = 50;
            int launches = 5;
            String only = "all";
            for (int i = 0; i < args.length; i++) {
                String v = i + 1 < args.length ? args[i + 1] : null;
                switch (args[i]) {
                    case "--scale" -> { scale = Scale.parse(v); i++; }
                    case "--data" -> { data = Path.of(v); i++; }
                    case "--work" -> { work = Path.of(v); i++; }
                    case "--out" -> { out = Path.of(v); i++; }
                    case "--keystrokes" -> { keystrokes = Integer.parseInt(v); i++; }
                    case "--edits" -> { edits = Integer.parseInt(v); i++; }
                    case "--events" -> { events = Integer.parseInt(v); i++; }
                    case "--launches" -> { launches = Integer.parseInt(v); i++; }
                    case "--only" -> { only = v; i++; }
                    default -> throw new IllegalArgumentException("Unknown option " + args[i]
                            + " (options: --scale tiny|small|default|large, --data DIR, --work DIR, --out FILE, "
                            + "--keystrokes N, --edits N, --events N, --launches N, --only desk|startup|micro|sync|outbox)");
                }
            }
            if (data == null) {
                data = Path.of(System.getProperty("user.home"), ".cache", "opsdesk-bench",
                        "seeded-" + scale.name().toLowerCase(Locale.ROOT));
            }
            return new Options(scale, data, work, out, keystrokes, edits, events, launches, only);
        }
    }

    private Benchmarks() {
    }

    public static void main(String[] args) {
        Options o = Options.parse(args);
        Report report = run(o);
        System.out.println(report.table());
        report.writeJson(o.out());
        System.out.println("Written " + o.out().toAbsolutePath());
    }

    /// A pause in a scenario's polling; an interrupt ends the run.
    static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /// CPU time of this process (desk and platform together): on a shared machine it tells the work from the
    /// waiting for other processes.
    static long processCpuNanos() {
        return java.lang.management.ManagementFactory.getPlatformMXBean(
                com.sun.management.OperatingSystemMXBean.class).getProcessCpuTime();
    }

    /// Runs the scenarios `o` asks for and returns their figures.
    public static Report run(Options o) {
        Report report = new Report(o.scale().name(), Instant.now());
        clean(o.work());
        if (o.only().equals("all") || o.only().equals("desk") || o.only().equals("sync")
                || o.only().equals("outbox")) {
            runDesk(o, report);
        }
        if (!List.of("startup", "sync", "outbox").contains(o.only())) {
            log.info("Micro figures (JMH) …");
            MicroScenario.run(report, o.scale() == Scale.TINY);
        }
        if (o.only().equals("all") || o.only().equals("startup")) {
            // after the in-process platform closed: the children have the machine to themselves
            log.info("Start-up …");
            StartupScenario.run(report, o.scale(), o.work().resolve("startup"), o.launches());
        }
        return report;
    }

    private static void runDesk(Options o, Report report) {
        Path copy = o.work().resolve("platform");
        try {
            runDesk(o, report, platformCopy(o, copy));
        } finally {
            clean(copy); // a LARGE copy is gigabytes
        }
    }

    /// The run's own copy of the seeded database, seeding it first when `--data` holds none.
    static Path platformCopy(Options o, Path copy) {
        if (!Files.exists(o.data().resolve(PLATFORM_FILE))) {
            seed(o);
        }
        long s0 = System.nanoTime();
        SeedTemplate.copyTree(o.data(), copy);
        try {
            log.info("Copied the seeded {} database ({} MB) in {} s", o.scale(),
                    Files.size(copy.resolve(PLATFORM_FILE)) >> 20, (System.nanoTime() - s0) / 1_000_000_000);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return copy;
    }

    /// Seeds `--data` beside it and moves it into place when done, so an interrupted seeding leaves no
    /// half-seeded database for the next run to take as seeded.
    private static void seed(Options o) {
        Path seeding = o.data().resolveSibling(o.data().getFileName() + ".seeding");
        clean(seeding);
        log.info("Seeding the {} platform into {} (LARGE: about 2 minutes) …", o.scale(), o.data());
        try (DemoPlatform ignored = DemoPlatform.start(platformConfig(o, seeding))) {
            log.info("Seeded");
        }
        clean(o.data());
        try {
            Files.createDirectories(o.data().toAbsolutePath().getParent());
            Files.move(seeding, o.data(), StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static PlatformConfig platformConfig(Options o, Path db) {
        return PlatformConfig.builder().database(new Database.Location.H2File(db))
                .scale(o.scale())
                // neither the gateway's rate limit nor the demo users' password hashing is measured here
                .rateLimit(1_000_000, 1_000_000).passwordIterations(PASSWORD_ITERATIONS).build();
    }

    private static void runDesk(Options o, Report report, Path db) {
        long s0 = System.nanoTime();
        HeapScenario heap = new HeapScenario();
        try (DemoPlatform platform = DemoPlatform.start(platformConfig(o, db))) {
            log.info("Platform at {} ready in {} s (a copy of {})", o.scale(), (System.nanoTime() - s0) / 1_000_000_000,
                    o.data());
            String url = platform.baseUrl() + "/";
            try (PlatformClient truth = PlatformClient.builder().baseUrl(url).build()) {
                truth.session().signIn("ada.admin", "demo");
                log.info("Initial sync …");
                try (InitialSyncScenario.SyncedCache cache = InitialSyncScenario.run(report, url, "ada.admin",
                        o.work().resolve("sync"), o.scale() == Scale.SMALL || o.scale() == Scale.DEFAULT)) {
                    if (o.only().equals("sync")) {
                        return;
                    }
                    log.info("Search as you type …");
                    SearchScenario.run(report, cache.db(), o.keystrokes());
                    log.info("Outbox replay …");
                    OutboxReplayScenario.run(report, cache.engine(), truth, o.edits());
                    if (o.only().equals("outbox")) {
                        return;
                    }
                    try (DeskSession desk = new DeskSession(cache, url, o.work().resolve("sync"))) {
                        log.info("Dashboard recompute …");
                        DashboardScenario.run(report, desk, cache.db());
                        log.info("Live events …");
                        LiveEventScenario.run(report, desk, cache.engine(), truth, o.events());
                        log.info("Heap with the catalog open …");
                        heap.withCatalogOpen(desk);
                    }
                }
                heap.afterDeskClosed(report);
            }
        }
    }

    /// Deletes `dir` and everything under it (nothing when it does not exist).
    public static void clean(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
