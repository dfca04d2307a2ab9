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
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
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

/// Signing in to a configured platform through the real window, then losing the platform: the local data
/// opens only with the right password, the user works offline, an edit made meanwhile waits in the outbox,
/// and when the platform is back the edit drains to it exactly once.
@ExtendWith(ApplicationExtension.class)
class OfflineSignInUiTest {

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

    private JsonNode product(String id) {
        try (PlatformClient admin = desk.admin()) {
            return admin.create(ResourcesApi.class).get("v1/products/" + id).body();
        }
    }

    @Test
    void wrongPasswordForTheLocalDataOpensNothingAndTheRightOneWorksOfflineUntilEditsDrain(FxRobot robot)
            throws Exception {
        assertThat(stage.getTitle()).isEqualTo("Ops Desk");
        assertThat(robot.lookup("#demoPane").query().isVisible()).as("no demo users for a real platform").isFalse();
        assertThat(robot.lookup("#useDemoData").query().isVisible()).as("a configured platform stays").isFalse();

        robot.clickOn("#username").write("mia.merch");
        UiDesk.submitPassword(robot, "not-her-password");
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> !label(robot, "#signInError").getText().isEmpty());
        assertThat(label(robot, "#signInError").getText()).isEqualTo("Wrong user name or password.");

        UiDesk.signIn(robot, "demo");
        String productId;
        try (PlatformClient admin = desk.admin()) {
            productId = admin.create(ResourcesApi.class).list("v1/products", Map.of("limit", "5"))
                    .path("items").get(3).get("id").asText();
        }
        long versionBefore = product(productId).get("version").asLong();
        desk.signOut(robot);
        Path cacheRoot = desk.home().resolve("data").resolve("caches");
        assertThat(Files.list(cacheRoot).count()).as("the local data stays after a plain sign-out").isEqualTo(1);

        desk.stopPlatform();

        UiDesk.submitPassword(robot, "wrong");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !label(robot, "#signInError").getText().isEmpty());
        assertThat(label(robot, "#signInError").getText()).contains("this password does not unlock the local data of mia.merch");
        assertThat(desk.injector().getInstance(SessionState.class).current()).as("nothing opened").isNull();
        assertThat(robot.lookup("#navigation").tryQuery()).isEmpty();

        UiDesk.submitPassword(robot, "demo");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#navigation").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(label(robot, "#statusUser").getText()).as("roles remembered from the online sign-in")
                .isEqualTo("Mia Merch · Merchandiser");
        assertThat(desk.injector().getInstance(SessionState.class).current().user().may("updateProduct"))
                .as("and her permissions").isTrue();
        waitForText(robot, "#connectivity", "Offline");

        // A screen's edit while offline: it waits in the outbox.
        desk.engine().edits().update(ResourceType.PRODUCT, productId,
                JsonNodeFactory.instance.objectNode().put("title", "Renamed while offline"), "Rename offline");
        waitForText(robot, "#edits", "1 pending");

        desk.startPlatform();
        waitForText(robot, "#connectivity", "Online");
        waitForText(robot, "#edits", "0 pending");
        JsonNode after = product(productId);
        assertThat(after.get("title").asText()).isEqualTo("Renamed while offline");
        assertThat(after.get("version").asLong()).as("applied exactly once").isEqualTo(versionBefore + 1);
    }
}
