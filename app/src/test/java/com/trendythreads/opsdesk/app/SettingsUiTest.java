package com.trendythreads.opsdesk.app;

import static com.trendythreads.opsdesk.app.UiDesk.label;
import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import com.trendythreads.opsdesk.viewmodels.shell.WorkspaceItem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.scene.control.Button;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;
import org.testfx.util.WaitForAsyncUtils;

/// Settings through the real window: German after the window is rebuilt, the dark theme at once, and the
/// window's bounds and last workspace remembered across a restart (in the settings file).
@ExtendWith(ApplicationExtension.class)
class SettingsUiTest {

    @TempDir
    Path tmp;

    private UiDesk desk;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        desk = UiDesk.withPlatform(stage, tmp);
    }

    @Stop
    void stop() {
        desk.close();
        WaitForAsyncUtils.asyncFx(() -> Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet()));
    }

    @SuppressWarnings("unchecked")
    private static ListView<WorkspaceItem> navigation(FxRobot robot) {
        return robot.lookup("#navigation").queryAs(ListView.class);
    }

    /// Signs in with any language: waits for the shell, not for an English label.
    private static void signIn(FxRobot robot) throws Exception {
        UiDesk.submitPassword(robot, "demo");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> robot.lookup("#navigation").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void germanShowsAfterTheRebuildAndTheDarkThemeAppliesAtOnce(FxRobot robot) throws Exception {
        robot.clickOn("#username").write("mia.merch");
        signIn(robot);
        robot.clickOn("Settings");
        robot.clickOn("#language");
        robot.clickOn("Deutsch");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("The new language applies from the next sign-in.").tryQuery()).isPresent();
        assertThat(navigation(robot).getItems()).extracting(WorkspaceItem::title)
                .as("the open window keeps its language")
                .containsExactlyElementsOf(TestApp.WORKSPACES_BY_USER.get("mia.merch"));

        robot.clickOn("#themeDark");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(Application.getUserAgentStylesheet()).isEqualTo(new PrimerDark().getUserAgentStylesheet());

        desk.signOut(robot);
        assertThat(robot.lookup("#signIn").queryAs(Button.class).getText()).isEqualTo("Anmelden");
        signIn(robot);
        assertThat(navigation(robot).getItems()).extracting(WorkspaceItem::title)
                .containsExactly("Katalog", "Bestand", "Bestellungen", "Dashboards", "Kampagnen", "Preise", "Datenqualität", "Synchronisation & Konflikte", "Einstellungen");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS,
                () -> label(robot, "#lastSync").getText().startsWith("Zuletzt synchronisiert"));
        assertThat(label(robot, "#statusUser").getText()).isEqualTo("Mia Merch · Sortiment");
        assertThat(Application.getUserAgentStylesheet()).as("still dark").isEqualTo(new PrimerDark().getUserAgentStylesheet());
        WaitForAsyncUtils.asyncFx(() -> TestApp.screenshot(stage.getScene(), "shell-de-dark")).get();
    }

    @Test
    void windowBoundsAndTheLastWorkspaceSurviveARestart(FxRobot robot) throws Exception {
        robot.clickOn("#username").write("mia.merch");
        signIn(robot);
        robot.clickOn("Settings");
        robot.interact(() -> {
            stage.setX(40);
            stage.setY(30);
            stage.setWidth(1000);
            stage.setHeight(700);
        });

        Stage[] again = new Stage[1];
        robot.interact(() -> {
            again[0] = new Stage();
            desk.restartApp(stage, again[0]);
        });
        Path file = desk.home().resolve("config").resolve("settings.properties");
        assertThat(Files.readString(file)).contains("window.width=1000.0", "window.height=700.0", "window.x=40.0",
                "window.y=30.0", "shell.lastWorkspace.mia.merch=settings").doesNotContain("demo\n", "password");
        Stage restarted = again[0];
        assertThat(restarted.getWidth()).isEqualTo(1000);
        assertThat(restarted.getHeight()).isEqualTo(700);
        assertThat(restarted.getX()).isEqualTo(40);
        assertThat(restarted.getY()).isEqualTo(30);

        assertThat(robot.lookup("#username").queryAs(javafx.scene.control.TextField.class).getText())
                .as("the last user, not the password").isEqualTo("mia.merch");
        signIn(robot);
        assertThat(navigation(robot).getSelectionModel().getSelectedItem().title()).isEqualTo("Settings");
        assertThat(robot.lookup("#language").tryQuery()).as("the Settings screen is shown").isPresent();
        robot.interact(restarted::hide);
    }
}
