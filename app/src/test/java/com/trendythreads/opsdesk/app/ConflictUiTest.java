package com.trendythreads.opsdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.google.inject.Injector;
import com.trendythreads.opsdesk.api.IdempotencyKeys;
import com.trendythreads.opsdesk.api.PlatformClient;
import com.trendythreads.opsdesk.api.Versioned;
import com.trendythreads.opsdesk.api.dto.catalog.Product;
import com.trendythreads.opsdesk.api.dto.catalog.ProductPatch;
import com.trendythreads.opsdesk.api.service.CatalogApi;
import com.trendythreads.opsdesk.cache.store.ResourceType;
import com.trendythreads.opsdesk.platform.DemoPlatform;
import com.trendythreads.opsdesk.platform.PlatformConfig;
import com.trendythreads.opsdesk.platform.Scale;
import com.trendythreads.opsdesk.platform.db.Database;
import com.trendythreads.opsdesk.viewmodels.session.SessionState;
import com.trendythreads.opsdesk.viewmodels.sync.ConflictItem;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.PasswordField;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;
import org.testfx.util.WaitForAsyncUtils;

/// An edit made offline collides with a change made on the platform meanwhile; "Sync & conflicts" shows the
/// conflict with both values, and "Keep mine" sends the local value.
@ExtendWith(ApplicationExtension.class)
class ConflictUiTest {

    @TempDir
    static Path tmp;

    private DemoPlatform platform;
    private int port;
    private Injector injector;
    private Stage stage;

    private PlatformConfig platformConfig(int p) {
        return PlatformConfig.builder().database(new Database.Location.H2File(tmp.resolve("platform")))
                .scale(Scale.TINY).passwordIterations(1_000).port(p).build();
    }

    @Start
    void start(Stage stage) {
        this.stage = stage;
        platform = DemoPlatform.start(platformConfig(0));
        port = platform.port();
        injector = TestApp.injector(TestApp.config(tmp.resolve("home"), Optional.of(platform.baseUrl())));
        new MainWindow(injector, stage).show();
    }

    @Stop
    void stop() {
        OpsDesk.shutdown(injector);
    }

    @AfterEach
    void stopPlatform() {
        if (platform != null) {
            platform.close();
        }
    }

    private static Label label(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class);
    }

    private void signIn(FxRobot robot) throws Exception {
        robot.interact(() -> robot.lookup("#password").queryAs(PasswordField.class).clear());
        robot.clickOn("#password").write("demo");
        robot.clickOn("#signIn");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#lastSync").tryQuery()
                .map(n -> ((Label) n).getText().startsWith("Last sync")).orElse(false));
    }

    private PlatformClient admin() {
        PlatformClient c = PlatformClient.builder().baseUrl(platform.baseUrl()).build();
        c.session().signIn("ada.admin", "demo");
        return c;
    }

    @Test
    void aFieldConflictIsShownWithBothValuesAndKeepMineSendsMine(FxRobot robot) throws Exception {
        robot.clickOn("#username").write("mia.merch");
        signIn(robot);
        String productId;
        try (PlatformClient admin = admin()) {
            productId = admin.create(CatalogApi.class).listProducts(null, 1, null, null, null, null, null, null)
                    .items().getFirst().id();
        }

        // Offline: the edit waits in the outbox, based on the version the cache has.
        platform.close();
        platform = null;
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> label(robot, "#connectivity").getText().equals("Offline"));
        SessionState sessions = injector.getInstance(SessionState.class);
        sessions.current().engine().orElseThrow().edits().update(ResourceType.PRODUCT, productId,
                JsonNodeFactory.instance.objectNode().put("title", "Title from Ops Desk"), "Rename the product");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> label(robot, "#edits").getText().equals("1 pending"));
        WaitForAsyncUtils.asyncFx(() -> SessionState.close(sessions.detach(), false)).get();

        // Meanwhile someone renames it on the platform.
        platform = DemoPlatform.start(platformConfig(port));
        try (PlatformClient admin = admin()) {
            CatalogApi catalog = admin.create(CatalogApi.class);
            Versioned<Product> current = catalog.getProduct(productId);
            catalog.updateProduct(productId, IdempotencyKeys.newKey(), current.ifMatch(),
                    new ProductPatch("Title from the platform", null, null, null, null, null, null, null, null, null, null));
        }

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#signIn").tryQuery().isPresent());
        signIn(robot);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> label(robot, "#conflicts").getText().equals("1 conflict"));

        robot.clickOn("Sync & conflicts");
        @SuppressWarnings("unchecked")
        ListView<ConflictItem> conflicts = robot.lookup("#conflictList").queryAs(ListView.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> conflicts.getItems().size() == 1);
        robot.clickOn("Rename the product");
        assertThat(robot.lookup("Title from Ops Desk").tryQuery()).as("my value").isPresent();
        assertThat(robot.lookup("Title from the platform").tryQuery()).as("the platform's value").isPresent();
        WaitForAsyncUtils.asyncFx(() -> TestApp.screenshot(stage.getScene(), "sync-conflict")).get();

        robot.clickOn("#keepMineButton");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> label(robot, "#conflicts").getText().equals("no conflicts")
                && label(robot, "#edits").getText().equals("0 pending"));
        try (PlatformClient admin = admin()) {
            assertThat(admin.create(CatalogApi.class).getProduct(productId).body().title()).isEqualTo("Title from Ops Desk");
        }
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> conflicts.getItems().isEmpty());
    }
}
