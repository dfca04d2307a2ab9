package com.trendythreads.opsdesk.benchmarks;

import com.trendythreads.opsdesk.app.Main;
import com.trendythreads.opsdesk.app.StartupReport;
import com.trendythreads.opsdesk.platform.Scale;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/// The two start-up figures, each from fresh JVMs: the same java, flags, class path and JavaFX module path
/// as `exec:exec@app`, and JavaFX's own headless glass platform for every launch, so that no display is
/// needed and both sides of a ratio render the same way. Every time is measured inside the child from its
/// JVM's start ([StartupReport], `-Dopsdesk.startupReport=FILE`).
///
/// - Baseline: [BareFxWindow], one label in a window, until its first frame.
/// - First demo start: an empty `opsdesk.home`; the platform seeds (the app's demo scale), ada.admin signs in
///   as soon as the sign-in button is enabled, the shell shows and the initial sync finishes. What the
///   window showed is sampled every 100 ms: a progress indicator with words beside it, or not.
/// - Start with the data on disk: the same home again (seeded platform, synced cache), until the shell's
///   first frame; launched alternately with the baseline so that load on the machine hits both alike.
final class StartupScenario {

    private static final Logger log = LoggerFactory.getLogger(StartupScenario.class);
    static final String USER = "ada.admin";

    private StartupScenario() {
    }

    /// One child's report: the first time of each event and the samples of what its window showed.
    record Launch(Map<String, Long> events, List<Sample> samples) {

        long since(String event) {
            Long t = events.get(event);
            if (t == null) {
                throw new IllegalStateException("The child reported no " + event + ": " + events.keySet());
            }
            return t - events.get("jvmStart");
        }
    }

    /// @param shell    whether the shell was the window's content
    /// @param progress the words beside a visible progress indicator, or `null`
    record Sample(long at, boolean shell, String progress) {
    }

    static void run(Report report, Scale benchScale, Path work, int launches) {
        // The app's own demo scale (AppConfig: small); only a TINY run (the smoke test) seeds less.
        Scale demoScale = benchScale == Scale.TINY ? Scale.TINY : Scale.SMALL;
        Benchmarks.clean(work);
        double loadBefore = load();
        Path home = work.resolve("home");
        log.info("Start-up: first demo start ({} demo data) …", demoScale);
        Launch first = launch(work, "first-start", Main.class, home, demoScale, Duration.ofMinutes(5));
        List<Launch> bare = new ArrayList<>();
        List<Launch> warm = new ArrayList<>();
        for (int i = 0; i < launches; i++) {
            log.info("Start-up: launch {} of {} (bare window, then the desk with its data on disk) …", i + 1,
                    launches);
            bare.add(launch(work, "bare-" + i, BareFxWindow.class, work.resolve("bare-home"), demoScale,
                    Duration.ofMinutes(1)));
            warm.add(launch(work, "warm-" + i, Main.class, home, demoScale, Duration.ofMinutes(2)));
        }
        // Children compete with whatever else runs: the notes say how busy the machine was.
        String load = String.format(Locale.ROOT, "; load average %.1f before, %.1f after", loadBefore, load());
        warmFigure(report, bare, warm, demoScale, load);
        firstStartFigure(report, first, demoScale, load);
    }

    private static double load() {
        return java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    private static void warmFigure(Report report, List<Launch> bare, List<Launch> warm, Scale demoScale, String load) {
        double baseline = median(bare, l -> l.since("shown"));
        double value = median(warm, l -> l.since("shellShown"));
        double fxStart = median(warm, l -> l.since("fxStart"));
        double bareFxStart = median(bare, l -> l.since("fxStart"));
        double signInShown = median(warm, l -> l.since("shown"));
        double ready = median(warm, l -> l.since("submit") - l.since("shown"));
        double submitToShell = median(warm, l -> l.since("shellShown") - l.since("submit"));
        double synced = median(warm, l -> l.since("synced"));
        double ratio = value / baseline;
        report.add(new Figure("start to an interactive shell, demo, data on disk", value, "ms", baseline,
                "a bare JavaFX window's first frame", "≤ 2× baseline", ratio <= 2.0, String.format(Locale.ROOT,
                "medians of %d fresh JVMs each, launched alternately, headless glass (%s demo data, %s, cache "
                        + "synced by the first start): Application.start at %.0f ms (bare window %.0f ms), sign-in "
                        + "screen's first frame %.0f ms, then %.0f ms until Sign in is enabled (the in-process demo "
                        + "platform, started at Application.start while the sign-in screen is built, is up: database "
                        + "with contract alongside, HTTP; the request validator waits for the first JSON body), submit "
                        + "to the shell's first frame %.0f ms (the platform's password check alongside the cache key's "
                        + "two PBKDF2 blocks, encrypted H2 open, shell; no typing: the child presses Sign in as soon as "
                        + "it can); desk and bare window run with the same java, flags and class path (no class-data "
                        + "archive: the class path holds module directories); the "
                        + "shell's catch-up sync done at %.0f ms; desk %s ms, bare window %s ms%s",
                warm.size(), demoScale.name(), USER, fxStart, bareFxStart, signInShown, ready, submitToShell, synced,
                times(warm, "shellShown"), times(bare, "shown"), load)));
    }

    static void firstStartFigure(Report report, Launch first, Scale demoScale, String load) {
        long shown = first.since("shown");
        long submit = first.since("submit");
        long shell = first.since("shellShown");
        long synced = first.since("synced");
        long value = Math.max(shell, synced);
        long jvmStart = first.events().get("jvmStart");
        long shellAt = jvmStart + shell;
        List<Sample> before = first.samples().stream().filter(s -> s.at() < shellAt && !s.shell()).toList();
        long withProgress = before.stream().filter(s -> s.progress() != null).count();
        double share = before.isEmpty() ? 0 : 100.0 * withProgress / before.size();
        // the longest stretch before the shell in which the samples found no progress indicator with words
        long longestGap = 0;
        Long gapStart = null;
        for (Sample s : first.samples()) {
            boolean covered = s.shell() || s.progress() != null;
            if (!covered && gapStart == null) {
                gapStart = s.at();
            } else if (covered && gapStart != null) {
                longestGap = Math.max(longestGap, s.at() - gapStart);
                gapStart = null;
            }
        }
        long longestSampleGap = 0;
        for (int i = 1; i < first.samples().size(); i++) {
            longestSampleGap = Math.max(longestSampleGap, first.samples().get(i).at() - first.samples().get(i - 1).at());
        }
        List<Sample> inShell = first.samples().stream().filter(s -> s.shell() && s.at() < jvmStart + synced).toList();
        long shellProgress = inShell.stream().filter(s -> s.progress() != null).count();
        // one example of each kind of message (the words before the first ":" or " · "), as first seen
        String labels = first.samples().stream().map(Sample::progress).filter(p -> p != null)
                .collect(Collectors.toMap(p -> p.split(":| · ")[0], p -> p.replaceAll("[0-9]+", "#"), (a, b) -> a,
                        java.util.LinkedHashMap::new))
                .values().stream().collect(Collectors.joining("\"; \"", "\"", "\""));
        report.add(new Figure("first start in demo mode: seed, initial sync, interactive shell", value / 1000.0, "s",
                null, null, "≤ 15 s, with a progress bar throughout", value <= 15_000 && share == 100.0,
                String.format(Locale.ROOT, "one fresh JVM, empty opsdesk.home, %s demo data, %s: window's first "
                        + "frame at %.1f s (no window before: JVM and JavaFX start), Sign in enabled (seeded, platform "
                        + "up) at %.1f s, shell's first frame at %.1f s, initial sync done at %.1f s; before the shell "
                        + "%d of %d samples (every 100 ms on the FX thread) showed a progress indicator with words "
                        + "(%.0f%%), longest stretch without one %d ms, longest pause between samples %d ms; in the shell "
                        + "until synced %d of %d samples showed the sync's progress bar; words seen: %s%s",
                        demoScale.name(), USER, shown / 1000.0, submit / 1000.0, shell / 1000.0, synced / 1000.0,
                        withProgress, before.size(), share, longestGap, longestSampleGap, shellProgress, inShell.size(),
                        labels, load)));
    }

    private static double median(List<Launch> launches, java.util.function.ToLongFunction<Launch> f) {
        long[] v = launches.stream().mapToLong(f).sorted().toArray();
        return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2.0;
    }

    private static String times(List<Launch> launches, String event) {
        return launches.stream().map(l -> String.valueOf(l.since(event))).collect(Collectors.joining(", "));
    }

    /// Starts `main` in a fresh JVM with the app's flags and waits until it exits on its own.
    static Launch launch(Path work, String name, Class<?> main, Path home, Scale demoScale, Duration timeout) {
        Path reportFile = work.resolve(name + ".report");
        Path output = work.resolve(name + ".log");
        List<String> cmd = new ArrayList<>(command(main));
        cmd.addAll(1, List.of("-Dopsdesk.home=" + home.toAbsolutePath(),
                "-Dopsdesk.demoScale=" + demoScale.name().toLowerCase(Locale.ROOT),
                "-D" + StartupReport.FILE_PROPERTY + "=" + reportFile.toAbsolutePath(),
                "-D" + StartupReport.SIGN_IN_AS_PROPERTY + "=" + USER));
        try {
            Files.createDirectories(work);
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(output.toFile()).start();
            if (!p.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                p.descendants().forEach(ProcessHandle::destroyForcibly);
                p.destroyForcibly();
                throw new IllegalStateException(name + " did not finish in " + timeout + "; see " + output
                        + " and " + reportFile);
            }
            if (p.exitValue() != 0) {
                throw new IllegalStateException(name + " exited with " + p.exitValue() + "; see " + output);
            }
            return parse(reportFile);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static Launch parse(Path reportFile) throws IOException {
        Map<String, Long> events = new HashMap<>();
        List<Sample> samples = new ArrayList<>();
        for (String line : Files.readAllLines(reportFile)) {
            String[] f = line.split(" ", 4);
            long at = Long.parseLong(f[1]);
            if (f[0].equals("sample")) {
                samples.add(new Sample(at, f[2].equals("shell"), f[3].equals("-") ? null : f[3]));
            } else {
                events.putIfAbsent(f[0], at);
            }
        }
        if (events.containsKey("error")) {
            throw new IllegalStateException("The child reported an error; see " + reportFile);
        }
        return new Launch(events, samples);
    }

    /// `java [headless glass] --module-path <JavaFX> --add-modules … -classpath <this run's> main`: the
    /// command line of `exec:exec@app` (app/pom.xml) with this run's class path.
    static List<String> command(Class<?> main) {
        String java = ProcessHandle.current().info().command().orElse(
                Path.of(System.getProperty("java.home"), "bin", "java").toString());
        List<String> entries = new ArrayList<>(Arrays.asList(System.getProperty("java.class.path").split(File.pathSeparator)));
        String modulePath = entries.stream().filter(e -> e.replace('\\', '/').contains("/org/openjfx/"))
                .collect(Collectors.joining(File.pathSeparator));
        if (modulePath.isEmpty()) {
            throw new IllegalStateException("No JavaFX jars on the class path: " + entries);
        }
        // This module's classes last: its logback.xml is the runner's; the app's child logs as the app does.
        String own = ownClasses();
        if (entries.remove(own)) {
            entries.add(own);
        }
        return List.of(java, "-Dglass.platform=Headless", "-Dprism.order=sw", "-Djava.awt.headless=true",
                "--module-path", modulePath, "--add-modules", "javafx.controls,javafx.fxml,javafx.swing",
                "--enable-native-access=javafx.graphics", "-classpath", String.join(File.pathSeparator, entries),
                main.getName());
    }

    private static String ownClasses() {
        try {
            return Path.of(StartupScenario.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                    .toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
