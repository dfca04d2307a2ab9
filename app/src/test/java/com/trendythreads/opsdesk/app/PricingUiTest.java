package com.trendythreads.opsdesk.app;

import static com.trendythreads.opsdesk.app.UiDesk.onFx;
import static org.assertj.core.api.Assertions.assertThat;

import com.trendythreads.opsdesk.viewmodels.catalog.bulk.PreviewRow;
import com.trendythreads.opsdesk.viewmodels.pricing.SuggestionItem;
import com.trendythreads.opsdesk.views.pricing.PricingView;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;
import org.testfx.util.WaitForAsyncUtils;

/// mia.merch against a real TINY platform in the Pricing workspace: the suggestions list each style's
/// suggestion with its reason, a chosen style shows its what-if, and accepting three suggestions opens the
/// catalog's bulk preview of exactly their prices.
@ExtendWith(ApplicationExtension.class)
class PricingUiTest {

    @TempDir
    static Path tmp;

    private UiDesk desk;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        desk = UiDesk.withPlatform(stage, tmp);
        stage.setWidth(1600);
        stage.setHeight(900);
    }

    @Stop
    void stop() {
        desk.close();
    }

    @Test
    void suggestionsWithReasonsThenAcceptASubsetIntoTheBulkPreview(FxRobot robot) throws Exception {
        robot.clickOn("#username").write("mia.merch");
        UiDesk.signIn(robot, "demo");
        robot.clickOn("Pricing");
        PricingView view = UiDesk.view(robot, PricingView.class);
        @SuppressWarnings("unchecked")
        TableView<SuggestionItem> table = robot.lookup("#table").queryAs(TableView.class);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> onFx(() -> !table.getItems().isEmpty()));

        List<SuggestionItem> rows = onFx(() -> List.copyOf(table.getItems()));
        assertThat(rows).allSatisfy(r -> {
            assertThat(r.action()).matches("Mark down \\d+ %|Raise \\d+ %|Stop discounting");
            assertThat(r.reason()).isNotBlank();
        });
        // the rows are in the table a pulse before their cells are drawn
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> onFx(() -> robot.lookup(".table-cell")
                .match((javafx.scene.Node n) -> n instanceof javafx.scene.control.Labeled l && l.getText() != null
                        && l.getText().contains("sold through against")).tryQuery().isPresent()));
        assertThat(robot.lookup(".table-cell").match((javafx.scene.Node n) -> n instanceof javafx.scene.control.Labeled l
                && l.getText() != null && l.getText().contains("sold through against")).tryQuery()).isPresent();
        assertThat(robot.lookup("#summary").queryAs(Label.class).getText()).contains("styles");

        onFx(() -> {
            view.selectFirst(3);
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#whatIfTitle").queryAs(Label.class).getText()).startsWith("What-if: " + rows.get(2).title());
        onFx(() -> TestApp.screenshot(stage.getScene(), "price-suggestions"));

        SplitPane split = robot.lookup(".split-pane").queryAs(SplitPane.class);
        onFx(() -> {
            split.setDividerPositions(0.42);
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        onFx(() -> TestApp.screenshot(stage.getScene(), "price-what-if"));

        Set<String> chosen = rows.subList(0, 3).stream().map(SuggestionItem::productId).collect(Collectors.toSet());
        robot.clickOn("#accept");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> onFx(() -> robot.lookup("#previewTable").tryQuery()
                .map(t -> !((TableView<?>) t).getItems().isEmpty()).orElse(false)));
        @SuppressWarnings("unchecked")
        TableView<PreviewRow> preview = robot.lookup("#previewTable").queryAs(TableView.class);
        List<PreviewRow> previewRows = onFx(() -> List.copyOf(preview.getItems()));
        assertThat(previewRows).allSatisfy(r -> {
            assertThat(chosen).contains(r.productId());
            assertThat(r.fieldLabel()).isIn("Price", "Compare-at price");
        });
        assertThat(previewRows.stream().map(PreviewRow::productId).distinct().count()).isBetween(1L, 3L);
        assertThat(robot.lookup("#settings").query().isVisible()).as("nothing to choose in a planned change").isFalse();
        onFx(() -> TestApp.screenshot(stage.getScene(), "price-bulk-preview"));
    }
}
