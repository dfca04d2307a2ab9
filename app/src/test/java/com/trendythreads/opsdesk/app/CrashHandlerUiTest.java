package com.trendythreads.opsdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.trendythreads.opsdesk.viewmodels.common.I18n;
import com.trendythreads.opsdesk.viewmodels.common.InMemorySettingsStore;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/// An exception nobody caught, on the FX thread or any other: a readable dialog, and the window keeps working.
@ExtendWith(ApplicationExtension.class)
class CrashHandlerUiTest {

    private final Button button = new Button("Still here");
    private int clicks;

    @Start
    void start(Stage stage) {
        button.setId("stillHere");
        button.setOnAction(e -> clicks++);
        stage.setScene(new Scene(new StackPane(button), 400, 300));
        stage.show();
        new CrashHandler(new I18n(new InMemorySettingsStore()), Path.of("/var/log/opsdesk")).install();
    }

    @org.junit.jupiter.api.AfterEach
    void uninstall() throws Exception {
        Thread.setDefaultUncaughtExceptionHandler(null);
        WaitForAsyncUtils.asyncFx(() -> Thread.currentThread().setUncaughtExceptionHandler(null)).get();
    }

    private static DialogPane errorDialog() {
        return Window.getWindows().stream()
                .filter(w -> w.getScene() != null && w.getScene().getRoot() instanceof DialogPane)
                .map(w -> (DialogPane) w.getScene().getRoot())
                .findFirst().orElse(null);
    }

    @Test
    void anUncaughtExceptionShowsAReadableDialogAndTheWindowStaysAlive(FxRobot robot) throws Exception {
        Platform.runLater(() -> {
            throw new IllegalStateException("a bug on the FX thread");
        });
        Thread.ofPlatform().start(() -> {
            throw new IllegalStateException("a bug on a worker");
        }).join();

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> errorDialog() != null);
        DialogPane dialog = errorDialog();
        assertThat(dialog.getHeaderText()).isEqualTo("Ops Desk ran into an unexpected problem.");
        assertThat(((javafx.scene.control.Label) dialog.getContent()).getText())
                .contains("/var/log/opsdesk").doesNotContain("IllegalStateException");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(Window.getWindows().stream().filter(w -> w.getScene().getRoot() instanceof DialogPane).count())
                .as("one dialog at a time, not one per failure").isEqualTo(1);

        robot.interact(() -> ((Stage) dialog.getScene().getWindow()).close());
        robot.clickOn("#stillHere");
        assertThat(clicks).isEqualTo(1);
    }
}
