package com.trendythreads.opsdesk.app;

import com.trendythreads.opsdesk.viewmodels.common.DesktopActions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.application.HostServices;

/// Opens folders with the OS's file manager through JavaFX's HostServices.
public final class FxDesktopActions implements DesktopActions {

    private final HostServices host;
    private final Path logDir;

    public FxDesktopActions(HostServices host, Path logDir) {
        this.host = host;
        this.logDir = logDir;
    }

    @Override
    public Path logDirectory() {
        return logDir;
    }

    @Override
    public void openFolder(Path folder) {
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        host.showDocument(folder.toUri().toString());
    }

    @Override
    public void open(Path file) {
        host.showDocument(file.toUri().toString());
    }
}
