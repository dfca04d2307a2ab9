package com.trendythreads.opsdesk.platform.db;

import com.trendythreads.opsdesk.platform.DemoPlatform;
import com.trendythreads.opsdesk.platform.PlatformConfig;
import com.trendythreads.opsdesk.platform.Scale;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.function.Consumer;
import java.util.stream.Stream;

/// A platform database seeded once and copied for every platform that needs the same data.
///
/// Seeding a TINY platform takes seconds and the test suites start dozens of them, each wanting the same
/// fresh data; copying the seeded H2 file takes milliseconds. A platform started over a copy finds it seeded
/// and skips seeding, so it behaves exactly like a freshly seeded one. Whoever holds the template decides how
/// long it lives (a test fixture keeps one per JVM); the seeded files stay in a temporary directory.
public final class SeedTemplate {

    private final Scale scale;
    private final int passwordIterations;
    private final Consumer<DemoPlatform> prepare;
    private Path seeded;

    /// `passwordIterations` must match the platforms started over the copies: the demo users' password
    /// hashes are written at seeding.
    public SeedTemplate(Scale scale, int passwordIterations) {
        this(scale, passwordIterations, p -> { });
    }

    /// A template that `prepare` changes on its running platform after seeding (e.g. lets the simulator make
    /// the work a test needs), before any copy is made.
    public SeedTemplate(Scale scale, int passwordIterations, Consumer<DemoPlatform> prepare) {
        this.scale = scale;
        this.passwordIterations = passwordIterations;
        this.prepare = prepare;
    }

    /// Seeds the template now if it is not yet (a test does this before a framework's start timeout runs).
    public void seed() {
        template();
    }

    /// Copies the seeded database into `dir` (created if missing), seeding the template first if this is
    /// the first copy.
    public void copyInto(Path dir) {
        copyTree(template(), dir);
    }

    /// Copies the platform database in `from` into `dir` (created if missing), file by file.
    public static void copyTree(Path from, Path dir) {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                Path target = dir.resolve(from.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(f, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private synchronized Path template() {
        if (seeded == null) {
            try {
                Path dir = Files.createTempDirectory("opsdesk-platform-template");
                try (DemoPlatform p = DemoPlatform.start(PlatformConfig.builder()
                        .database(new Database.Location.H2File(dir)).scale(scale)
                        .passwordIterations(passwordIterations).build())) {
                    prepare.accept(p);
                }
                seeded = dir;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return seeded;
    }
}
