package com.trendythreads.opsdesk.cache.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/// A committed write survives `kill -9` of the process that made it: a child JVM commits a row, says
/// so, and is killed at once; the row is there when the cache is opened again.
class CommitDurabilityTest {

    private static final CacheOptions FAST = CacheOptions.defaults().withKdfIterations(1_000);

    @TempDir
    Path dir;

    @Test
    void aCommittedRowSurvivesKillingTheProcess() throws Exception {
        for (int round = 1; round <= 4; round++) {
            String id = "cat_killed_" + round;
            Process child = startChild(id, 0);
            awaitCommitted(child);
            child.destroyForcibly();
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();

            try (CacheDatabase db = CacheDatabase.open(dir, CommitChildMain.URL, CommitChildMain.USER,
                    CommitChildMain.PASSWORD.clone(), FAST)) {
                OptionalLong version = db.read(h -> new LocalTables().version(h, ResourceType.CATEGORY, id));
                assertThat(version).as("round %d", round).hasValue(1);
                long count = db.read(h -> new LocalTables().count(h, ResourceType.CATEGORY));
                assertThat(count).isEqualTo(round);
            }
        }
    }

    /// The test above can fail: with H2's own write delay a commit that was acknowledged is lost.
    @Test
    void withAWriteDelayTheSameKillLosesTheCommit() throws Exception {
        CacheDatabase.open(dir, CommitChildMain.URL, CommitChildMain.USER, CommitChildMain.PASSWORD.clone(), FAST).close();
        // 60 s: far longer than the child lives, so H2's background writer cannot flush the row by chance.
        Process child = startChild("cat_lost", 60_000);
        awaitCommitted(child);
        child.destroyForcibly();
        assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        try (CacheDatabase db = CacheDatabase.open(dir, CommitChildMain.URL, CommitChildMain.USER,
                CommitChildMain.PASSWORD.clone(), FAST)) {
            OptionalLong version = db.read(h -> new LocalTables().version(h, ResourceType.CATEGORY, "cat_lost"));
            assertThat(version).isEmpty();
        }
    }

    @Test
    void aCacheHeldByAnotherProcessIsReportedInUse() throws Exception {
        Process child = startChild("cat_holder", 0);
        try {
            awaitCommitted(child);
            assertThatThrownBy(() -> CacheDatabase.open(dir, CommitChildMain.URL, CommitChildMain.USER,
                    CommitChildMain.PASSWORD.clone(), FAST))
                    .isInstanceOf(CacheInUseException.class)
                    .hasMessageContaining("in use by another Ops Desk window or process");
        } finally {
            child.destroyForcibly();
            child.waitFor(30, TimeUnit.SECONDS);
        }
    }

    private Process startChild(String id, int writeDelayMs) throws IOException {
        String java = ProcessHandle.current().info().command().orElseThrow();
        ProcessBuilder pb = new ProcessBuilder(List.of(java, "-cp", System.getProperty("java.class.path"),
                CommitChildMain.class.getName(), dir.toString(), id, Integer.toString(writeDelayMs)));
        pb.redirectErrorStream(true);
        return pb.start();
    }

    private static void awaitCommitted(Process child) throws IOException {
        BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
        StringBuilder seen = new StringBuilder();
        String line;
        while ((line = out.readLine()) != null) {
            if (line.equals("COMMITTED")) {
                return;
            }
            seen.append(line).append('\n');
        }
        throw new AssertionError("The child ended without committing:\n" + seen);
    }
}
