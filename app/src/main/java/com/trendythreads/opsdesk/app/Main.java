package com.trendythreads.opsdesk.app;

import javafx.application.Application;

/// Entry point. A plain class (not an [Application]) so that a classpath launch works without the
/// JavaFX launcher's module checks.
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        // Before the first logger exists: logback.xml writes to this directory.
        System.setProperty("opsdesk.logDir", AppConfig.dirs().logs().toString());
        Application.launch(OpsDeskApp.class, args);
    }
}
