package com.trendythreads.opsdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.inject.Injector;
import com.trendythreads.opsdesk.viewmodels.common.Appearance;
import com.trendythreads.opsdesk.viewmodels.common.Theme;
import com.trendythreads.opsdesk.viewmodels.dashboard.StockLineItem;
import com.trendythreads.opsdesk.viewmodels.inventory.StockItem;
import com.trendythreads.opsdesk.viewmodels.shell.WorkspaceItem;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
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

/// Demo mode (TINY seed), signed in as Mona Manager, Dashboards → Stock: the heatmap shows every category ×
/// location of the products on sale, the lists fill, a cell narrows them, and a low-stock row opens its stock
/// level in the inventory workspace.
@ExtendWith(ApplicationExtension.class)
class StockDashboardUiTest {

    @TempDir
    static Path tmp;

    private UiDesk desk;
    private Injector injector;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        desk = UiDesk.demo(stage, tmp);
        injector = desk.injector();
        stage.setWidth(1440);
        stage.setHeight(900);
    }

    @Stop
    void stop() {
        desk.close();
    }

    private static List<String> cellTexts(FxRobot robot) {
        return robot.lookup(".heat-cell").queryAll().stream().map(n -> ((Label) n).getText()).toList();
    }

    @Test
    void dashboardRendersNarrowsAndLeadsOn(FxRobot robot) throws Exception {
        javafx.scene.control.TextField url = robot.lookup("#platformUrl").queryAs(javafx.scene.control.TextField.class);
        WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS, () -> url.getText().startsWith("http://127.0.0.1:"));
        robot.clickOn("Mona Manager");
        robot.clickOn("#signIn");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> robot.lookup("#lastSync").tryQuery()
                .map(n -> ((Label) n).getText().startsWith("Last sync")).orElse(false));

        robot.clickOn("Dashboards");
        robot.clickOn("Stock");
        @SuppressWarnings("unchecked")
        TableView<StockLineItem> low = robot.lookup("#lowStockTable").queryAs(TableView.class);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> UiDesk.onFx(() -> !low.getItems().isEmpty()
                && !cellTexts(robot).isEmpty()));

        // TINY: 8 locations (one header each); a row per product category, one cell per location; most
        // cells have a figure (a category may have no stock at a store: an empty cell)
        int columns = UiDesk.onFx(() -> robot.lookup(".heat-header").queryAll().size());
        int rows = UiDesk.onFx(() -> robot.lookup(".heat-row-label").queryAll().size());
        assertThat(columns).isEqualTo(8);
        assertThat(rows).isGreaterThan(10);
        List<String> cover = UiDesk.onFx(() -> cellTexts(robot));
        assertThat(cover).hasSize(rows * columns);
        assertThat(cover.stream().filter(t -> t.matches("\\d+\\.\\d|99\\+|∞"))).hasSizeGreaterThan(rows * columns / 2);
        assertThat(UiDesk.onFx(() -> low.getItems().stream().map(StockLineItem::figure).toList()))
                .allSatisfy(d -> assertThat(d).matches("[A-Z][a-z]{2} \\d{1,2} [A-Z][a-z]{2}"));
        assertThat(UiDesk.onFx(() -> robot.lookup("#lowStockTitle").queryAs(Label.class).getText()))
                .matches("Running out within 8 weeks \\(\\d+\\)");

        // dark, weeks of cover; then light, availability (TINY sells little: its cover is mostly 99+ weeks,
        // availability shows more), the screenshot the docs show
        robot.interact(() -> injector.getInstance(Appearance.class).themeProperty().set(Theme.DARK));
        WaitForAsyncUtils.waitForFxEvents();
        UiDesk.onFx(() -> TestApp.screenshot(stage.getScene(), "stock-dashboard-cover-dark"));
        robot.interact(() -> injector.getInstance(Appearance.class).themeProperty().set(Theme.LIGHT));
        robot.clickOn("#availabilityToggle");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> UiDesk.onFx(() -> cellTexts(robot).stream()
                .filter(t -> !t.isEmpty()).allMatch(t -> t.endsWith("%"))));
        WaitForAsyncUtils.waitForFxEvents();
        UiDesk.onFx(() -> TestApp.screenshot(stage.getScene(), "stock-dashboard"));
        robot.clickOn("#coverToggle");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> UiDesk.onFx(() -> cellTexts(robot).stream()
                .noneMatch(t -> t.endsWith("%"))));

        // a cell narrows the lists to its category and location
        Node cell = UiDesk.onFx(() -> robot.lookup(".heat-cell").queryAll().stream()
                .filter(n -> !n.getStyleClass().contains("heat-none")).findFirst().orElseThrow());
        robot.clickOn(cell);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> UiDesk.onFx(() -> robot.lookup("#scope").queryAs(Label.class)
                .getText().startsWith("Lists narrowed to")));
        assertThat(UiDesk.onFx(() -> low.getItems().stream().map(StockLineItem::stockId).toList()))
                .allSatisfy(id -> assertThat(cell.getId()).endsWith("-" + id.substring(0, id.indexOf('|'))));
        WaitForAsyncUtils.waitForFxEvents();

        // back to every cell, then a low-stock row opens its stock level in the inventory workspace
        robot.clickOn(robot.lookup("#" + cell.getId()).queryAs(Node.class)); // the heatmap was drawn anew
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> UiDesk.onFx(() -> robot.lookup("#scope").queryAs(Label.class)
                .getText().startsWith("Click a cell")));
        StockLineItem first = UiDesk.onFx(() -> low.getItems().getFirst());
        robot.interact(() -> low.getSelectionModel().select(0));
        robot.doubleClickOn(robot.from(low).lookup(first.sku()).queryAs(Node.class));
        try {
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#stockTable").tryQuery().isPresent());
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("no inventory; link " + injector.getInstance(
                    com.trendythreads.opsdesk.viewmodels.shell.RecordLinks.class).requestedProperty().get(), e);
        }
        @SuppressWarnings("unchecked")
        TableView<StockItem> grid = robot.lookup("#stockTable").queryAs(TableView.class);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> UiDesk.onFx(() -> {
            StockItem s = grid.getSelectionModel().getSelectedItem();
            return s != null && (s.locationId() + "|" + s.sku()).equals(first.stockId());
        }));
        assertThat(UiDesk.onFx(() -> ((WorkspaceItem) robot.lookup("#navigation").queryAs(ListView.class)
                .getSelectionModel().getSelectedItem()).id())).isEqualTo("inventory");
    }
}
