package com.trendythreads.opsdesk.app;

import static com.trendythreads.opsdesk.app.UiDesk.onFx;
import static org.assertj.core.api.Assertions.assertThat;

import com.trendythreads.opsdesk.viewmodels.inventory.ReplenishmentViewModel.SuggestionItem;
import com.trendythreads.opsdesk.viewmodels.supply.PurchasingItems.LineItem;
import com.trendythreads.opsdesk.viewmodels.supply.PurchasingItems.ScoreRow;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
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

/// lane supply (issue #11): mia.merch against a real TINY platform, in Inventory: replenishment suggestions
/// for Berlin, "Create POs" on three of them opens a DRAFT PO in the Purchasing tab's editor; a quantity typed
/// into the line is saved, the PO is sent and reaches the platform; the supplier scorecard shows every supplier.
@ExtendWith(ApplicationExtension.class)
class PurchasingUiTest {

    @TempDir
    static Path tmp;

    private UiDesk desk;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        desk = UiDesk.withPlatform(stage, tmp);
        stage.setWidth(1440);
        stage.setHeight(860);
    }

    @Stop
    void stop() {
        desk.close();
    }

    @Test
    void aPoFromReplenishmentSuggestionsIsEditedAndSent(FxRobot robot) throws Exception {
        robot.clickOn("#username").write("mia.merch");
        UiDesk.signIn(robot, "demo");
        robot.clickOn("Inventory");
        UiDesk.clickTab(robot, "Replenishment");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !robot.lookup("#computeButton").queryButton().isDisabled());
        robot.clickOn("#computeButton");
        @SuppressWarnings("unchecked")
        TableView<SuggestionItem> suggestions = robot.lookup("#suggestionTable").queryAs(TableView.class);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> onFx(() -> suggestions.getItems().size() >= 3));
        // the lead time each row planned with says where it came from
        assertThat(onFx(() -> suggestions.getItems().getFirst().leadSource())).endsWith("(actual)");
        assertThat(robot.lookup("#createOrdersButton").queryButton().isDisabled()).isTrue();
        robot.interact(() -> suggestions.getSelectionModel().selectRange(0, 3));
        robot.clickOn("#createOrdersButton");

        // the Purchasing tab opens with the new DRAFT in the editor
        TabPane tabs = robot.lookup("#tabs").queryAs(TabPane.class);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> onFx(() ->
                "Purchasing".equals(tabs.getSelectionModel().getSelectedItem().getText())));
        Label header = robot.lookup("#poHeader").queryAs(Label.class);
        @SuppressWarnings("unchecked")
        TableView<LineItem> lines = robot.lookup("#lineTable").queryAs(TableView.class);
        // the desk is online: the draft is pushed at once and follows the platform's id
        try {
            WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> onFx(() -> header.getText().contains("Draft")
                    && header.getText().startsWith("po_") && !lines.getItems().isEmpty()));
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("the editor shows \"" + onFx(header::getText) + "\" with "
                    + onFx(() -> lines.getItems().size()) + " lines; list: "
                    + onFx(() -> robot.lookup("#orderTable").queryAs(TableView.class).getItems().stream().limit(4)
                    .map(o -> { String s = String.valueOf(o); return s.substring(0, Math.min(80, s.length())); }).toList())
                    + "; sync: " + desk.engine().status(), e);
        }
        String poId = onFx(() -> header.getText().split(" ")[0]);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> desk.engine().status().pendingEdits() == 0);
        Thread.sleep(1_000); // the change feed's copy of the new PO lands before anything is typed
        WaitForAsyncUtils.waitForFxEvents();
        String sku = onFx(() -> lines.getItems().getFirst().sku());
        int qty = onFx(() -> lines.getItems().getFirst().typedQuantity());

        // type a new quantity into the first line and save it
        robot.interact(() -> {
            lines.getSelectionModel().select(0);
            lines.edit(0, lines.getColumns().get(1));
        });
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> onFx(() -> lines.getEditingCell() != null));
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(robot.lookup("#lineTable .text-field").queryAs(Node.class));
        robot.push(KeyCode.CONTROL, KeyCode.A);
        robot.write(Integer.toString(qty + 10)).type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(onFx(() -> lines.getItems().getFirst().typedQuantity())).isEqualTo(qty + 10);
        robot.clickOn("#saveButton");
        // pushed and back from the platform with the typed quantity (its version moved on)
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> onFx(() -> header.getText().startsWith(poId)
                && desk.engine().status().pendingEdits() == 0 && lines.getItems().stream().anyMatch(l -> l.sku().equals(sku) && l.typedQuantity() == qty + 10)));
        WaitForAsyncUtils.asyncFx(() -> TestApp.screenshot(stage.getScene(), "purchase-order")).get();

        robot.clickOn("#sendButton");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> onFx(() -> header.getText().contains("Sent")));
        assertThat(robot.lookup("#sendButton").queryButton().isDisabled()).isTrue();
        assertThat(desk.engine().status().failedEdits()).isZero();

        UiDesk.clickTab(robot, "Supplier scorecard");
        @SuppressWarnings("unchecked")
        TableView<ScoreRow> scores = robot.lookup("#scoreTable").queryAs(TableView.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> onFx(() -> scores.getItems().size() == 12));
        assertThat(onFx(() -> scores.getItems().getFirst().planning())).endsWith("(actual)");
        WaitForAsyncUtils.asyncFx(() -> TestApp.screenshot(stage.getScene(), "supplier-scorecard")).get();
    }
}
