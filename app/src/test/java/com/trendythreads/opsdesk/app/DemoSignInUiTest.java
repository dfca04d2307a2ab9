package com.trendythreads.opsdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.inject.Injector;
import com.trendythreads.opsdesk.viewmodels.session.SessionState;
import com.trendythreads.opsdesk.viewmodels.shell.WorkspaceItem;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;
import org.testfx.util.WaitForAsyncUtils;

/// Demo mode end to end through the real window: the in-process demo platform starts (TINY scale), the
/// user picks a demo user, signs in, and sees exactly that role's workspaces and the status bar.
@ExtendWith(ApplicationExtension.class)
class DemoSignInUiTest {

    /// One home for the class: the demo platform seeds once, later starts reuse its database and port.
    @TempDir
    static Path home;

    private Injector injector;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        injector = TestApp.injector(TestApp.config(home, Optional.empty()));
        new MainWindow(injector, stage).show();
    }

    @Stop
    void stop() {
        OpsDesk.shutdown(injector);
    }

    @ParameterizedTest
    @ValueSource(strings = {"mia.merch", "walt.warehouse", "mona.manager", "sam.support", "mark.marketing", "ada.admin"})
    void eachDemoRoleSeesItsWorkspaces(String username, FxRobot robot) throws Exception {
        assertThat(stage.getTitle()).isEqualTo("Ops Desk — Demo data");
        TextField url = robot.lookup("#platformUrl").queryAs(TextField.class);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> url.getText().startsWith("http://127.0.0.1:"));
        ListView<?> users = robot.lookup("#demoUsers").queryListView();
        assertThat(users.getItems()).hasSize(6);
        if ("mona.manager".equals(username)) {
            WaitForAsyncUtils.asyncFx(() -> TestApp.screenshot(stage.getScene(), "sign-in-demo")).get();
        }

        robot.clickOn(displayName(username));
        assertThat(robot.lookup("#username").queryAs(TextField.class).getText()).isEqualTo(username);
        robot.clickOn("#signIn");

        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#navigation").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        @SuppressWarnings("unchecked")
        ListView<WorkspaceItem> nav = robot.lookup("#navigation").queryAs(ListView.class);
        assertThat(nav.getItems()).extracting(WorkspaceItem::title)
                .containsExactlyElementsOf(TestApp.WORKSPACES_BY_USER.get(username));
        assertThat(robot.lookup("#statusBar").tryQuery()).isPresent();
        assertThat(robot.lookup("#statusUser").queryAs(Label.class).getText()).startsWith(displayName(username));
        assertThat(robot.lookup("#demoBadge").queryAs(Label.class).isVisible()).isTrue();
        assertThat(stage.getTitle()).isEqualTo("Ops Desk — Demo data — " + displayName(username));
        if ("mona.manager".equals(username)) {
            WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS,
                    () -> robot.lookup("#lastSync").queryAs(Label.class).getText().startsWith("Last sync"));
            WaitForAsyncUtils.asyncFx(() -> TestApp.screenshot(stage.getScene(), "shell")).get();
        }

        if ("ada.admin".equals(username)) {
            paletteAndShortcuts(robot, nav);
        }

        WaitForAsyncUtils.asyncFx(() -> {
            var s = injector.getInstance(SessionState.class).detach();
            SessionState.close(s, false);
        }).get();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#signIn").tryQuery().isPresent());
    }

    /// Ctrl+K finds a workspace by typing and Enter goes there; F1 toggles the shortcuts overlay.
    private static void paletteAndShortcuts(FxRobot robot, ListView<WorkspaceItem> nav) {
        assertThat(nav.getSelectionModel().getSelectedItem().title()).isEqualTo("Sync & conflicts");
        robot.press(KeyCode.CONTROL, KeyCode.K).release(KeyCode.K, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#palette").query().isVisible()).isTrue();
        robot.write("sett");
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#palette").query().isVisible()).isFalse();
        assertThat(nav.getSelectionModel().getSelectedItem().title()).isEqualTo("Settings");
        assertThat(robot.lookup("#language").tryQuery()).as("the Settings screen is shown").isPresent();

        robot.type(KeyCode.F1);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#shortcuts").query().isVisible()).isTrue();
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#shortcuts").query().isVisible()).isFalse();
    }

    private static String displayName(String username) {
        return switch (username) {
            case "mia.merch" -> "Mia Merch";
            case "walt.warehouse" -> "Walt Warehouse";
            case "mona.manager" -> "Mona Manager";
            case "sam.support" -> "Sam Support";
            case "mark.marketing" -> "Mark Marketing";
            default -> "Ada Admin";
        };
    }
}
