package com.trendythreads.opsdesk.app;

import static com.trendythreads.opsdesk.app.UiDesk.onFx;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import atlantafx.base.theme.Styles;
import com.google.inject.Injector;
import com.trendythreads.opsdesk.api.dto.campaigns.PromoCode;
import com.trendythreads.opsdesk.api.service.CampaignsApi;
import com.trendythreads.opsdesk.viewmodels.promo.PromoCodeItem;
import com.trendythreads.opsdesk.viewmodels.promo.PromoCodesViewModel;
import com.trendythreads.opsdesk.viewmodels.promo.PromoImportViewModel;
import com.trendythreads.opsdesk.views.promo.PromoCodesView;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
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

/// mark.marketing against a real TINY platform, in the Campaigns workspace's "Promo codes" tab: a code typed with a wrong percentage shows the error on the field and
/// cannot be saved, the corrected one shows in the list and reaches the platform; an import shows its rows
/// with their problems before anything is stored.
@ExtendWith(ApplicationExtension.class)
class PromoCodesUiTest {

    @TempDir
    static Path tmp;

    private UiDesk desk;
    private Injector injector;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        desk = UiDesk.withPlatform(stage, tmp);
        stage.setWidth(1440);
        stage.setHeight(900);
        injector = desk.injector();
    }

    @Stop
    void stop() {
        desk.close();
    }

    @Test
    void createACodeThenPreviewAnImport(FxRobot robot) throws Exception {
        robot.clickOn("#username").write("mark.marketing");
        UiDesk.signIn(robot, "demo");

        // Mark lands in the Campaigns workspace; its "Promo codes" tab
        UiDesk.clickTab(robot, "Promo codes");
        Node scope = robot.lookup("#promoCodesSpot").query();
        PromoCodesView view = UiDesk.view(robot, PromoCodesView.class);
        PromoCodesViewModel vm = view.viewModel();
        Stage window = stage;
        @SuppressWarnings("unchecked")
        TableView<PromoCodeItem> table = robot.from(scope).lookup("#promoCodes").queryAs(TableView.class);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> onFx(() -> !table.getItems().isEmpty()));
        int before = onFx(() -> table.getItems().size());

        robot.clickOn("#promoCode").write("UITEST10");
        TextField value = robot.from(scope).lookup("#promoEditor #termValue").queryAs(TextField.class);
        robot.clickOn(value).write("150");
        Button save = robot.from(scope).lookup("#promoSave").queryAs(Button.class);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(value.getPseudoClassStates()).contains(Styles.STATE_DANGER);
        assertThat(save.isDisabled()).isTrue();
        onFx(() -> TestApp.screenshot(window.getScene(), "promo-codes"));

        robot.interact(value::clear);
        robot.clickOn(value).write("15");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(value.getPseudoClassStates()).doesNotContain(Styles.STATE_DANGER);
        robot.clickOn(save);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> onFx(() -> table.getItems().stream()
                .anyMatch(r -> r.codeText().equals("UITEST10") && r.value().equals("15 %"))));
        assertThat(onFx(() -> table.getItems().size())).isEqualTo(before + 1);
        // Pushed through the outbox: the platform has it once.
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> desk.engine().status().pendingEdits() == 0);
        try (var admin = desk.admin()) {
            assertThat(admin.create(CampaignsApi.class).listPromoCodes(null, 50, null, null, "UITEST").items())
                    .extracting(PromoCode::code, PromoCode::value).containsExactly(tuple("UITEST10", 15L));
        }

        Path csv = tmp.resolve("import.csv");
        Files.writeString(csv, """
                code,type,value,validFrom,validUntil,usageLimitTotal
                SPRING15,PERCENT,15,2027-03-01T00:00:00Z,2027-03-31T22:00:00Z,500
                UITEST10,PERCENT,10,2027-03-01T00:00:00Z,,
                HALF,PERCENT,150,2027-03-01T00:00:00Z,,
                LATE,FIXED_AMOUNT,500,2027-03-31T00:00:00Z,2027-03-01T00:00:00Z,
                """);
        onFx(() -> {
            view.showImport();
            vm.importer().open(csv);
            return null;
        });
        @SuppressWarnings("unchecked")
        TableView<PromoImportViewModel.Row> rows = robot.from(scope).lookup("#importRows").queryAs(TableView.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> onFx(() -> rows.getItems().size() == 4));
        assertThat(onFx(() -> rows.getItems().stream().map(PromoImportViewModel.Row::problems).toList()))
                .containsExactly("", "Code: The code UITEST10 exists already.",
                        "Value: A percentage between 0 and 100.", "Valid until: The end must be after the start.");
        assertThat(robot.from(scope).lookup("#importSummary").queryAs(Label.class).getText())
                .isEqualTo("1 row can be imported, 3 have errors. Nothing is stored until you confirm.");
        assertThat(onFx(() -> table.getItems().stream().noneMatch(r -> r.codeText().equals("SPRING15")))).isTrue();
        onFx(() -> TestApp.screenshot(window.getScene(), "promo-codes-import"));

        robot.clickOn("#importConfirm");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> onFx(() -> table.getItems().stream()
                .anyMatch(r -> r.codeText().equals("SPRING15"))));
    }
}
