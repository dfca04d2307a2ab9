package com.trendythreads.opsdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.inject.Injector;
import com.trendythreads.opsdesk.viewmodels.inventory.ReplenishmentViewModel.SuggestionItem;
import com.trendythreads.opsdesk.viewmodels.inventory.StockItem;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;
import org.testfx.util.WaitForAsyncUtils;

/// Demo mode, signed in as Walt Warehouse: the Inventory workspace shows the stock grid, an adjustment
/// typed into the detail pane changes the row's available at once, and replenishment forecasts a location.
@ExtendWith(ApplicationExtension.class)
class InventoryUiTest {

    @TempDir
    static Path home;

    private Injector injector;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        injector = TestApp.injector(TestApp.config(home, Optional.empty()));
        new MainWindow(injector, stage).show();
        stage.setWidth(1440);
        stage.setHeight(860);
    }

    @Stop
    void stop() {
        OpsDesk.shutdown(injector);
    }

    /// The header texts as drawn (a header too narrow for its text shows it cut with "...").
    private static java.util.List<String> shownHeaders(TableView<?> table) {
        return table.lookupAll(".column-header").stream()
                .filter(n -> n.isVisible() && !n.getStyleClass().contains("filler"))
                .flatMap(n -> n.lookupAll(".text").stream())
                .filter(t -> t instanceof javafx.scene.text.Text)
                .map(t -> ((javafx.scene.text.Text) t).getText()).toList();
    }

    @Test
    void stockGridAdjustmentAndReplenishment(FxRobot robot) throws Exception {
        TextField url = robot.lookup("#platformUrl").queryAs(TextField.class);
        WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS, () -> url.getText().startsWith("http://127.0.0.1:"));
        robot.clickOn("Walt Warehouse");
        robot.clickOn("#signIn");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> robot.lookup("#lastSync").tryQuery()
                .map(n -> ((Label) n).getText().startsWith("Last sync")).orElse(false));

        robot.clickOn("Inventory");
        @SuppressWarnings("unchecked")
        TableView<StockItem> grid = robot.lookup("#stockTable").queryAs(TableView.class);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> UiDesk.onFx(() -> grid.getItems().size()) > 100);
        Label summary = robot.lookup("#stockSummary").queryAs(Label.class);
        assertThat(summary.getText()).matches("[\\d,]+ of [\\d,]+ stock levels");

        // Search narrows the grid as one types.
        robot.clickOn("#search").write("WH");
        robot.interact(() -> robot.lookup("#search").queryAs(TextField.class).clear());
        robot.interact(() -> robot.lookup("#stockLocation").queryComboBox().getSelectionModel().select("WH-BER"));
        // The grid's rows are made on the FX thread as they are shown: read them there.
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> UiDesk.onFx(() -> grid.getItems().stream().limit(50)
                .allMatch(i -> i.locationId().equals("WH-BER"))));

        StockItem row = UiDesk.onFx(() -> grid.getItems().stream().filter(i -> i.onHandProperty().get() > 2).findFirst()
                .orElseThrow());
        int before = UiDesk.onFx(() -> row.availableProperty().get());
        robot.interact(() -> {
            grid.getSelectionModel().select(row);
            grid.scrollTo(Math.max(0, grid.getItems().indexOf(row) - 3));
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#delta").write("-2");
        robot.interact(() -> robot.lookup("#reason").queryComboBox().getSelectionModel().selectFirst());
        robot.clickOn("#note").write("Torn seam");
        WaitForAsyncUtils.asyncFx(() -> TestApp.screenshot(stage.getScene(), "inventory-stock-grid")).get();
        // Headers fit at 1440x860, a level that did not sell says so, an empty history says so in words.
        assertThat(UiDesk.onFx(() -> shownHeaders(grid))).hasSizeGreaterThanOrEqualTo(10).allSatisfy(h -> assertThat(h).doesNotContain("...").doesNotContain("…"));
        assertThat(UiDesk.onFx(() -> robot.lookup(".table-cell.no-sales").queryAll().stream()
                .map(n -> ((javafx.scene.control.Labeled) n).getText()).distinct().toList())).containsExactly("no sales");
        assertThat(UiDesk.onFx(() -> ((Label) robot.lookup("#history").queryAs(TableView.class).getPlaceholder()).getText()))
                .isEqualTo("No movements");
        Button adjust = robot.lookup("#adjustButton").queryButton();
        assertThat(adjust.isDisabled()).isFalse();
        robot.clickOn(adjust);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> UiDesk.onFx(() -> row.availableProperty().get()) == before - 2);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#delta").queryAs(TextField.class).getText()).isEmpty();
        // The cell on screen shows the new figure.
        assertThat(UiDesk.onFx(() -> robot.lookup(".table-row-cell").queryAll().stream()
                .filter(n -> n instanceof javafx.scene.control.TableRow<?> r && r.getItem() == row).findFirst()))
                .isPresent();

        // Replenishment for Berlin.
        robot.interact(() -> robot.lookup("#tabs").queryAs(TabPane.class).getSelectionModel().select(3));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !robot.lookup("#computeButton").queryButton().isDisabled());
        robot.clickOn("#computeButton");
        @SuppressWarnings("unchecked")
        TableView<SuggestionItem> suggestions = robot.lookup("#suggestionTable").queryAs(TableView.class);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !suggestions.getItems().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(suggestions.getItems()).allSatisfy(s -> assertThat(s.suggested()).isPositive());
        WaitForAsyncUtils.asyncFx(() -> TestApp.screenshot(stage.getScene(), "inventory-replenishment")).get();
        assertThat(UiDesk.onFx(() -> shownHeaders(suggestions))).hasSize(11) // + "Lead time" (lane supply)
               .allSatisfy(h -> assertThat(h).doesNotContain("...").doesNotContain("…"));

        // The stock grid in the dark theme: the out-of-stock and low rows must stay readable there too.
        try {
            robot.interact(() -> {
                javafx.application.Application.setUserAgentStylesheet(
                        new atlantafx.base.theme.PrimerDark().getUserAgentStylesheet());
                robot.lookup("#tabs").queryAs(TabPane.class).getSelectionModel().select(0);
            });
            WaitForAsyncUtils.waitForFxEvents();
            WaitForAsyncUtils.asyncFx(() -> TestApp.screenshot(stage.getScene(), "inventory-stock-grid-dark")).get();
        } finally {
            robot.interact(() -> javafx.application.Application.setUserAgentStylesheet(
                    new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet()));
        }
    }
}
