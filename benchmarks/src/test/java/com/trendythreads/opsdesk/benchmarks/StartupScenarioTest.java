package com.trendythreads.opsdesk.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import com.trendythreads.opsdesk.platform.Scale;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/// The start-up figures from a child's report, without launching one (milliseconds): what counts as "a
/// progress bar throughout" and where the first start's figure ends. The launches themselves run in the
/// benchmark runner only (README "Benchmarks").
class StartupScenarioTest {

    @TempDir
    Path tmp;

    @Test
    void aFirstStartWithAWordlessStretchBeforeTheShellFailsAndSaysHowLong() throws Exception {
        Figure f = firstStart(
                "sample 1100 signIn Preparing the demo data…",
                "sample 1200 signIn -",
                "sample 1300 signIn -",
                "sample 1400 signIn -",
                "sample 1500 signIn Signing in…",
                "sample 1600 shell Initial sync");
        assertThat(f.pass()).as("3 of 5 samples before the shell showed nothing to say what runs").isFalse();
        assertThat(f.note()).contains("2 of 5 samples", "(40%)", "longest stretch without one 300 ms");
        assertThat(f.value()).as("up to the end of the first sync, not just the shell's first frame").isEqualTo(9.0);
    }

    @Test
    void aFirstStartWithWordsBesideABarInEverySampleUnderFifteenSecondsPasses() throws Exception {
        Figure f = firstStart(
                "sample 1100 signIn Preparing the demo data…",
                "sample 1200 signIn Signing in…",
                "sample 1600 shell Initial sync · order · 40 %",
                "sample 1700 shell -");
        assertThat(f.pass()).isTrue();
        assertThat(f.note()).contains("2 of 2 samples", "(100%)", "longest stretch without one 0 ms",
                "longest pause between samples 400 ms", "\"Initial sync · order · # %\"");
    }

    private Figure firstStart(String... samples) throws Exception {
        Path file = tmp.resolve("first.report");
        List<String> lines = new java.util.ArrayList<>(List.of("jvmStart 0", "fxStart 500", "shown 1000",
                "submit 1450", "shellShown 1550"));
        lines.addAll(List.of(samples));
        lines.addAll(List.of("synced 9000", "done 9001"));
        Files.write(file, lines);
        Report report = new Report("TINY", Instant.now());
        StartupScenario.firstStartFigure(report, StartupScenario.parse(file), Scale.TINY, "");
        return report.figures().getFirst();
    }
}
