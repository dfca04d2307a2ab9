package com.trendythreads.opsdesk.platform;

import java.nio.file.Path;
import java.util.Locale;

/// The per-user data directory of the demo platform's default H2 database.
public final class DataDirs {

    static final String APP_DIR = "trendythreads-demo-platform";

    private DataDirs() {}

    /// Linux: `$XDG_DATA_HOME/trendythreads-demo-platform` (default `~/.local/share/…`); macOS:
    /// `~/Library/Application Support/…`; Windows: `%LOCALAPPDATA%\…`.
    public static Path defaultDataDir() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        Path home = Path.of(System.getProperty("user.home"));
        if (os.contains("win")) {
            String local = System.getenv("LOCALAPPDATA");
            return (local != null ? Path.of(local) : home.resolve("AppData").resolve("Local")).resolve(APP_DIR);
        }
        if (os.contains("mac")) {
            return home.resolve("Library").resolve("Application Support").resolve(APP_DIR);
        }
        String xdg = System.getenv("XDG_DATA_HOME");
        Path base = xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()
                ? Path.of(xdg) : home.resolve(".local").resolve("share");
        return base.resolve(APP_DIR);
    }
}
