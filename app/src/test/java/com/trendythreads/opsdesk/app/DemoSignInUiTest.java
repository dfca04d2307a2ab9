package com.trendythreads.opsdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.inject.Injector;
import com.trendythreads.opsdesk.viewmodels.shell.WorkspaceItem;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.Test;
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

    private UiDesk desk;
    private Injector injector;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        desk = UiDesk.demo(stage, home);
        injector = desk.injector();
    }

    @Stop
    void stop() {
        desk.close();
    }

    /// Two users: every role's workspaces against the contract (and the hand-written table) are
    /// `RolePermissionsUiTest`'s; here demo mode itself — the user list, the title, the badge, the palette.
    @ParameterizedTest
    @ValueSource(strings = {"mona.manager", "ada.admin"})
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

        desk.signOut(robot);
    }

    /// "Connect to a platform…" opens the URL field with its validation; "Use demo data" goes back.
    @Test
    void theSignInScreenLeavesDemoModeForAPlatformAndComesBack(FxRobot robot) throws Exception {
        TextField url = robot.lookup("#platformUrl").queryAs(TextField.class);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> url.getText().startsWith("http://127.0.0.1:"));
        String demoUrl = url.getText();
        assertThat(url.isDisabled()).as("the demo platform's URL is locked").isTrue();
        assertThat(robot.lookup("#useDemoData").query().isVisible()).isFalse();

        robot.clickOn("#connectToPlatform");
        assertThat(url.isDisabled()).isFalse();
        assertThat(url.getText()).isEmpty();
        assertThat(robot.lookup("#demoPane").query().isVisible()).isFalse();
        assertThat(stage.getTitle()).isEqualTo("Ops Desk");
        robot.clickOn("#platformUrl").write("platform.example.com");
        Label message = robot.lookup("#platformUrlMessage").queryAs(Label.class);
        assertThat(message.getText()).startsWith("Platform URL: it must start with http:// or https://");
        assertThat(message.isVisible()).isTrue();
        assertThat(robot.lookup(".field-error-badge").tryQuery().map(javafx.scene.Node::isVisible))
                .as("the ControlsFX decoration on the field").contains(true);
        assertThat(robot.lookup("#signIn").query().isDisabled()).isTrue();
        WaitForAsyncUtils.asyncFx(() -> TestApp.screenshot(stage.getScene(), "sign-in-platform-url")).get();

        robot.interact(() -> url.setText("https://platform.example.com"));
        assertThat(message.isVisible()).isFalse();
        assertThat(robot.lookup(".field-error-badge").tryQuery().map(javafx.scene.Node::isVisible)).isNotEqualTo(
                java.util.Optional.of(true));

        robot.clickOn("#useDemoData");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(url.getText()).isEqualTo(demoUrl);
        assertThat(url.isDisabled()).isTrue();
        assertThat(robot.lookup("#demoPane").query().isVisible()).isTrue();
        assertThat(stage.getTitle()).isEqualTo("Ops Desk — Demo data");
        assertThat(java.nio.file.Files.readString(desk.home().resolve("config").resolve("settings.properties")))
                .contains("signIn.mode=demo");
    }

    /// Ctrl+K finds a workspace by typing and Enter goes there; F1 toggles the shortcuts overlay.
    private static void paletteAndShortcuts(FxRobot robot, ListView<WorkspaceItem> nav) {
        // The last workspace is remembered across users of this home (mona ended on her first one).
        assertThat(nav.getSelectionModel().getSelectedItem().title()).isNotEqualTo("Settings");
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
