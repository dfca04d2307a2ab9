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

/// The two start-up figures, each from fresh JVMs with JavaFX's own headless glass platform, so that no display
/// is needed and both sides of a ratio render the same way. Every time is measured inside the child from its
/// JVM's start ([StartupReport], `-Dopsdesk.startupReport=FILE`).
///
/// - Baseline: [BareFxWindow], one label in a window, until its first frame.
/// - First demo start: an empty `opsdesk.home`; the platform seeds (the app's demo scale), ada.admin signs in
///   as soon as the sign-in button is enabled, the shell shows and the initial sync finishes. What the
///   window showed is sampled every 100 ms: a progress indicator with words beside it, or not.
/// - Start with the data on disk: the same home again (seeded platform, synced cache), until the shell's
///   first frame; launched alternately with the baseline so that load on the machine hits both alike.
///
/// Two launch forms, each side of a ratio in the same form:
///
/// - installed (the figure of record; not at TINY): the form of the packaged app (packaging/'s jpackage
///   app-image), every class in a jar on the class path, JavaFX's jars too, the image's java options, and an
///   AOT cache (JEP 483/514) from a training launch of the same main class, class path and flags;
/// - class directories: `exec:exec@app`'s command line (modules' target/classes, JavaFX on the module path),
///   where no AOT or class-data cache can be used.
final class StartupScenario {

    private static final Logger log = LoggerFactory.getLogger(StartupScenario.class);
    static final String USER = "ada.admin";

    private StartupScenario() {
    }

    /// One child's report: the first time of each event and the samples of what its window showed.
    /// @param cpu the child's CPU time in ms (all its threads) at the events that report it
    record Launch(Map<String, Long> events, Map<String, Long> cpu, List<Sample> samples) {

        long cpuAt(String event) {
            Long t = cpu.get(event);
            if (t == null) {
                throw new IllegalStateException("The child reported no CPU time at " + event + ": " + cpu.keySet());
            }
            return t;
        }

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

    /// The packaged app's `--java-options` (packaging/src/jpackage/app-image.args), for the installed form.
    static final List<String> IMAGE_JAVA_OPTIONS = List.of("-Xmx1g", "--enable-native-access=ALL-UNNAMED",
            "--sun-misc-unsafe-memory-access=allow");

    /// The training launches' flags besides `-XX:AOTCacheOutput`, as packaging/src/aot/train.sh has them: the
    /// cache keeps the loaded and linked classes but no method profiles (JEP 515). With the profiles, the JIT
    /// compiled so much at once after Sign in that "submit to shell" took ~40% more CPU on two cores.
    static final List<String> AOT_TRAINING = List.of("-XX:+UnlockDiagnosticVMOptions", "-XX:-AOTRecordTraining");

    /// How a child is started: the command line before the main class, given the AOT flags to add.
    interface Form {
        List<String> command(Class<?> main, List<String> aotFlags);
    }

    static void run(Report report, Scale benchScale, Path work, int launches) {
        // The app's own demo scale (AppConfig: small); only a TINY run (the smoke test) seeds less.
        Scale demoScale = benchScale == Scale.TINY ? Scale.TINY : Scale.SMALL;
        Benchmarks.clean(work);
        double loadBefore = load();
        Path home = work.resolve("home");
        Form dirs = (main, aot) -> command(main);
        log.info("Start-up: first demo start ({} demo data) …", demoScale);
        Launch first = launch(work, "first-start", dirs, Main.class, home, demoScale, List.of(),
                Duration.ofMinutes(5));
        // The installed form costs two training launches and the jars; the smoke test's TINY run skips it.
        boolean installed = benchScale != Scale.TINY;
        Form jars = null;
        List<String> deskAot = List.of();
        List<String> bareAot = List.of();
        if (installed) {
            List<String> classPath = jarClassPath(work.resolve("jars"));
            jars = (main, aot) -> jarCommand(main, classPath, aot);
            Path deskCache = work.resolve("desk.aot").toAbsolutePath();
            Path bareCache = work.resolve("bare.aot").toAbsolutePath();
            log.info("Start-up: AOT training launches (desk with its data on disk, bare window) …");
            launch(work, "desk-training", jars, Main.class, home, demoScale, training(deskCache),
                    Duration.ofMinutes(3));
            launch(work, "bare-training", jars, BareFxMain.class, work.resolve("bare-home"), demoScale,
                    training(bareCache), Duration.ofMinutes(2));
            deskAot = List.of("-XX:AOTCache=" + deskCache);
            bareAot = List.of("-XX:AOTCache=" + bareCache);
        }
        List<Launch> bare = new ArrayList<>();
        List<Launch> warm = new ArrayList<>();
        List<Launch> bareJar = new ArrayList<>();
        List<Launch> warmJar = new ArrayList<>();
        for (int i = 0; i < launches; i++) {
            log.info("Start-up: launch {} of {} (bare window, then the desk with its data on disk{}) …", i + 1,
                    launches, installed ? "; installed form, then class directories" : "");
            if (installed) {
                bareJar.add(launch(work, "bare-jar-" + i, jars, BareFxMain.class, work.resolve("bare-home"),
                        demoScale, bareAot, Duration.ofMinutes(1)));
                warmJar.add(launch(work, "warm-jar-" + i, jars, Main.class, home, demoScale, deskAot,
                        Duration.ofMinutes(2)));
            }
            bare.add(launch(work, "bare-" + i, dirs, BareFxMain.class, work.resolve("bare-home"), demoScale,
                    List.of(), Duration.ofMinutes(1)));
            warm.add(launch(work, "warm-" + i, dirs, Main.class, home, demoScale, List.of(),
                    Duration.ofMinutes(2)));
        }
        // Children compete with whatever else runs: the notes say how busy the machine was.
        String load = String.format(Locale.ROOT, "; load average %.1f before, %.1f after", loadBefore, load());
        String dirsForm = "class directories (exec:exec@app's command line: modules' target/classes, JavaFX on "
                + "the module path; no AOT or class-data cache can use directories)";
        if (installed) {
            warmFigure(report, bareJar, warmJar, demoScale, "installed form (the jpackage app-image's: every "
                    + "class in a jar on the class path, JavaFX's too, its java options, and an AOT cache from a "
                    + "training launch of the same main class, class path and flags, without method profiles as "
                    + "packaging's, desk and bare window each their own)", "; class directories, same launches alternately: " + phases(bare, warm), load);
        } else {
            warmFigure(report, bare, warm, demoScale, dirsForm, "", load);
        }
        firstStartFigure(report, first, demoScale, load);
    }

    private static List<String> training(Path cache) {
        List<String> flags = new ArrayList<>(AOT_TRAINING);
        flags.add("-XX:AOTCacheOutput=" + cache);
        return flags;
    }

    private static double load() {
        return java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    private static void warmFigure(Report report, List<Launch> bare, List<Launch> warm, Scale demoScale,
                                   String form, String other, String load) {
        double baseline = median(bare, l -> l.since("shown"));
        double value = median(warm, l -> l.since("shellShown"));
        double synced = median(warm, l -> l.since("synced"));
        double ratio = value / baseline;
        report.add(new Figure("start to an interactive shell, demo, data on disk", value, "ms", baseline,
                "a bare JavaFX window's first frame", "≤ 2× baseline", ratio <= 2.0, String.format(Locale.ROOT,
                "medians of %d fresh JVMs each, launched alternately, headless glass (%s demo data, %s, cache "
                        + "synced by the first start), %s: %s (the in-process demo platform, started at "
                        + "Application.start while the sign-in screen is built, is up once Sign in is enabled: "
                        + "database with contract alongside, HTTP; the request validator waits for the first JSON "
                        + "body; submit to shell: the platform's password check alongside the cache key's two "
                        + "PBKDF2 blocks, encrypted H2 open, shell; no typing: the child presses Sign in as soon as "
                        + "it can); desk and bare window run with the same java, flags and class path; the shell's "
                        + "catch-up sync done at %.0f ms%s%s",
                warm.size(), demoScale.name(), USER, form, phases(bare, warm), synced, other, load)));
    }

    /// The medians of each phase, and each launch's time to the shell and to the bare window's frame.
    private static String phases(List<Launch> bare, List<Launch> warm) {
        return String.format(Locale.ROOT, "Application.start at %.0f ms (bare window %.0f ms), sign-in screen's "
                        + "first frame %.0f ms, then %.0f ms until Sign in is enabled, submit to the shell's first "
                        + "frame %.0f ms, shell at %.0f ms against the bare window's %.0f ms (%.1f×); CPU time of "
                        + "the JVM's threads (JIT and GC included) until the sign-in screen's first frame %.0f ms "
                        + "(bare window's %.0f ms), from submit to the shell's first frame %.0f ms; desk %s ms, "
                        + "bare window %s ms",
                median(warm, l -> l.since("fxStart")), median(bare, l -> l.since("fxStart")),
                median(warm, l -> l.since("shown")), median(warm, l -> l.since("submit") - l.since("shown")),
                median(warm, l -> l.since("shellShown") - l.since("submit")),
                median(warm, l -> l.since("shellShown")), median(bare, l -> l.since("shown")),
                median(warm, l -> l.since("shellShown")) / median(bare, l -> l.since("shown")),
                median(warm, l -> l.cpuAt("shown")), median(bare, l -> l.cpuAt("shown")),
                median(warm, l -> l.cpuAt("shellShown") - l.cpuAt("submit")),
                times(warm, "shellShown"), times(bare, "shown"));
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

    /// Starts `main` in a fresh JVM in `form` (with `aotFlags`) and waits until it exits on its own (a
    /// training launch: until its AOT cache is written too).
    static Launch launch(Path work, String name, Form form, Class<?> main, Path home, Scale demoScale,
                         List<String> aotFlags, Duration timeout) {
        Path reportFile = work.resolve(name + ".report");
        Path output = work.resolve(name + ".log");
        List<String> cmd = new ArrayList<>(form.command(main, aotFlags));
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
        Map<String, Long> cpu = new HashMap<>();
        List<Sample> samples = new ArrayList<>();
        for (String line : Files.readAllLines(reportFile)) {
            String[] f = line.split(" ", 4);
            long at = Long.parseLong(f[1]);
            if (f[0].equals("sample")) {
                samples.add(new Sample(at, f[2].equals("shell"), f[3].equals("-") ? null : f[3]));
            } else {
                events.putIfAbsent(f[0], at);
                if (f.length > 2 && f[2].startsWith("cpu=")) {
                    cpu.putIfAbsent(f[0], Long.parseLong(f[2].substring(4)));
                }
            }
        }
        if (events.containsKey("error")) {
            throw new IllegalStateException("The child reported an error; see " + reportFile);
        }
        return new Launch(events, cpu, samples);
    }

    /// `java [headless glass] --module-path <JavaFX> --add-modules … -classpath <this run's> main`: the
    /// command line of `exec:exec@app` (app/pom.xml) with this run's class path.
    static List<String> command(Class<?> main) {
        String java = java();
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

    /// `java [headless glass] <the image's java options> [aotFlags] -classpath <jars> main`: the packaged app's
    /// form. JavaFX's jars are on the class path as in the app-image, which is why the main class is a plain
    /// class ([Main], [BareFxMain]) there.
    static List<String> jarCommand(Class<?> main, List<String> classPath, List<String> aotFlags) {
        List<String> cmd = new ArrayList<>(List.of(java(), "-Dglass.platform=Headless", "-Dprism.order=sw",
                "-Djava.awt.headless=true"));
        cmd.addAll(IMAGE_JAVA_OPTIONS);
        cmd.addAll(aotFlags);
        cmd.addAll(List.of("-classpath", String.join(File.pathSeparator, classPath), main.getName()));
        return cmd;
    }

    /// This run's class path with each class directory packed into a jar under `dir` (an AOT cache takes only
    /// jars), in the same order; this module's classes last, as in [#command].
    static List<String> jarClassPath(Path dir) {
        List<String> entries = new ArrayList<>(Arrays.asList(System.getProperty("java.class.path")
                .split(File.pathSeparator)));
        String own = ownClasses();
        if (entries.remove(own)) {
            entries.add(own);
        }
        List<String> jars = new ArrayList<>();
        try {
            Files.createDirectories(dir);
            for (String e : entries) {
                Path p = Path.of(e);
                if (!Files.isDirectory(p)) {
                    jars.add(e);
                    continue;
                }
                // …/<module>/target/classes → <module>.jar
                Path moduleDir = p.getParent() != null && p.getParent().getParent() != null
                        ? p.getParent().getParent() : p;
                Path jar = dir.resolve(moduleDir.getFileName() + "-" + p.getFileName() + ".jar");
                jarUp(p, jar);
                jars.add(jar.toAbsolutePath().toString());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return jars;
    }

    private static void jarUp(Path classes, Path jar) throws IOException {
        try (var out = new java.util.jar.JarOutputStream(Files.newOutputStream(jar));
             var files = Files.walk(classes)) {
            for (Path f : (Iterable<Path>) files.filter(Files::isRegularFile).sorted()::iterator) {
                out.putNextEntry(new java.util.jar.JarEntry(classes.relativize(f).toString().replace('\\', '/')));
                Files.copy(f, out);
                out.closeEntry();
            }
        }
    }

    private static String java() {
        return ProcessHandle.current().info().command().orElse(
                Path.of(System.getProperty("java.home"), "bin", "java").toString());
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
