package com.trendythreads.opsdesk.viewmodels.common;

import java.nio.file.Path;

/// What the operating system does for the app (open a folder in the file manager). Implemented in app.
public interface DesktopActions {

    /// The folder with the app's log files.
    Path logDirectory();

    void openFolder(Path folder);
}
