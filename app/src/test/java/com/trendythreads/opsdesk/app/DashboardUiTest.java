package com.trendythreads.opsdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.inject.Injector;
import com.trendythreads.opsdesk.api.PlatformClient;
import com.trendythreads.opsdesk.api.dto.admin.SimulatorTick;
import com.trendythreads.opsdesk.api.rules.SalesCalendar;
import com.trendythreads.opsdesk.api.service.AdminApi;
import com.trendythreads.opsdesk.cache.kpi.DrillTable;
import com.trendythreads.opsdesk.cache.kpi.Kpi;
import com.trendythreads.opsdesk.cache.kpi.KpiFilter;
import com.trendythreads.opsdesk.cache.kpi.KpiSource;
import com.trendythreads.opsdesk.cache.kpi.KpiValue;
import com.trendythreads.opsdesk.platform.DemoPlatform;
import com.trendythreads.opsdesk.viewmodels.common.Appearance;
import com.trendythreads.opsdesk.viewmodels.common.I18n;
import com.trendythreads.opsdesk.viewmodels.common.Theme;
import com.trendythreads.opsdesk.viewmodels.dashboard.DashboardPeriod;
import com.trendythreads.opsdesk.viewmodels.dashboard.DrillDownViewModel.RowItem;
import com.trendythreads.opsdesk.viewmodels.dashboard.FilterChoice;
import com.trendythreads.opsdesk.viewmodels.dashboard.KpiFormat;
import com.trendythreads.opsdesk.viewmodels.dashboard.KpiSources;
import com.trendythreads.opsdesk.viewmodels.shell.WorkspaceItem;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.PasswordField;
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

/// The Dashboards workspace through the real window, signed in as Mona Manager against the TINY demo
/// platform, on the real sources: the tiles show what the sources compute on the seeded data, a drill-down
/// lists the records behind a tile (an order in place, a stock row in inventory, a product in
/// the catalog editor), the "Stock" tab hosts the stock dashboard, orders the platform's
/// simulator places change the affected tiles live,
/// and offline the dashboard says how old its figures are.
@ExtendWith(ApplicationExtension.class)
class DashboardUiTest {

    @TempDir
    static Path tmp;

    private DemoPlatform platform;
    private Injector injector;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        platform = DemoPlatform.start(UiDesk.tinyPlatform(tmp.resolve("platform")).build());
        injector = TestApp.injector(TestApp.config(tmp.resolve("home"), Optional.of(platform.baseUrl())));
        new MainWindow(injector, stage).show();
        stage.setWidth(1440);
        stage.setHeight(900);
    }

    @Stop
    void stop() {
        OpsDesk.shutdown(injector);
        if (platform != null) {
            platform.close();
        }
    }

    private static String shown(FxRobot robot, Kpi kpi) throws Exception {
        return UiDesk.onFx(() -> robot.lookup("#kpi-value-" + kpi.name()).queryAs(Label.class).getText());
    }

    /// The drill-down's first row as drawn (the table keeps spare row cells out of sight).
    private static javafx.scene.Node firstRow(FxRobot robot) throws Exception {
        return UiDesk.onFx(() -> robot.lookup("#drillTable .table-row-cell").queryAll().stream()
                .filter(n -> n.isVisible() && ((javafx.scene.control.TableRow<?>) n).getIndex() == 0)
                .findFirst().orElseThrow());
    }

    private KpiSource sourceOf(Kpi kpi) {
        return injector.getInstance(KpiSources.class).current().stream().filter(s -> s.kpis().contains(kpi))
                .findFirst().orElseThrow();
    }

    /// What the tile must show for `filter`: the source's own figure, formatted.
    private String expected(Kpi kpi, KpiFilter filter) {
        KpiValue v = sourceOf(kpi).value(kpi, filter);
        return v.source() == KpiValue.Source.NOT_PERMITTED || v.source() == KpiValue.Source.UNAVAILABLE
                ? KpiFormat.NONE : new KpiFormat(injector.getInstance(I18n.class)).value(kpi, v.value());
    }

    private static KpiFilter today() {
        LocalDate d = SalesCalendar.saleDay(java.time.Instant.now());
        return KpiFilter.days(d, d);
    }

    @Test
    void tilesDrillDownAndALiveOrder(FxRobot robot) throws Exception {
        robot.clickOn("#username").write("mona.manager");
        robot.interact(() -> robot.lookup("#password").queryAs(PasswordField.class).clear());
        robot.clickOn("#password").write("demo");
        robot.clickOn("#signIn");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> robot.lookup("#lastSync").tryQuery()
                .map(n -> ((Label) n).getText().startsWith("Last sync")).orElse(false));
        robot.clickOn("Dashboards");

        // Every tile a source computes shows that source's figure for today (seeded data, all filters open).
        List<Kpi> local = List.of(Kpi.NET_SALES, Kpi.ORDERS, Kpi.AVERAGE_ORDER_VALUE, Kpi.RETURN_RATE_UNITS,
                Kpi.RETURN_RATE_ORDERS, Kpi.CAMPAIGN_REVENUE, Kpi.CODE_REDEMPTIONS, Kpi.SELL_THROUGH,
                Kpi.WEEKS_OF_COVER, Kpi.OUT_OF_STOCK_RATE, Kpi.BROKEN_SIZES, Kpi.FILL_RATE, Kpi.PICKS_PER_HOUR,
                Kpi.OPEN_TICKETS, Kpi.SLA_BREACHES);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !shown(robot, Kpi.NET_SALES).equals(KpiFormat.NONE)
                && !shown(robot, Kpi.OUT_OF_STOCK_RATE).equals(KpiFormat.NONE)
                && !shown(robot, Kpi.OPEN_TICKETS).equals(KpiFormat.NONE));
        WaitForAsyncUtils.waitForFxEvents();
        for (Kpi k : local) {
            assertThat(shown(robot, k)).as(k.name()).isEqualTo(expected(k, today()));
        }
        assertThat(UiDesk.onFx(() -> robot.lookup("#kpi-NET_SALES").queryAs(eu.hansolo.tilesfx.Tile.class).getTitle()))
                .isEqualTo("Net sales");
        // The pictures for the docs: the last 7 days, where the sparklines say something.
        robot.interact(() -> robot.lookup("#period").queryComboBox().getSelectionModel().select(DashboardPeriod.LAST_7_DAYS));
        KpiFilter week = today().withDays(today().from().minusDays(6), today().from());
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> shown(robot, Kpi.NET_SALES).equals(expected(Kpi.NET_SALES, week)));
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.asyncFx(() -> TestApp.screenshot(stage.getScene(), "dashboard-overview")).get();
        robot.interact(() -> injector.getInstance(Appearance.class).themeProperty().set(Theme.DARK));
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.asyncFx(() -> TestApp.screenshot(stage.getScene(), "dashboard-overview-dark")).get();
        robot.interact(() -> injector.getInstance(Appearance.class).themeProperty().set(Theme.LIGHT));

        // The orders behind the last 30 days: the same rows the source lists, in its order.
        robot.interact(() -> robot.lookup("#period").queryComboBox().getSelectionModel().select(DashboardPeriod.LAST_30_DAYS));
        KpiFilter month = today().withDays(today().from().minusDays(29), today().from());
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> shown(robot, Kpi.ORDERS).equals(expected(Kpi.ORDERS, month)));
        robot.clickOn("#kpi-ORDERS");
        @SuppressWarnings("unchecked")
        TableView<RowItem> drill = robot.lookup("#drillTable").queryAs(TableView.class);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> UiDesk.onFx(() -> !drill.getItems().isEmpty()));
        DrillTable behind = sourceOf(Kpi.ORDERS).records(Kpi.ORDERS, month);
        assertThat(UiDesk.onFx(() -> drill.getItems().stream().map(RowItem::id).toList()))
                .containsExactlyElementsOf(behind.rows().stream().map(DrillTable.Row::id).toList());
        assertThat(behind.rows()).isNotEmpty().allSatisfy(r -> assertThat(r.target()).isEqualTo(DrillTable.Target.ORDER));
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.asyncFx(() -> TestApp.screenshot(stage.getScene(), "dashboard-drilldown")).get();
        // Orders have their workspace (issue 8): a double-click opens the order there.
        String firstNumber = UiDesk.onFx(() -> drill.getItems().getFirst().cells().getFirst());
        robot.doubleClickOn(firstRow(robot));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#orderTitle").tryQuery()
                .map(n -> firstNumber.equals(((Label) n).getText())).orElse(false));
        robot.clickOn("Dashboards");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#kpi-ORDERS").tryQuery().isPresent());
        robot.lookup("#closeDrill").tryQuery().filter(javafx.scene.Node::isVisible).ifPresent(robot::clickOn);

        // The SKUs behind weeks of cover at one location are stock rows: one leads to the inventory grid,
        // narrowed to that SKU there.
        robot.interact(() -> {
            @SuppressWarnings("unchecked")
            javafx.scene.control.ComboBox<FilterChoice> loc = robot.lookup("#dashLocation").queryComboBox();
            loc.getSelectionModel().select(loc.getItems().stream().filter(c -> "WH-BER".equals(c.id())).findFirst().orElseThrow());
        });
        KpiFilter berlin = new KpiFilter(month.from(), month.to(), "WH-BER", null, java.util.Set.of());
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> shown(robot, Kpi.WEEKS_OF_COVER).equals(expected(Kpi.WEEKS_OF_COVER, berlin)));
        DrillTable stock = sourceOf(Kpi.WEEKS_OF_COVER).records(Kpi.WEEKS_OF_COVER, berlin);
        assertThat(stock.rows()).isNotEmpty().allSatisfy(r -> assertThat(r.target()).isEqualTo(DrillTable.Target.STOCK));
        robot.clickOn("#kpi-WEEKS_OF_COVER");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> UiDesk.onFx(() -> drill.getItems().stream().map(RowItem::id).toList())
                .equals(stock.rows().stream().map(DrillTable.Row::id).toList()));
        String stockId = stock.rows().getFirst().id();
        robot.doubleClickOn(firstRow(robot));
        @SuppressWarnings("unchecked")
        ListView<WorkspaceItem> nav = robot.lookup("#navigation").queryAs(ListView.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> UiDesk.onFx(() ->
                "Inventory".equals(nav.getSelectionModel().getSelectedItem().title())));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> UiDesk.onFx(() ->
                stockId.substring(stockId.indexOf('|') + 1).equals(robot.lookup("#search").queryAs(TextField.class).getText())));

        // Across all locations the same figure lists products: one opens in the catalog editor.
        robot.clickOn("Dashboards");
        robot.interact(() -> robot.lookup("#dashLocation").queryComboBox().getSelectionModel().selectFirst());
        DrillTable products = sourceOf(Kpi.WEEKS_OF_COVER).records(Kpi.WEEKS_OF_COVER, month);
        assertThat(products.rows()).isNotEmpty().allSatisfy(r -> assertThat(r.target()).isEqualTo(DrillTable.Target.PRODUCT));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> UiDesk.onFx(() -> drill.getItems().stream().map(RowItem::id).toList())
                .equals(products.rows().stream().map(DrillTable.Row::id).toList()));
        robot.doubleClickOn(firstRow(robot));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> UiDesk.onFx(() ->
                "Catalog".equals(nav.getSelectionModel().getSelectedItem().title())));
        javafx.scene.control.TabPane catalogTabs = robot.lookup("#catalogTabs").queryAs(javafx.scene.control.TabPane.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> UiDesk.onFx(() -> catalogTabs.getTabs().size() == 2
                && catalogTabs.getSelectionModel().getSelectedIndex() == 1));

        robot.clickOn("Dashboards");
        robot.clickOn("#closeDrill");

        // The "Stock" tab hosts the stock dashboard, live while it is shown.
        robot.clickOn("Stock");
        @SuppressWarnings("unchecked")
        TableView<?> low = robot.lookup("#lowStockTable").queryAs(TableView.class);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> UiDesk.onFx(() -> !low.getItems().isEmpty()));
        assertThat(UiDesk.onFx(() -> robot.lookup(".heat-header").queryAll().size())).isEqualTo(8);
        robot.clickOn("Overview");
        robot.interact(() -> robot.lookup("#period").queryComboBox().getSelectionModel().select(DashboardPeriod.TODAY));

        // Orders placed on the platform reach the cache through the live sync and change the order count.
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> shown(robot, Kpi.ORDERS).equals(expected(Kpi.ORDERS, today())));
        String before = shown(robot, Kpi.ORDERS);
        PlatformClient admin = PlatformClient.builder().baseUrl(platform.baseUrl()).build();
        admin.session().signIn("ada.admin", "demo");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (shown(robot, Kpi.ORDERS).equals(before) && System.nanoTime() < deadline) {
            admin.create(AdminApi.class).simulatorTick(new SimulatorTick(20));
            Thread.sleep(1_500);
        }
        assertThat(shown(robot, Kpi.ORDERS)).as("orders after the simulator's ticks").isNotEqualTo(before);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> shown(robot, Kpi.ORDERS).equals(expected(Kpi.ORDERS, today()))
                && shown(robot, Kpi.NET_SALES).equals(expected(Kpi.NET_SALES, today())));

        // The platform goes away: the figures stay, and say how old they are.
        platform.close();
        platform = null;
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> UiDesk.onFx(() ->
                robot.lookup("#asOfLabel").queryAs(Label.class).getText().startsWith("Offline: figures as of ")));
        assertThat(shown(robot, Kpi.ORDERS)).isNotEqualTo(KpiFormat.NONE);
    }
}
