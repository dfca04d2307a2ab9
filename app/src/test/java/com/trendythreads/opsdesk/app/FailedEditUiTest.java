package com.trendythreads.opsdesk.app;

import static com.trendythreads.opsdesk.app.UiDesk.waitForText;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.trendythreads.opsdesk.api.PlatformClient;
import com.trendythreads.opsdesk.api.service.ResourcesApi;
import com.trendythreads.opsdesk.cache.store.ResourceType;
import com.trendythreads.opsdesk.viewmodels.sync.OutboxItem;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;
import org.testfx.util.WaitForAsyncUtils;

/// Edits the platform refuses (422) end up in the outbox as failed, with the platform's reason in words;
/// the user retries one, fixes one in the editor so it lands, and discards the other.
@ExtendWith(ApplicationExtension.class)
class FailedEditUiTest {

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

    private List<JsonNode> products() {
        try (PlatformClient admin = desk.admin()) {
            List<JsonNode> list = new ArrayList<>();
            admin.create(ResourcesApi.class).list("v1/products", Map.of("limit", "10")).path("items").forEach(list::add);
            return list;
        }
    }

    private JsonNode onPlatform(String id) {
        try (PlatformClient admin = desk.admin()) {
            return admin.create(ResourcesApi.class).get("v1/products/" + id).body();
        }
    }

    private static ObjectNode price(JsonNode product, long cents) {
        ArrayNode variants = product.get("variants").deepCopy();
        ((ObjectNode) variants.get(0)).put("priceCents", cents);
        ObjectNode patch = JsonNodeFactory.instance.objectNode();
        patch.set("variants", variants);
        return patch;
    }

    /// The visible outbox row whose text starts with `description` (a ListView also keeps invisible cells).
    private static javafx.scene.Node row(FxRobot robot, String description) {
        return robot.lookup("#outboxList").lookup((javafx.scene.Node n) -> n instanceof javafx.scene.control.ListCell<?> c
                && c.isVisible() && c.getText() != null && c.getText().startsWith(description)).query();
    }

    @Test
    void aRefusedEditShowsThePlatformsReasonAndRetryEditAndDiscardWork(FxRobot robot) throws Exception {
        robot.clickOn("#username").write("mia.merch");
        UiDesk.signIn(robot, "demo");
        List<JsonNode> products = products();
        JsonNode priced = products.get(6);
        JsonNode seasoned = products.get(7);
        desk.engine().edits().update(ResourceType.PRODUCT, priced.get("id").asText(), price(priced, -1), "New price");
        desk.engine().edits().update(ResourceType.PRODUCT, seasoned.get("id").asText(),
                JsonNodeFactory.instance.objectNode().put("season", "Summer"), "New season");
        waitForText(robot, "#edits", "0 pending, 2 failed");

        UiDesk.openWorkspace(robot, "Sync & conflicts");
        @SuppressWarnings("unchecked")
        ListView<OutboxItem> outbox = robot.lookup("#outboxList").queryAs(ListView.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> outbox.getItems().size() == 2
                && outbox.getItems().stream().allMatch(OutboxItem::failed));
        assertThat(robot.lookup(n -> n instanceof javafx.scene.control.ListCell<?> c && c.getText() != null
                && c.getText().startsWith("New price  ·  Failed  ·  ") && c.getText().contains("priceCents"))
                .tryQuery()).as("the platform's reason, on screen").isPresent();

        // Retry sends it as it is: refused again.
        robot.clickOn(row(robot, "New season"));
        assertThat(outbox.getSelectionModel().getSelectedItem()).as("selected").isNotNull();
        assertThat(robot.lookup("#retryButton").query().isDisabled()).as("retry disabled").isFalse();
        robot.clickOn("#retryButton");
        @SuppressWarnings("unchecked")
        ListView<String> history = robot.lookup("#historyList").queryAs(ListView.class);
        try {
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> history.getItems().stream()
                    .filter(l -> l.contains("Refused · New season")).count() == 2);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("history: " + history.getItems(), e);
        }
        waitForText(robot, "#edits", "0 pending, 2 failed");

        // Edit: fix the price in the refused body and send it.
        robot.clickOn(row(robot, "New price"));
        robot.clickOn("#editButton");
        TextArea body = robot.lookup("#editText").queryAs(TextArea.class);
        assertThat(body.getText()).contains("\"priceCents\" : -1");
        robot.interact(() -> body.setText("{ \"variants\": "));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#editMessage").queryAs(Label.class).getText()).startsWith("Body: enter a JSON object");
        assertThat(robot.lookup("#saveEditButton").query().isDisabled()).isTrue();
        robot.interact(() -> body.setText(price(priced, 4_990).toPrettyString()));
        WaitForAsyncUtils.asyncFx(() -> TestApp.screenshot(stage.getScene(), "sync-failed-edit")).get();
        robot.clickOn("#saveEditButton");
        waitForText(robot, "#edits", "0 pending, 1 failed");
        assertThat(onPlatform(priced.get("id").asText()).get("variants").get(0).get("priceCents").asLong())
                .isEqualTo(4_990);

        // Discard the season: gone from the outbox, the platform's value stands.
        robot.clickOn(row(robot, "New season"));
        robot.clickOn("#discardButton");
        waitForText(robot, "#edits", "0 pending");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> outbox.getItems().isEmpty());
        assertThat(onPlatform(seasoned.get("id").asText()).get("season").asText())
                .isEqualTo(seasoned.get("season").asText());
    }
}
