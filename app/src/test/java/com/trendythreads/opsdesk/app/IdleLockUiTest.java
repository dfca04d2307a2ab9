package com.trendythreads.opsdesk.app;

import static com.trendythreads.opsdesk.app.UiDesk.label;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.PasswordField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;
import org.testfx.util.WaitForAsyncUtils;

/// Lane security (issue 10): the idle lock hides the workspace and asks for the password; the platform checks
/// it online, the local data's key offline; signing out from the lock returns to the sign-in screen. (The idle
/// time itself is tested with a moved clock in `IdleLockViewModelTest`; here the lock is started by Ctrl+L.)
@ExtendWith(ApplicationExtension.class)
class IdleLockUiTest {

    @TempDir
    static Path tmp;

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
    }

    private static boolean shown(FxRobot robot, String id) throws Exception {
        return UiDesk.onFx(() -> robot.lookup(id).tryQuery().map(n -> {
            for (Node p = n; p != null; p = p.getParent()) {
                if (!p.isVisible()) {
                    return false;
                }
            }
            return true;
        }).orElse(false));
    }

    private static void lock(FxRobot robot) throws Exception {
        robot.press(KeyCode.CONTROL, KeyCode.L).release(KeyCode.L, KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> shown(robot, "#idleLock"));
    }

    private static void unlockWith(FxRobot robot, String password) throws Exception {
        robot.interact(() -> robot.lookup("#idleLockPassword").queryAs(PasswordField.class).clear());
        robot.clickOn("#idleLockPassword").write(password);
        robot.clickOn("#idleLockUnlock");
    }

    @Test
    void theLockHidesTheWorkspaceAndOnlyTheUsersPasswordLiftsItOnlineAndOffline(FxRobot robot) throws Exception {
        robot.clickOn("#username").write("mona.manager");
        UiDesk.signIn(robot, "demo");
        assertThat(shown(robot, "#workspaceContent")).isTrue();

        lock(robot);
        assertThat(shown(robot, "#workspaceContent")).as("the workspace is hidden").isFalse();
        assertThat(shown(robot, "#navigation")).isFalse();
        assertThat(label(robot, "#idleLockWho").getText()).isEqualTo("Locked: Mona Manager (mona.manager)");

        unlockWith(robot, "wrong");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> "Wrong password.".equals(label(robot, "#idleLockError").getText()));
        assertThat(shown(robot, "#idleLock")).isTrue();
        WaitForAsyncUtils.asyncFx(() -> TestApp.screenshot(stage.getScene(), "idle-lock")).get();

        unlockWith(robot, "demo");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !shown(robot, "#idleLock"));
        assertThat(shown(robot, "#workspaceContent")).isTrue();

        // Offline: the local data's key checks the password.
        desk.stopPlatform();
        lock(robot);
        unlockWith(robot, "wrong");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> "Wrong password.".equals(label(robot, "#idleLockError").getText()));
        unlockWith(robot, "demo");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !shown(robot, "#idleLock"));
        assertThat(shown(robot, "#workspaceContent")).isTrue();

        // Signing out from the lock: back to the sign-in screen.
        lock(robot);
        robot.clickOn("#idleLockSignOut");
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> robot.lookup("#signIn").tryQuery().isPresent());
    }
}
