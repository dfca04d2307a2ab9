package com.trendythreads.opsdesk.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.trendythreads.opsdesk.platform.Scale;
import com.trendythreads.opsdesk.platform.db.SeedTemplate;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/// A tiny run of the whole harness in `verify`, so it never rots: TINY data, few keystrokes and edits. It
/// checks that every figure is measured, the table and the JSON say the same, and that the outbox replay
/// arrived exactly once; the times themselves are not asserted (a shared build machine is no benchmark).
class BenchmarksSmokeTest {

    @TempDir
    Path tmp;

    @Test
    void aTinyRunMeasuresEveryFigureAndWritesTheTable() throws Exception {
        Benchmarks.Options o = new Benchmarks.Options(Scale.TINY, tmp.resolve("data"), tmp.resolve("work"),
                tmp.resolve("out/benchmarks.json"), 200, 50, 5);
        // seeding TINY takes seconds; a copy of a seeded database is the same data
        new SeedTemplate(Scale.TINY, Benchmarks.PASSWORD_ITERATIONS).copyInto(o.data());
        Report report = Benchmarks.run(o);
        System.out.println(report.table());
        report.writeJson(o.out());

        assertThat(report.figures()).extracting(Figure::name)
                .containsExactly("initial sync", "search as you type, p99", "outbox replay", "dashboard recompute",
                        "one live event → tile and grid updated, p95", "heap, large set cached and catalog open",
                        "store a list page (500 stock levels)");
        assertThat(report.figures()).allSatisfy(f -> assertThat(f.value()).isPositive().isFinite());
        Figure sync = report.figures().getFirst();
        assertThat(sync.baseline()).as("the raw H2 baseline is measured in the same run").isPositive();
        assertThat(sync.note()).contains("rows in");
        assertThat(report.figures().get(2).note()).as("each of the 50 adjustments arrived once")
                .contains("every level moved by exactly its adjustments");
        assertThat(report.figures().get(2).baseline()).as("the platform alone, measured in the same run").isPositive();

        Figure dashboard = report.figures().get(3);
        assertThat(dashboard.baseline()).as("the plain SQL baseline is measured in the same run").isPositive();
        assertThat(dashboard.note()).as("the desk's tiles and the SQL agree on every figure of every filter")
                .contains("values equal to the SQL's for every filter");
        Figure live = report.figures().get(4);
        assertThat(live.note()).as("each new order reached the grid and the tile").contains("5 new orders")
                .contains("every order arrived");
        Figure heap = report.figures().get(5);
        assertThat(heap.value()).as("the desk holds its cache, engine and catalog: megabytes, not the whole JVM")
                .isLessThan(512);

        Figure page = report.figures().get(6);
        assertThat(page.baseline()).as("JMH measured the raw parts' page store in the same run").isPositive();

        String table = report.table();
        assertThat(table).contains("| figure", "initial sync", "raw H2 batch insert of the same rows", "≤ 16 ms");
        JsonNode json = new ObjectMapper().readTree(o.out().toFile());
        assertThat(json.path("scale").asText()).isEqualTo("TINY");
        assertThat(json.path("machine").asText()).contains("cores");
        assertThat(json.path("figures")).hasSize(7);
        assertThat(json.path("figures").get(0).path("ratio").asDouble())
                .isEqualTo(sync.ratio(), org.assertj.core.data.Offset.offset(1e-9));
    }
}
