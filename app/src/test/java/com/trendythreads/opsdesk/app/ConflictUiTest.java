package com.trendythreads.opsdesk.app;

import static com.trendythreads.opsdesk.app.UiDesk.label;
import static com.trendythreads.opsdesk.app.UiDesk.waitForText;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.trendythreads.opsdesk.api.IdempotencyKeys;
import com.trendythreads.opsdesk.api.PlatformClient;
import com.trendythreads.opsdesk.api.service.ResourcesApi;
import com.trendythreads.opsdesk.cache.store.ResourceType;
import com.trendythreads.opsdesk.viewmodels.sync.ConflictItem;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.layout.GridPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;
import org.testfx.util.WaitForAsyncUtils;

/// An edit made offline collides with a change made on the platform meanwhile; "Sync & conflicts" shows the
/// conflict field by field with both values, and the user decides: keep mine, or take the platform's value
/// for one field and keep mine for the other.
@ExtendWith(ApplicationExtension.class)
class ConflictUiTest {

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

    private static ObjectNode obj() {
        return JsonNodeFactory.instance.objectNode();
    }

    private String productId(int index) {
        try (PlatformClient admin = desk.admin()) {
            return admin.create(ResourcesApi.class).list("v1/products", Map.of("limit", "20"))
                    .path("items").get(index).get("id").asText();
        }
    }

    private JsonNode onPlatform(String productId) {
        try (PlatformClient admin = desk.admin()) {
            return admin.create(ResourcesApi.class).get("v1/products/" + productId).body();
        }
    }

    /// mia.merch edits the product offline (`mine`), someone changes it on the platform meanwhile (`theirs`);
    /// after her next sign-in the conflict is selected in "Sync & conflicts".
    private void conflict(FxRobot robot, String productId, ObjectNode mine, ObjectNode theirs, String description)
            throws Exception {
        robot.clickOn("#username").eraseText(40).write("mia.merch");
        UiDesk.signIn(robot, "demo");
        desk.stopPlatform();
        waitForText(robot, "#connectivity", "Offline");
        desk.engine().edits().update(ResourceType.PRODUCT, productId, mine, description);
        waitForText(robot, "#edits", "1 pending");
        desk.signOut(robot);

        desk.startPlatform();
        try (PlatformClient admin = desk.admin()) {
            JsonNode now = admin.create(ResourcesApi.class).get("v1/products/" + productId).body();
            admin.create(ResourcesApi.class).patch("v1/products/" + productId,
                    "\"" + now.get("version").asLong() + "\"", IdempotencyKeys.newKey(), theirs);
        }
        UiDesk.signIn(robot, "demo");
        waitForText(robot, "#conflicts", "1 conflict");
        UiDesk.openWorkspace(robot, "Sync & conflicts");
        @SuppressWarnings("unchecked")
        ListView<ConflictItem> conflicts = robot.lookup("#conflictList").queryAs(ListView.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> conflicts.getItems().size() == 1);
        // the item is in the list before its cell is drawn: wait for the cell that shows it
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.from(conflicts).lookup(description).tryQuery()
                .isPresent());
        robot.clickOn(robot.from(conflicts).lookup(description).queryAs(javafx.scene.Node.class));
    }

    @Test
    void aFieldConflictIsShownWithBothValuesAndKeepMineSendsMine(FxRobot robot) throws Exception {
        String productId = productId(0);
        conflict(robot, productId, obj().put("title", "Title from Ops Desk"), obj().put("title", "Title from the platform"),
                "Rename the product");
        assertThat(robot.lookup("Title from Ops Desk").tryQuery()).as("my value").isPresent();
        assertThat(robot.lookup("Title from the platform").tryQuery()).as("the platform's value").isPresent();
        WaitForAsyncUtils.asyncFx(() -> TestApp.screenshot(stage.getScene(), "sync-conflict")).get();

        robot.clickOn("#keepMineButton");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> label(robot, "#conflicts").getText().equals("no conflicts")
                && label(robot, "#edits").getText().equals("0 pending"));
        assertThat(onPlatform(productId).get("title").asText()).isEqualTo("Title from Ops Desk");
    }

    @Test
    void takingThePlatformsValueForOneFieldLetsItWinWhileMyOtherFieldIsSent(FxRobot robot) throws Exception {
        String productId = productId(1);
        conflict(robot, productId, obj().put("title", "My title").put("brand", "My brand"),
                obj().put("title", "Platform title").put("brand", "Platform brand"), "Rename and rebrand");
        assertThat(robot.lookup("Platform title").tryQuery()).isPresent();
        assertThat(robot.lookup("My brand").tryQuery()).isPresent();

        // Nothing ticked means "take theirs"; tick "keep mine" for the brand only.
        keepMineCheckBox(robot, "brand").ifPresent(robot::clickOn);
        assertThat(keepMineCheckBox(robot, "title").orElseThrow().isSelected()).isFalse();
        WaitForAsyncUtils.asyncFx(() -> TestApp.screenshot(stage.getScene(), "sync-take-theirs")).get();
        robot.clickOn("#resolveButton");

        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> label(robot, "#conflicts").getText().equals("no conflicts")
                && label(robot, "#edits").getText().equals("0 pending"));
        JsonNode result = onPlatform(productId);
        assertThat(result.get("title").asText()).as("the platform's value won").isEqualTo("Platform title");
        assertThat(result.get("brand").asText()).as("mine was sent").isEqualTo("My brand");
        @SuppressWarnings("unchecked")
        ListView<String> history = robot.lookup("#historyList").queryAs(ListView.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> history.getItems().stream()
                .anyMatch(l -> l.contains("Resolved") && l.contains("kept mine for brand")));
    }

    /// The "keep mine" box in the row of the field `path` of the conflict's field grid.
    private static java.util.Optional<CheckBox> keepMineCheckBox(FxRobot robot, String path) {
        GridPane grid = robot.lookup("#fieldGrid").queryAs(GridPane.class);
        Integer row = grid.getChildren().stream()
                .filter(n -> n instanceof Label l && path.equals(l.getText()))
                .map(GridPane::getRowIndex).findFirst().orElseThrow();
        return grid.getChildren().stream()
                .filter(n -> n instanceof CheckBox && row.equals(GridPane.getRowIndex(n)))
                .map(n -> (CheckBox) n).findFirst();
    }
}
