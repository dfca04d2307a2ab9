package com.trendythreads.opsdesk.benchmarks;

import javafx.application.Application;

/// [BareFxWindow]'s entry point as a plain class, as the app's `Main` is: with JavaFX's jars on the class path
/// (the packaged app's form) the JavaFX launcher refuses a main class that extends [Application].
public final class BareFxMain {

    private BareFxMain() {
    }

    public static void main(String[] args) {
        Application.launch(BareFxWindow.class, args);
    }
}
