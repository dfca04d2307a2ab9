package com.trendythreads.opsdesk.benchmarks;

import com.trendythreads.opsdesk.benchmarks.micro.PageStoreBench;
import java.util.Collection;
import java.util.Locale;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/// The micro figures, measured with JMH (in a forked JVM unless `quick`) and added to the report beside their
/// raw baselines from the same run.
final class MicroScenario {

    private MicroScenario() {
    }

    /// @param quick a smoke run: no fork, one short iteration (the figure is then only a sign of life)
    static void run(Report report, boolean quick) {
        Options options = new OptionsBuilder()
                .include(PageStoreBench.class.getName() + "\\.")
                .forks(quick ? 0 : 1)
                .warmupIterations(quick ? 1 : 5).warmupTime(TimeValue.milliseconds(quick ? 200 : 1_000))
                .measurementIterations(quick ? 1 : 10).measurementTime(TimeValue.milliseconds(quick ? 200 : 1_000))
                .jvmArgsAppend("-Xmx1g")
                .shouldFailOnError(true)
                .build();
        Collection<RunResult> results;
        try {
            results = new Runner(options).run();
        } catch (RunnerException e) {
            throw new IllegalStateException("JMH failed", e);
        }
        double desk = score(results, "desk");
        double raw = score(results, "raw");
        report.add(new Figure("store a list page (500 stock levels)", desk, "ms", raw,
                "Jackson into the contract's record + a plain JDBC batch, same table and commit", "≤ 2× baseline",
                desk <= 2 * raw, String.format(Locale.ROOT,
                "JMH average time per page (%s): parse the page's JSON and write its rows with their typed "
                        + "columns into the encrypted cache in one transaction; the ratio is what the desk's generic "
                        + "store adds over its raw parts (target set here: the initial sync's ≥ 50%% needs at least this)",
                quick ? "smoke run, one 0.2 s iteration, no fork" : "1 fork, 5 × 1 s warm-up, 10 × 1 s measured")));
    }

    private static double score(Collection<RunResult> results, String method) {
        return results.stream()
                .filter(r -> r.getParams().getBenchmark().endsWith("." + method))
                .mapToDouble(r -> r.getPrimaryResult().getScore())
                .findFirst().orElseThrow(() -> new IllegalStateException("no JMH result for " + method));
    }
}
