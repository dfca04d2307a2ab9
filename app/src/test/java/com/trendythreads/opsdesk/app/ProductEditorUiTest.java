package com.trendythreads.opsdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.inject.Injector;
import com.trendythreads.opsdesk.api.PlatformClient;
import com.trendythreads.opsdesk.api.dto.catalog.Product;
import com.trendythreads.opsdesk.api.dto.catalog.Variant;
import com.trendythreads.opsdesk.api.service.CatalogApi;
import com.trendythreads.opsdesk.platform.DemoPlatform;
import com.trendythreads.opsdesk.platform.PlatformConfig;
import com.trendythreads.opsdesk.viewmodels.catalog.ProductRowViewModel;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;
import org.testfx.util.WaitForAsyncUtils;

/// Search → open → change a price → save while the platform is stopped → restart: through the real window,
/// the platform has the new price exactly once (one new version) after it is back.
@ExtendWith(ApplicationExtension.class)
class ProductEditorUiTest {

    @TempDir
    static Path tmp;

    private static DemoPlatform platform;
    private static int port;
    private Injector injector;
    private Stage stage;

    /// Seeding takes a while on a busy machine; outside TestFX's setup timeout.
    @BeforeAll
    static void startPlatform() {
        platform = DemoPlatform.start(platformConfig(0));
        port = platform.port();
    }

    private static PlatformConfig platformConfig(int p) {
        return UiDesk.tinyPlatform(tmp.resolve("platform")).port(p).build();
    }

    @Start
    void start(Stage stage) {
        this.stage = stage;
        stage.setWidth(1400);
        stage.setHeight(900);
        injector = TestApp.injector(TestApp.config(tmp.resolve("home"), Optional.of(platform.baseUrl())));
        new MainWindow(injector, stage).show();
    }

    @Stop
    void stop() {
        OpsDesk.shutdown(injector);
    }

    @AfterAll
    static void stopPlatform() {
        if (platform != null) {
            platform.close();
        }
    }

    private static Label label(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class);
    }

    private Product read(String id) {
        try (PlatformClient c = PlatformClient.builder().baseUrl(platform.baseUrl()).build()) {
            c.session().signIn("ada.admin", "demo");
            return c.create(CatalogApi.class).getProduct(id).body();
        }
    }

    @Test
    void aPriceSavedWhileThePlatformIsStoppedArrivesOnceWhenItIsBack(FxRobot robot) throws Exception {
        robot.clickOn("#username").write("mia.merch");
        robot.interact(() -> robot.lookup("#password").queryAs(PasswordField.class).clear());
        robot.clickOn("#password").write("demo");
        robot.clickOn("#signIn");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> robot.lookup("#lastSync").tryQuery()
                .map(n -> ((Label) n).getText().startsWith("Last sync")).orElse(false));
        String id = "prd_000003";
        Product before = read(id);
        Variant first = before.variants().getFirst();

        platform.close();
        platform = null;
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> label(robot, "#connectivity").getText().equals("Offline"));

        // Find it the way a merchandiser does: search the catalog by SKU and open the row.
        robot.clickOn("Catalog");
        TableView<?> table = robot.lookup("#productTable").queryAs(TableView.class);
        robot.clickOn("#catalogSearch").write(first.sku());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !table.getItems().isEmpty()
                && ((ProductRowViewModel) table.getItems().getFirst()).id().equals(id));
        robot.doubleClickOn(before.title());
        TabPane tabs = robot.lookup("#catalogTabs").queryAs(TabPane.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> tabs.getTabs().size() == 2);
        String cellId = "cell-" + first.size() + "-" + first.colour();
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS,
                () -> robot.lookup((javafx.scene.Node n) -> cellId.equals(n.getId())).tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();

        TextField price = robot.lookup((javafx.scene.Node n) -> cellId.equals(n.getId())).queryAs(TextField.class);
        robot.clickOn(price).press(KeyCode.CONTROL).press(KeyCode.A).release(KeyCode.A).release(KeyCode.CONTROL);
        robot.write("abc");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("Type an amount such as 49.99.").tryQuery()).as("shown beside the cell").isPresent();
        assertThat(robot.lookup("#saveButton").queryButton().isDisabled()).isTrue();
        long newPrice = first.priceCents() - 500;
        robot.interact(() -> price.setText(""));
        robot.clickOn(price).write(String.format(java.util.Locale.ENGLISH, "%.2f", newPrice / 100.0));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#dirtyLabel").query().isVisible()).as("unsaved changes shown").isTrue();
        WaitForAsyncUtils.asyncFx(() -> TestApp.screenshot(stage.getScene(), "catalog-editor")).get();
        robot.clickOn("#saveButton");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> label(robot, "#edits").getText().equals("1 pending"));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !robot.lookup("#dirtyLabel").query().isVisible());

        platform = DemoPlatform.start(platformConfig(port));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> label(robot, "#edits").getText().equals("0 pending"));
        Product after = read(id);
        assertThat(after.version()).as("applied exactly once").isEqualTo(before.version() + 1);
        assertThat(after.variants().getFirst().priceCents()).isEqualTo(newPrice);
        assertThat(after.variants()).as("the other variants kept").hasSameSizeAs(before.variants());
        assertThat(after.title()).isEqualTo(before.title());
    }
}
