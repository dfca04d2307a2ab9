package com.trendythreads.opsdesk.app;

import com.trendythreads.opsdesk.viewmodels.common.SettingsStore;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/// Settings in `settings.properties` in the per-user config directory. Written at every change
/// (a handful of small values), through a temporary file so a crash never leaves half a file.
public final class FileSettingsStore implements SettingsStore {

    private static final Logger LOG = LoggerFactory.getLogger(FileSettingsStore.class);

    private final Path file;
    private final Properties values = new Properties();

    public FileSettingsStore(Path configDir) {
        this.file = configDir.resolve("settings.properties");
        if (Files.exists(file)) {
            try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                values.load(r);
            } catch (IOException | IllegalArgumentException e) {
                // A damaged file must not keep the app from starting (Properties throws IllegalArgumentException on a bad unicode escape).
                values.clear();
                LOG.warn("Cannot read the settings {}; starting with defaults", file, e);
            }
        }
    }

    @Override
    public synchronized Optional<String> get(String key) {
        return Optional.ofNullable(values.getProperty(key));
    }

    @Override
    public synchronized void put(String key, String value) {
        if (value.equals(values.getProperty(key))) {
            return;
        }
        values.setProperty(key, value);
        save();
    }

    @Override
    public synchronized void remove(String key) {
        if (values.remove(key) != null) {
            save();
        }
    }

    private void save() {
        try {
            Files.createDirectories(file.getParent());
            Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
            try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                values.store(w, "Ops Desk settings (nothing secret is kept here)");
            }
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            LOG.warn("Cannot save the settings to {}", file, e);
        }
    }
}
