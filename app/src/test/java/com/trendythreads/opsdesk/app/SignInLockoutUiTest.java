package com.trendythreads.opsdesk.app;

import static com.trendythreads.opsdesk.app.UiDesk.label;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.TimeUnit;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;
import org.testfx.util.WaitForAsyncUtils;

/// Lane access: five wrong passwords lock the user out on the platform; the sign-in screen says until when;
/// once that time has passed on the platform's clock the right password signs in.
@ExtendWith(ApplicationExtension.class)
class SignInLockoutUiTest {

    @TempDir
    static Path tmp;

    /// The platform's clock, moved forward instead of waiting 15 minutes.
    private static final class ShiftedClock extends Clock {
        volatile Duration shift = Duration.ZERO;

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return Instant.now().plus(shift);
        }
    }

    private final ShiftedClock platformClock = new ShiftedClock();
    private UiDesk desk;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        desk = UiDesk.withPlatform(stage, tmp, b -> b.clock(platformClock));
    }

    @Stop
    void stop() {
        desk.close();
    }

    /// The sign-in screen's answer to the attempt just submitted (the message is cleared when one starts).
    private static String answer(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> !robot.lookup("#signIn").query().isDisabled()
                && !label(robot, "#signInError").getText().isEmpty());
        return label(robot, "#signInError").getText();
    }

    @Test
    void fiveWrongPasswordsLockTheUserOutAndTheScreenSaysUntilWhen(FxRobot robot) throws Exception {
        robot.clickOn("#username").write("mia.merch");
        for (int i = 1; i <= 4; i++) {
            UiDesk.submitPassword(robot, "wrong" + i);
            assertThat(answer(robot)).as("failure %d", i).isEqualTo("Wrong user name or password.");
        }
        UiDesk.submitPassword(robot, "wrong5");
        assertThat(answer(robot))
                .matches("Too many failed sign-ins\\. Try again after \\d\\d:\\d\\d\\.");
        WaitForAsyncUtils.asyncFx(() -> TestApp.screenshot(stage.getScene(), "sign-in-locked")).get();

        // The right password does not help while locked.
        UiDesk.submitPassword(robot, "demo");
        assertThat(answer(robot)).startsWith("Too many failed sign-ins.");

        // Fifteen minutes later on the platform's clock: unlocked.
        platformClock.shift = Duration.ofMinutes(15).plusSeconds(1);
        UiDesk.signIn(robot, "demo");
        assertThat(robot.lookup("#navigation").tryQuery()).isPresent();
    }
}
