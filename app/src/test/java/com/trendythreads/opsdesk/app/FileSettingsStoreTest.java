package com.trendythreads.opsdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileSettingsStoreTest {

    @TempDir
    Path dir;

    @Test
    void valuesSurviveARestart() throws Exception {
        FileSettingsStore first = new FileSettingsStore(dir.resolve("config"));
        first.put("window.width", "1024.0");
        first.put("shell.lastWorkspace", "settings");
        first.put("knownUser.mia.merch@http://127.0.0.1:7070", "Mia Merch|MERCHANDISER");
        first.remove("shell.lastWorkspace");

        FileSettingsStore again = new FileSettingsStore(dir.resolve("config"));
        assertThat(again.getDouble("window.width")).contains(1024.0);
        assertThat(again.get("shell.lastWorkspace")).isEmpty();
        assertThat(again.get("knownUser.mia.merch@http://127.0.0.1:7070")).contains("Mia Merch|MERCHANDISER");
        assertThat(Files.list(dir.resolve("config"))).as("no temporary file left behind")
                .containsExactly(dir.resolve("config").resolve("settings.properties"));
    }

    @Test
    void anUnreadableFileMeansDefaults() throws Exception {
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("settings.properties"), "broken=\\uZZZZ");
        assertThat(new FileSettingsStore(dir).get("broken")).isEmpty();
    }
}
