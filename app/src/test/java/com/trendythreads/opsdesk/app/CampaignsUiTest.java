package com.trendythreads.opsdesk.app;

import static com.trendythreads.opsdesk.app.UiDesk.onFx;
import static org.assertj.core.api.Assertions.assertThat;

import com.trendythreads.opsdesk.api.PlatformClient;
import com.trendythreads.opsdesk.api.dto.campaigns.Campaign;
import com.trendythreads.opsdesk.api.dto.campaigns.CampaignStatus;
import com.trendythreads.opsdesk.api.dto.campaigns.Segment;
import com.trendythreads.opsdesk.api.service.CampaignsApi;
import com.trendythreads.opsdesk.viewmodels.campaigns.CampaignResultsViewModel.ResultRow;
import com.trendythreads.opsdesk.viewmodels.campaigns.CampaignRowItem;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
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

/// The Campaigns workspace through the real window against the demo platform: a marketer lands in it, sees
/// the list and the calendar, creates and schedules a campaign with a segment and codes (it reaches the
/// platform once, SCHEDULED), and a running campaign's results show the desk's attributed revenue next to
/// the platform's with both definitions.
@ExtendWith(ApplicationExtension.class)
class CampaignsUiTest {

    @TempDir
    static Path tmp;

    private UiDesk desk;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        desk = UiDesk.withPlatform(stage, tmp);
        stage.setWidth(1440);
        stage.setHeight(900);
    }

    @Stop
    void stop() {
        desk.close();
    }

    private void shot(String name) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.asyncFx(() -> TestApp.screenshot(stage.getScene(), name)).get();
    }

    @Test
    @SuppressWarnings("unchecked")
    void aMarketerSchedulesACampaignWithASegmentAndCodesAndComparesResults(FxRobot robot) throws Exception {
        robot.clickOn("#username").write("mark.marketing");
        UiDesk.signIn(robot, "demo");
        TableView<CampaignRowItem> table = robot.lookup("#table").queryAs(TableView.class);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> onFx(() -> table.getItems().size()) > 0);
        assertThat(robot.lookup("Promo codes").tryQuery()).isPresent();
        assertThat(robot.lookup("Segments").tryQuery()).isPresent();

        // a running campaign: its results, the desk's figure beside the platform's
        CampaignRowItem running = onFx(() -> table.getItems().stream()
                .filter(r -> r.statusValue() == CampaignStatus.RUNNING || r.statusValue() == CampaignStatus.ENDED)
                .findFirst().orElseThrow());
        robot.interact(() -> {
            table.getSelectionModel().select(running);
            robot.lookup("#detailTabs").queryAs(javafx.scene.control.TabPane.class).getSelectionModel().select(1);
        });
        TableView<ResultRow> results = (TableView<ResultRow>) robot.lookup("#table").queryAll().stream()
                .filter(n -> n != table).findFirst().orElseThrow();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> onFx(() -> results.getItems().stream()
                .anyMatch(r -> r.label().equals("Revenue") && !r.platform().isEmpty() && !r.desk().isEmpty())));
        assertThat(robot.lookup("#platformDefinition").queryAs(Label.class).getText()).startsWith("Platform:");
        assertThat(robot.lookup("#deskDefinition").queryAs(Label.class).getText()).startsWith("Desk:");
        assertThat(robot.lookup("#source").queryAs(Label.class).getText()).startsWith("Platform figures fetched");
        ResultRow revenue = onFx(() -> results.getItems().stream().filter(r -> r.label().equals("Revenue")).findFirst()
                .orElseThrow());
        assertThat(revenue.platform()).startsWith("€");
        assertThat(revenue.desk()).startsWith("€");
        boolean differs = !revenue.platform().equals(revenue.desk());
        assertThat(robot.lookup("#difference").queryAs(Label.class).isVisible()).isEqualTo(differs);
        shot("campaign-results");

        // a new campaign with a segment and two codes, scheduled
        String name = "Winter edit " + System.nanoTime() % 100_000;
        robot.clickOn("#newButton");
        robot.clickOn("#name").write(name);
        LocalDate start = LocalDate.now().plusDays(3);
        robot.interact(() -> {
            robot.lookup("#start").queryAs(DatePicker.class).setValue(start);
            robot.lookup("#end").queryAs(DatePicker.class).setValue(start.plusDays(14));
            ComboBox<Segment> segment = robot.lookup("#segment").queryAs(ComboBox.class);
            segment.getSelectionModel().select(segment.getItems().stream()
                    .filter(s -> s.id().equals("seg_newsletter")).findFirst().orElseThrow());
            robot.lookup("#sendTime").queryAs(ComboBox.class).setValue(LocalTime.of(10, 0));
        });
        robot.clickOn("#budget").write("500");
        List<String> codes;
        try (PlatformClient admin = desk.admin()) {
            codes = admin.create(CampaignsApi.class).listPromoCodes(null, 50, null, true, null).items().stream()
                    .map(com.trendythreads.opsdesk.api.dto.campaigns.PromoCode::code).limit(2).toList();
        }
        robot.clickOn("#codes").write(String.join(", ", codes));
        robot.clickOn("#subject").write("{{firstName}}, the winter edit is here");
        robot.clickOn("#body").write("Take 10 % off with {{code}}.");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#previewSubject").queryAs(Label.class).getText())
                .isEqualTo("Anna, the winter edit is here");
        assertThat(robot.lookup("#previewBody").queryAs(Label.class).getText()).isEqualTo("Take 10 % off with " + codes.getFirst() + ".");
        shot("campaign-editor");
        robot.clickOn("#scheduleButton");

        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> onFx(() -> table.getItems().stream()
                .anyMatch(r -> r.name().equals(name) && r.statusValue() == CampaignStatus.SCHEDULED
                        && !r.id().startsWith("local-"))));
        try (PlatformClient admin = desk.admin()) {
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> admin.create(CampaignsApi.class)
                    .listCampaigns(null, 200, CampaignStatus.SCHEDULED, null).items().stream()
                    .anyMatch(c -> c.name().equals(name)));
            List<Campaign> arrived = admin.create(CampaignsApi.class).listCampaigns(null, 200, null, null).items()
                    .stream().filter(c -> c.name().equals(name)).toList();
            assertThat(arrived).hasSize(1);
            assertThat(arrived.getFirst().segmentId()).isEqualTo("seg_newsletter");
            assertThat(arrived.getFirst().promoCodes()).containsExactlyElementsOf(codes);
            assertThat(arrived.getFirst().budgetCents()).isEqualTo(50_000);
        }

        shot("campaigns-list");
        robot.clickOn("Calendar");
        robot.interact(() -> { });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup(".calendar-campaign").tryQuery().isPresent());
        shot("campaigns-calendar");
    }
}
