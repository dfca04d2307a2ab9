package com.trendythreads.opsdesk.app;

import static com.trendythreads.opsdesk.app.UiDesk.label;
import static com.trendythreads.opsdesk.app.UiDesk.waitForText;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.trendythreads.opsdesk.api.PlatformClient;
import com.trendythreads.opsdesk.api.service.ResourcesApi;
import com.trendythreads.opsdesk.cache.store.ResourceType;
import com.trendythreads.opsdesk.viewmodels.session.SessionState;
import com.trendythreads.opsdesk.viewmodels.session.UserSession;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;
import org.testfx.util.WaitForAsyncUtils;

/// The platform stops accepting the session (its clock jumps past both token lifetimes, as after a long
/// weekend): the shell asks for the password only, Cancel keeps working offline with the edit queued, and
/// signing in again lets the same session continue and send it.
@ExtendWith(ApplicationExtension.class)
class SessionExpiredUiTest {

    /// The platform's clock; the test moves it forward.
    static final class MovableClock extends Clock {
        private volatile Duration ahead = Duration.ZERO;

        void advance(Duration d) {
            ahead = ahead.plus(d);
        }

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
            return Instant.now().plus(ahead);
        }
    }

    @TempDir
    static Path tmp;

    private final MovableClock clock = new MovableClock();
    private UiDesk desk;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        desk = UiDesk.withPlatform(stage, tmp, b -> b.clock(clock));
    }

    @Stop
    void stop() {
        desk.close();
    }

    private static boolean overlayShown(FxRobot robot) {
        return robot.lookup("#signInAgain").tryQuery().map(Node::isVisible).orElse(false);
    }

    @Test
    void anExpiredSessionAsksForThePasswordAndTheSameSessionContinues(FxRobot robot) throws Exception {
        robot.clickOn("#username").write("mia.merch");
        UiDesk.signIn(robot, "demo");
        UserSession session = desk.injector().getInstance(SessionState.class).current();
        String productId;
        try (PlatformClient admin = desk.admin()) {
            productId = admin.create(ResourcesApi.class).list("v1/products", Map.of("limit", "5"))
                    .path("items").get(2).get("id").asText();
        }
        assertThat(overlayShown(robot)).isFalse();

        clock.advance(Duration.ofDays(45));
        waitForText(robot, "#connectivity", "Sign-in expired");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> overlayShown(robot));
        assertThat(label(robot, "#signInAgainWho").getText()).isEqualTo("Mia Merch (mia.merch) on " + desk.platformUrl());
        desk.engine().edits().update(ResourceType.PRODUCT, productId,
                JsonNodeFactory.instance.objectNode().put("title", "Renamed while expired"), "Rename");
        waitForText(robot, "#edits", "1 pending");
        WaitForAsyncUtils.asyncFx(() -> TestApp.screenshot(stage.getScene(), "sign-in-again")).get();

        robot.clickOn("#signInAgainPassword").write("wrong");
        robot.clickOn("#signInAgainButton");
        waitForText(robot, "#signInAgainError", "Wrong password.");

        // Work offline: the overlay goes, the edit stays queued, the status bar offers to sign in again.
        robot.clickOn("#signInAgainCancel");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(overlayShown(robot)).isFalse();
        assertThat(label(robot, "#edits").getText()).isEqualTo("1 pending");
        assertThat(robot.lookup("#signInAgainLink").query().isVisible()).isTrue();
        robot.clickOn("#signInAgainLink");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> overlayShown(robot));

        robot.clickOn("#signInAgainPassword").write("demo");
        robot.clickOn("#signInAgainButton");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !overlayShown(robot));
        waitForText(robot, "#connectivity", "Online");
        waitForText(robot, "#edits", "0 pending");
        assertThat(desk.injector().getInstance(SessionState.class).current()).as("the same session went on")
                .isSameAs(session);
        try (PlatformClient admin = desk.admin()) {
            JsonNode p = admin.create(ResourcesApi.class).get("v1/products/" + productId).body();
            assertThat(p.get("title").asText()).isEqualTo("Renamed while expired");
        }
        assertThat(robot.lookup("#signInAgainLink").query().isVisible()).isFalse();
    }
}
