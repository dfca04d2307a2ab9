package com.trendythreads.opsdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.inject.Injector;
import com.trendythreads.opsdesk.platform.DemoPlatform;
import com.trendythreads.opsdesk.platform.PlatformConfig;
import com.trendythreads.opsdesk.platform.Scale;
import com.trendythreads.opsdesk.platform.db.Database;
import com.trendythreads.opsdesk.viewmodels.session.SessionState;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;
import org.testfx.util.WaitForAsyncUtils;

/// Signing in to a configured platform through the real window, then losing the platform: the local data
/// opens only with the right password, the user works offline, and sync resumes when the platform is back.
@ExtendWith(ApplicationExtension.class)
class OfflineSignInUiTest {

    @TempDir
    static Path tmp;

    private DemoPlatform platform;
    private int port;
    private Injector injector;
    private Stage stage;

    private PlatformConfig platformConfig(int p) {
        return PlatformConfig.builder().database(new Database.Location.H2File(tmp.resolve("platform")))
                .scale(Scale.TINY).passwordIterations(1_000).port(p).build();
    }

    @Start
    void start(Stage stage) {
        this.stage = stage;
        platform = DemoPlatform.start(platformConfig(0));
        port = platform.port();
        injector = TestApp.injector(TestApp.config(tmp.resolve("home"), Optional.of(platform.baseUrl())));
        new MainWindow(injector, stage).show();
    }

    @Stop
    void stop() {
        OpsDesk.shutdown(injector);
    }

    @AfterEach
    void stopPlatform() {
        if (platform != null) {
            platform.close();
        }
    }

    private void signIn(FxRobot robot, String password) {
        PasswordField pw = robot.lookup("#password").queryAs(PasswordField.class);
        robot.interact(pw::clear);
        robot.clickOn("#password").write(password);
        robot.clickOn("#signIn");
    }

    private void signOut(FxRobot robot) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> {
            var s = injector.getInstance(SessionState.class).detach();
            SessionState.close(s, false);
        }).get();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#signIn").tryQuery().isPresent());
    }

    private static Label label(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class);
    }

    @Test
    void wrongPasswordForTheLocalDataOpensNothingAndTheRightOneWorksOffline(FxRobot robot) throws Exception {
        assertThat(stage.getTitle()).isEqualTo("Ops Desk");
        assertThat(robot.lookup("#demoPane").query().isVisible()).as("no demo users for a real platform").isFalse();

        robot.clickOn("#username").write("mia.merch");
        signIn(robot, "not-her-password");
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> !label(robot, "#signInError").getText().isEmpty());
        assertThat(label(robot, "#signInError").getText()).isEqualTo("Wrong user name or password.");

        signIn(robot, "demo");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#lastSync").tryQuery()
                .map(n -> ((Label) n).getText().startsWith("Last sync")).orElse(false));
        signOut(robot);
        Path cacheRoot = tmp.resolve("home").resolve("data").resolve("caches");
        assertThat(Files.list(cacheRoot).count()).as("the local data stays after a plain sign-out").isEqualTo(1);

        platform.close();
        platform = null;

        signIn(robot, "wrong");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !label(robot, "#signInError").getText().isEmpty());
        assertThat(label(robot, "#signInError").getText()).contains("this password does not unlock the local data of mia.merch");
        assertThat(injector.getInstance(SessionState.class).current()).as("nothing opened").isNull();
        assertThat(robot.lookup("#navigation").tryQuery()).isEmpty();

        signIn(robot, "demo");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#navigation").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(label(robot, "#statusUser").getText()).as("roles remembered from the online sign-in")
                .isEqualTo("Mia Merch · Merchandiser");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> label(robot, "#connectivity").getText().equals("Offline"));

        platform = DemoPlatform.start(platformConfig(port));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> label(robot, "#connectivity").getText().equals("Online"));
    }
}
