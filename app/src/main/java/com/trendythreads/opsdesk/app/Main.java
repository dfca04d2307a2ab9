package com.trendythreads.opsdesk.app;

import javafx.application.Application;
import org.slf4j.LoggerFactory;

/// Entry point. A plain class (not an [Application]) so that a classpath launch works without the
/// JavaFX launcher's module checks.
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        // Before the first logger exists: logback.xml writes to this directory.
        System.setProperty("opsdesk.logDir", AppConfig.dirs().logs().toString());
        // Logback reads its configuration for a few hundred milliseconds. Here it does so while JavaFX starts
        // its toolkit, not when OpsDeskApp's first logger is made on the FX thread (start-up time, issue #12).
        // A logger asked for meanwhile is a stand-in that logs through Logback once it is ready.
        Thread.ofPlatform().name("logging-init").daemon().start(LoggerFactory::getILoggerFactory);
        Application.launch(OpsDeskApp.class, args);
    }
}
