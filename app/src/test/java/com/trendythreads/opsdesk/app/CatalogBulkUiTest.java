package com.trendythreads.opsdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.inject.Injector;
import com.trendythreads.opsdesk.api.PlatformClient;
import com.trendythreads.opsdesk.api.dto.catalog.Product;
import com.trendythreads.opsdesk.cache.LocalData;
import com.trendythreads.opsdesk.platform.DemoPlatform;
import com.trendythreads.opsdesk.viewmodels.catalog.bulk.PreviewRow;
import com.trendythreads.opsdesk.viewmodels.session.SessionState;
import com.trendythreads.opsdesk.views.catalog.bulk.BulkChangeView;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
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

/// Bulk −10 % on 15 products: the preview lists every price before → after, apply runs as one job, the
/// platform gets the new prices, and "Undo this change" brings every price back, locally and on the platform.
@ExtendWith(ApplicationExtension.class)
class CatalogBulkUiTest {

    @TempDir
    static Path tmp;

    private static DemoPlatform platform;
    private Injector injector;

    /// Seeding takes a while on a busy machine: before the toolkit's setup clock starts.
    @BeforeAll
    static void startPlatform() {
        platform = DemoPlatform.start(UiDesk.tinyPlatform(tmp.resolve("platform")).build());
    }

    @AfterAll
    static void stopPlatform() {
        platform.close();
    }

    @Start
    void start(Stage stage) {
        injector = TestApp.injector(TestApp.config(tmp.resolve("home"), Optional.of(platform.baseUrl())));
        new MainWindow(injector, stage).show();
    }

    @Stop
    void stop() {
        OpsDesk.shutdown(injector);
    }

    private Map<String, Long> localPrices(LocalData data, List<String> ids) {
        Map<String, Long> out = new HashMap<>();
        for (String id : ids) {
            data.products().get(id).orElseThrow().variants().forEach(v -> out.put(v.sku(), v.priceCents()));
        }
        return out;
    }

    private static boolean synced(LocalData data) {
        return data.db().read(h -> h.createQuery("SELECT COUNT(*) FROM outbox").mapTo(Long.class).one()) == 0;
    }

    @Test
    void minusTenPercentWithPreviewApplyAndUndoRestoringEveryPrice(FxRobot robot) throws Exception {
        CatalogScreens.signIn(robot, "mia.merch");
        LocalData data = injector.getInstance(SessionState.class).current().data();
        List<String> ids = data.products().list(null, null, 15).stream().map(Product::id).toList();
        Map<String, Long> before = localPrices(data, ids);
        try (PlatformClient admin = CatalogScreens.admin(platform.baseUrl())) {
            assertThat(CatalogScreens.platformPrices(admin, ids)).isEqualTo(before);
        }
        Map<String, Long> minusTen = new HashMap<>();
        before.forEach((sku, p) -> minusTen.put(sku, BigDecimal.valueOf(p * 90L)
                .divide(BigDecimal.valueOf(100), 0, RoundingMode.HALF_UP).longValue()));

        BulkChangeView view = CatalogScreens.open(injector, BulkChangeView.class);
        robot.interact(() -> view.viewModel().start(ids));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> robot.lookup("#selection").queryAs(Label.class).getText().startsWith("15 products"));
        robot.clickOn("#amount").write("-10");
        robot.clickOn("#previewButton");
        @SuppressWarnings("unchecked")
        TableView<PreviewRow> table = robot.lookup("#previewTable").queryAs(TableView.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> table.getItems().size() == before.size());
        assertThat(table.getItems()).allSatisfy(r -> {
            assertThat(r.valid()).isTrue();
            assertThat(r.after().asLong()).isEqualTo(minusTen.get(r.sku()));
        });
        WaitForAsyncUtils.asyncFx(() -> TestApp.screenshot(table.getScene(), "catalog-bulk-preview")).get();

        robot.clickOn("#applyButton");
        assertThat(robot.lookup("#confirmText").queryAs(Label.class).getText())
                .isEqualTo("Change " + before.size() + " prices on 15 products?");
        robot.clickOn("#confirmButton");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#undoButton").query().isVisible());
        assertThat(robot.lookup("#message").queryAs(Label.class).getText())
                .startsWith("Done: " + before.size() + " fields changed on 15 products");
        assertThat(localPrices(data, ids)).isEqualTo(minusTen);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> synced(data));
        try (PlatformClient admin = CatalogScreens.admin(platform.baseUrl())) {
            assertThat(CatalogScreens.platformPrices(admin, ids)).isEqualTo(minusTen);
        }

        robot.clickOn("#undoButton");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS,
                () -> robot.lookup("#message").queryAs(Label.class).getText().startsWith("Undone"));
        assertThat(robot.lookup("#message").queryAs(Label.class).getText())
                .isEqualTo("Undone: " + before.size() + " fields restored on 15 products; 0 fields kept because they were changed since.");
        assertThat(robot.lookup("#undoButton").query().isVisible()).isFalse();
        assertThat(localPrices(data, ids)).isEqualTo(before);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> synced(data));
        try (PlatformClient admin = CatalogScreens.admin(platform.baseUrl())) {
            assertThat(CatalogScreens.platformPrices(admin, ids)).isEqualTo(before);
        }
        CatalogScreens.signOut(robot, injector);
    }
}
