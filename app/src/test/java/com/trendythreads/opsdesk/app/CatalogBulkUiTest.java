package com.trendythreads.opsdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.LongNode;
import com.google.inject.Injector;
import com.trendythreads.opsdesk.api.PlatformClient;
import com.trendythreads.opsdesk.api.dto.catalog.Product;
import com.trendythreads.opsdesk.cache.LocalData;
import com.trendythreads.opsdesk.cache.catalog.CatalogJobs;
import com.trendythreads.opsdesk.cache.catalog.ProductFields;
import com.trendythreads.opsdesk.platform.DemoPlatform;
import com.trendythreads.opsdesk.viewmodels.catalog.bulk.PreviewRow;
import com.trendythreads.opsdesk.viewmodels.catalog.jobs.JobItem;
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
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.TitledPane;
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
/// Undoing a 60-product price job from "Recent changes" asks for the password first (issue 10).
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

        // Lane security (issue 10): undoing a price job of 60 products from "Recent changes" asks first.
        List<String> sixty = data.products().list(null, null, 60).stream().map(Product::id).toList();
        long bigJob = data.jobs().run(CatalogJobs.Kind.BULK, "Price +1.00", sixty.stream().map(id ->
                new CatalogJobs.ProductEdit(id, data.products().get(id).orElseThrow().variants().stream()
                        .map(v -> new CatalogJobs.FieldEdit(ProductFields.variant(v.sku(), "priceCents"),
                                LongNode.valueOf(v.priceCents()), LongNode.valueOf(v.priceCents() + 100))).toList()))
                .toList(), (d, t) -> { }, () -> false).job().id();
        Map<String, Long> raised = localPrices(data, sixty);
        @SuppressWarnings("unchecked")
        ListView<JobItem> jobList = robot.from(table.getScene().getRoot()).lookup("#jobList").queryAs(ListView.class);
        robot.interact(() -> {
            Parent p = jobList.getParent();
            while (!(p instanceof TitledPane)) {
                p = p.getParent();
            }
            ((TitledPane) p).setExpanded(true);
        });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> !jobList.getItems().isEmpty() && jobList.getItems().getFirst().id() == bigJob);
        robot.interact(() -> jobList.getSelectionModel().select(0));
        robot.clickOn("#undoJobButton");
        Parent recent = jobList.getParent();
        Label hint = robot.from(recent).lookup("#undoStepUpHint").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> hint.getParent().isVisible());
        assertThat(hint.getText())
                .isEqualTo("This undo changes the prices of 60 products (50 or more): enter your password to undo it.");
        robot.clickOn(robot.from(recent).lookup("#undoStepUpPassword").queryAs(Node.class)).write("wrong");
        WaitForAsyncUtils.asyncFx(() -> TestApp.screenshot(jobList.getScene(), "undo-step-up")).get();
        robot.clickOn(robot.from(recent).lookup("#undoStepUpConfirm").queryAs(Node.class));
        Label error = robot.from(recent).lookup("#undoStepUpError").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !error.getText().isEmpty());
        assertThat(error.getText()).startsWith("Your password was not accepted; nothing was done.");
        robot.clickOn(robot.from(recent).lookup("#undoStepUpCancel").queryAs(Node.class));
        assertThat(hint.getParent().isVisible()).isFalse();
        assertThat(localPrices(data, sixty)).as("nothing undone").isEqualTo(raised);
        assertThat(data.jobs().job(bigJob).orElseThrow().undoneBy()).isNull();
        CatalogScreens.signOut(robot, injector);
    }
}
