package com.trendythreads.opsdesk.cache.crash;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.trendythreads.opsdesk.api.PlatformClient;
import com.trendythreads.opsdesk.cache.sync.TestPlatform;
import com.trendythreads.opsdesk.platform.faults.FaultConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/// No edit is lost and none applied twice when the app is killed (`kill -9`) at any moment.
///
/// Each trial: a child JVM ([SyncChildMain] `edits`) makes a seeded plan of stock adjustments, title and
/// price updates and creates, and pushes them; it is killed at random points (after a random number of
/// output lines plus a random delay: during the initial sync, while queueing, between and inside pushes,
/// after the end), restarted, killed again, and finally runs to `DONE`. Some trials run with platform faults
/// (lost answers after the commit, dropped connections, 500s, garbled bodies). Then the platform must hold
/// exactly the plan's result: every stock level moved by the sum of its deltas, every product has the last
/// planned title and price, every create exists once.
///
/// Replay a failure with `-Dcrash.seed=<master seed>` (and the same `-Dcrash.trials`).
class CrashSafetyTest {

    static final String USER = "ada.admin";
    static final String PASSWORD = "demo";
    static final int EDITS = 8;

    @TempDir
    static Path tmp;

    static TestPlatform platform;
    static PlatformClient truth;
    static Path template;
    static List<String> stockIds;
    static List<String> productIds;
    static List<String> customerIds;

    @BeforeAll
    static void startPlatform() {
        platform = TestPlatform.start(tmp.resolve("platform"));
        truth = platform.client(USER);
        // A cache that finished its initial sync; most trials start from a copy (a user who used the app before).
        template = tmp.resolve("template");
        try (TestPlatform.Client desk = platform.desk(template, USER)) {
            assertThat(desk.engine().initialSync()).isTrue();
        }
        stockIds = TestPlatform.all(truth, "v1/stock", Map.of()).stream()
                .map(s -> s.get("locationId").asText() + "|" + s.get("sku").asText()).sorted().toList();
        productIds = ids("v1/products");
        customerIds = ids("v1/customers");
    }

    private static List<String> ids(String path) {
        return TestPlatform.all(truth, path, Map.of()).stream().map(n -> n.get("id").asText()).sorted().toList();
    }

    @AfterAll
    static void stopPlatform() {
        if (platform != null) {
            platform.close();
        }
    }

    @Test
    void randomKillsLoseNoEditAndDoubleNone() throws Exception {
        run(Integer.getInteger("crash.trials", 6));
    }

    /// The long run: `mvn -B -o verify -pl offline-cache -am -Psoak -Dcrash.trials=150` (see README).
    @Test
    @Tag("soak")
    void soak() throws Exception {
        run(Integer.getInteger("crash.trials", 150));
    }

    private void run(int trials) throws Exception {
        long master = Long.getLong("crash.seed", System.nanoTime());
        System.out.println("CrashSafetyTest: " + trials + " trials, master seed " + master
                + " (replay with -Dcrash.seed=" + master + " -Dcrash.trials=" + trials
                + ", one trial t of it with -Dcrash.firstTrial=t -Dcrash.trials=t+1)");
        Random seeds = new Random(master);
        long started = System.nanoTime();
        int kills = 0;
        List<String> failures = new ArrayList<>();
        int first = Integer.getInteger("crash.firstTrial", 0); // replay one trial: the seeds before it are drawn
        for (int t = 0; t < trials; t++) {
            long seed = seeds.nextInt(1 << 30);
            if (t < first) {
                continue;
            }
            try {
                kills += trial(t, seed, "master seed " + master + ", trial " + t + ", trial seed " + seed);
            } catch (AssertionError e) {
                // Go on: a soak run reports every failing trial, not only the first.
                failures.add(e.getMessage());
                System.out.println("trial " + t + " seed " + seed + " FAILED: " + e.getMessage().lines().findFirst()
                        .orElse(""));
            }
        }
        System.out.printf("CrashSafetyTest: %d trials, %d failed, %d kills, %.1f s%n", trials - first,
                failures.size(), kills, (System.nanoTime() - started) / 1e9);
        assertThat(failures).as("failed trials (master seed %d)", master).isEmpty();
    }

    /// Returns the number of kills.
    private int trial(int t, long seed, String id) throws Exception {
        Random r = new Random(seed ^ 0x5DEECE66DL);
        EditPlan plan = EditPlan.make(seed, EDITS, stockIds, productIds, customerIds);
        Map<String, Integer> before = new java.util.LinkedHashMap<>();
        for (String stock : plan.netDeltas().keySet()) {
            before.put(stock, onHand(stock));
        }
        Path cache = tmp.resolve("trial-" + t);
        boolean fresh = r.nextInt(10) == 0; // a first start: kills land in the initial sync too
        if (!fresh) {
            copy(template, cache);
        }
        FaultConfig faults = faults(r);
        platform.platform().faults().set(faults);
        List<String> args = List.of(platform.baseUrl(), cache.toString(), USER, PASSWORD, "edits",
                Integer.toString(EDITS), Long.toString(seed));
        String description = id + (fresh ? ", empty cache" : ", synced cache") + ", faults " + faults;
        List<String> log = new ArrayList<>();
        List<String> queued = new ArrayList<>(); // every QUEUED line of every run
        int kills = new int[] {0, 1, 1, 2, 2, 3}[r.nextInt(6)]; // then a run to the end
        try {
            for (int k = 0; k < kills; k++) {
                ChildProcess child = ChildProcess.start(args);
                int lines = r.nextInt(fresh ? 40 : 30);
                long delay = r.nextInt(4) == 0 ? 0 : r.nextInt(250);
                child.awaitLines(l -> true, lines, 20_000);
                Thread.sleep(delay);
                child.kill();
                log.add("--- run " + (k + 1) + ": killed after " + lines + " lines + " + delay + " ms");
                log.add(child.transcript());
                log.add("files: " + files(cache));
                child.output().stream().filter(l -> l.startsWith("QUEUED ")).forEach(queued::add);
            }
            ChildProcess last = ChildProcess.start(args);
            int exit = last.awaitExit(90_000);
            log.add("--- last run: exit " + exit);
            log.add(last.transcript());
            last.output().stream().filter(l -> l.startsWith("QUEUED ")).forEach(queued::add);
            // A step queued by two runs: the first run's committed edit was gone when the next one opened the cache.
            assertThat(queued).as("%s: every edit is queued once (a step queued again was lost locally)\n%s",
                    description, String.join("\n", log)).doesNotHaveDuplicates();
            assertThat(exit).as("%s: the last run ends well\n%s", description, String.join("\n", log)).isZero();
            assertThat(last.output()).as("%s: the child planned the same edits\n%s", description,
                    String.join("\n", log)).contains("PLAN " + plan.fingerprint(), "DONE");
        } finally {
            platform.platform().faults().reset();
        }
        String context = description + "\n" + String.join("\n", log);
        verify(plan, before, context);
        System.out.printf("trial %d seed %d: %s cache, %d kills, %s%n", t, seed, fresh ? "empty" : "synced", kills,
                faults.equals(FaultConfig.NONE) ? "no faults" : faults);
        deleteQuietly(cache);
        return kills;
    }

    private static FaultConfig faults(Random r) {
        String[] prefixes = {"/v1/stock/adjustments", "/v1/products", "/v1/tickets", "/v1/promo-codes", "/v1"};
        String prefix = prefixes[r.nextInt(prefixes.length)];
        int count = 1 + r.nextInt(3);
        return switch (r.nextInt(6)) {
            case 0, 1 -> FaultConfig.NONE;
            // The platform commits, then the answer is lost: the retry must be recognised as the same edit.
            case 2, 3 -> new FaultConfig(0, 0, 500, 0, 0, 0, null, null, new FaultConfig.DropNext(count, prefix), null);
            case 4 -> new FaultConfig(0, 0, 500, 0, 0, 0, null, new FaultConfig.DropNext(count, prefix), null, null);
            default -> new FaultConfig(0, 0.1, 500, 0.05, 0.05, 0, null, null, null, r.nextLong());
        };
    }

    private void verify(EditPlan plan, Map<String, Integer> before, String context) {
        for (Map.Entry<String, Integer> d : plan.netDeltas().entrySet()) {
            assertThat(onHand(d.getKey())).as("%s\non hand of %s: before %d, planned net delta %d", context,
                    d.getKey(), before.get(d.getKey()), d.getValue()).isEqualTo(before.get(d.getKey()) + d.getValue());
        }
        for (Map.Entry<String, String> title : plan.lastValues(EditPlan.Kind.TITLE).entrySet()) {
            JsonNode p = TestPlatform.get(truth, "v1/products/" + title.getKey());
            assertThat(p.get("title").asText()).as("%s\ntitle of %s", context, title.getKey())
                    .isEqualTo(title.getValue());
        }
        for (Map.Entry<String, String> price : plan.lastValues(EditPlan.Kind.PRICE).entrySet()) {
            JsonNode p = TestPlatform.get(truth, "v1/products/" + price.getKey());
            assertThat(p.get("variants").get(0).get("priceCents").asText()).as("%s\nprice of %s", context,
                    price.getKey()).isEqualTo(price.getValue());
        }
        for (EditPlan.Step s : plan.of(EditPlan.Kind.TICKET)) {
            long n = TestPlatform.all(truth, "v1/tickets", Map.of("customerId", s.target())).stream()
                    .filter(tk -> tk.get("subject").asText().equals(s.text())).count();
            assertThat(n).as("%s\ntickets with subject %s", context, s.text()).isEqualTo(1);
        }
        for (EditPlan.Step s : plan.of(EditPlan.Kind.PROMO)) {
            long n = TestPlatform.all(truth, "v1/promo-codes", Map.of("q", s.text())).stream()
                    .filter(pc -> pc.get("code").asText().equals(s.text())).count();
            assertThat(n).as("%s\npromo codes %s", context, s.text()).isEqualTo(1);
        }
    }

    private static int onHand(String stockId) {
        String[] parts = stockId.split("\\|", 2);
        return TestPlatform.all(truth, "v1/stock", Map.of("locationId", parts[0], "sku", parts[1])).getFirst()
                .get("onHand").asInt();
    }

    static String files(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(f -> f.getFileName() + "=" + f.toFile().length()).sorted().toList().toString();
        } catch (IOException e) {
            return e.toString();
        }
    }

    static void copy(Path from, Path to) {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                Path target = to.resolve(from.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(target);
                } else if (!f.getFileName().toString().endsWith(".lock.db")) {
                    Files.copy(f, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void deleteQuietly(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            // temp dir cleanup does the rest
        }
    }
}
