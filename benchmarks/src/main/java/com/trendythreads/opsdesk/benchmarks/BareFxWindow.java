package com.trendythreads.opsdesk.benchmarks;

import com.trendythreads.opsdesk.app.StartupReport;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/// The start-up figure's baseline: the least a JavaFX application shows, one window with one label. Started
/// by [StartupScenario] in a fresh JVM with the app's flags; it reports its first frame through the app's own
/// [StartupReport] (so both sides are measured by the same code) and exits.
public final class BareFxWindow extends Application {

    public static void main(String[] args) {
        Application.launch(BareFxWindow.class, args);
    }

    @Override
    public void start(Stage stage) {
        StartupReport report = StartupReport.fromSystemProperties()
                .orElseThrow(() -> new IllegalStateException("-D" + StartupReport.FILE_PROPERTY + " is not set"));
        stage.setScene(new Scene(new StackPane(new Label("Ops Desk")), 1200, 780));
        report.shown(stage, () -> {
            report.event("done", System.currentTimeMillis(), "");
            report.close();
            Platform.exit();
        });
        stage.show();
    }
}
