package com.trendythreads.opsdesk.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.trendythreads.opsdesk.platform.db.Database;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoPlatformMainTest {

    @Test
    void parsesOptions() {
        PlatformConfig c = DemoPlatformMain.parse(new String[] {"--port", "8080", "--db", "/tmp/x", "--reset", "--scale", "small",
                "--simulate", "30", "--latency-ms", "20", "--error-rate", "0.1", "--error-status", "503", "--token-ttl", "60"});
        assertThat(c.port()).isEqualTo(8080);
        assertThat(c.database()).isEqualTo(new Database.Location.H2File(Path.of("/tmp/x")));
        assertThat(c.reset()).isTrue();
        assertThat(c.scale()).isEqualTo(Scale.SMALL);
        assertThat(c.simulateEventsPerMinute()).isEqualTo(30);
        assertThat(c.faults().latencyMs()).isEqualTo(20);
        assertThat(c.faults().errorRate()).isEqualTo(0.1);
        assertThat(c.faults().errorStatus()).isEqualTo(503);
        assertThat(c.accessTokenTtl()).isEqualTo(Duration.ofSeconds(60));
    }

    @Test
    void splitsTheSingleArgumentExecMavenPluginPasses() {
        PlatformConfig c = DemoPlatformMain.parse(new String[] {"--port 9000 --jdbc-url jdbc:postgresql://db/opsdesk"});
        assertThat(c.port()).isEqualTo(9000);
        assertThat(c.database()).isEqualTo(new Database.Location.Jdbc("jdbc:postgresql://db/opsdesk", null, null));
        assertThat(DemoPlatformMain.parse(new String[] {"${platform.args}"}).port()).isZero();
    }

    @Test
    void badArgumentsSayWhatIsWrong() {
        assertThatThrownBy(() -> DemoPlatformMain.parse(new String[] {"--port", "x"})).hasMessageContaining("--port");
        assertThatThrownBy(() -> DemoPlatformMain.parse(new String[] {"--scale", "huge"})).hasMessageContaining("small, default or large");
        assertThatThrownBy(() -> DemoPlatformMain.parse(new String[] {"--frobnicate"})).hasMessageContaining("--frobnicate");
        assertThatThrownBy(() -> DemoPlatformMain.parse(new String[] {"--error-rate", "3"})).hasMessageContaining("between 0");
        assertThat(DemoPlatformMain.parse(new String[] {"--help"})).isNull();
    }

    @Test
    void h2FileDatabaseSurvivesRestartAndResetClearsIt(@TempDir Path dir) {
        PlatformConfig.Builder b = PlatformConfig.builder().database(new Database.Location.H2File(dir))
                .specResource("test-openapi.yaml").passwordIterations(1000)
                .modules(java.util.List.of(new WidgetsModule()));
        String token;
        try (TestPlatformOnConfig p = new TestPlatformOnConfig(b.build())) {
            token = p.t.token("mia.merch");
            p.t.createWidget(token, "persisted");
        }
        try (TestPlatformOnConfig p = new TestPlatformOnConfig(b.build())) {
            assertThat(p.t.platform.changes().currentChangeToken()).isEqualTo("1");
            // Tokens survive a restart, too.
            assertThat(p.t.get("/v1/me", token).statusCode()).isEqualTo(200);
        }
        try (TestPlatformOnConfig p = new TestPlatformOnConfig(b.reset(true).build())) {
            assertThat(p.t.platform.changes().currentChangeToken()).isEqualTo("0");
        }
    }

    @Test
    void defaultDataDirFollowsXdgOnLinux() {
        if (!System.getProperty("os.name").toLowerCase().contains("linux")) return;
        String xdg = System.getenv("XDG_DATA_HOME");
        Path expected = (xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".local", "share"))
                .resolve("trendythreads-demo-platform");
        assertThat(DataDirs.defaultDataDir()).isEqualTo(expected);
    }

    /// Wraps a DemoPlatform started from an explicit config in the test client.
    static final class TestPlatformOnConfig implements AutoCloseable {
        final TestPlatform t;

        TestPlatformOnConfig(PlatformConfig config) {
            t = new TestPlatform(config);
        }

        @Override
        public void close() {
            t.close();
        }
    }
}
