package com.trendythreads.opsdesk.viewmodels.common;

import java.nio.file.Path;

/// What the operating system does for the app (open a folder in the file manager). Implemented in app.
public interface DesktopActions {

    /// The folder with the app's log files.
    Path logDirectory();

    void openFolder(Path folder);

    /// Opens a file with the program the system has for it (a PDF viewer); by default its folder.
    default void open(Path file) {
        Path folder = file.toAbsolutePath().getParent();
        if (folder != null) {
            openFolder(folder);
        }
    }
}
