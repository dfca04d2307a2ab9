package com.trendythreads.opsdesk.app;

import static com.trendythreads.opsdesk.app.UiDesk.onFx;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.trendythreads.opsdesk.api.dto.campaigns.CampaignChannel;
import com.trendythreads.opsdesk.api.dto.crm.LoyaltyTier;
import com.trendythreads.opsdesk.api.service.ResourcesApi;
import com.trendythreads.opsdesk.cache.LocalData;
import com.trendythreads.opsdesk.cache.segments.SegmentFacts;
import com.trendythreads.opsdesk.cache.segments.SegmentRule;
import com.trendythreads.opsdesk.viewmodels.segments.PersonalizationViewModel;
import com.trendythreads.opsdesk.viewmodels.session.SessionState;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
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

/// mark.marketing against a real TINY platform: the segment builder and the personalization view, tabs of the
/// Campaigns workspace. Build a rule segment, see its size
/// and reachable count follow the rule, push it and find it once on the platform with the reachable count; then
/// a product's bought-together items and a segment's top categories.
@ExtendWith(ApplicationExtension.class)
class SegmentsUiTest {

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

    private static void waitUntil(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> onFx(condition));
    }

    private static String summary(SegmentFacts.Evaluation e) {
        return new java.text.MessageFormat("{0} customers \u00b7 {1} reachable by e-mail", java.util.Locale.ENGLISH)
                .format(new Object[] {e.size(), e.reachable()});
    }

    @Test
    void buildPushAndPersonalize(FxRobot robot) throws Exception {
        robot.clickOn("#username").write("mark.marketing");
        UiDesk.signIn(robot, "demo");
        LocalData data = desk.injector().getInstance(SessionState.class).current().data();
        SegmentFacts facts = data.segments().facts();
        SegmentRule gold = new SegmentRule(Set.of(LoyaltyTier.GOLD), null, null, null, 0, 0, 0);
        SegmentFacts.Evaluation everyone = facts.evaluate(SegmentRule.EVERYONE, CampaignChannel.EMAIL);
        SegmentFacts.Evaluation goldOnly = facts.evaluate(gold, CampaignChannel.EMAIL);
        assertThat(goldOnly.reachable()).as("the TINY data has gold customers with e-mail consent").isPositive();

        // Mark lands in the Campaigns workspace; its "Segments" tab
        UiDesk.clickTab(robot, "Segments");
        Node builder = robot.lookup("#segmentsSpot").query();
        Label summary = robot.from(builder).lookup("#segmentSummary").queryAs(Label.class);
        waitUntil(() -> summary(everyone).equals(summary.getText()));
        robot.clickOn(robot.from(builder).lookup("#tierGOLD").queryAs(javafx.scene.Node.class));
        waitUntil(() -> summary(goldOnly).equals(summary.getText()));
        assertThat(robot.from(builder).lookup("#ruleText").queryAs(Label.class).getText())
                .isEqualTo("tier in [GOLD]");
        robot.clickOn(robot.from(builder).lookup("#segmentName").queryAs(javafx.scene.Node.class))
                .write("Gold e-mail audience");
        WaitForAsyncUtils.waitForFxEvents();
        onFx(() -> TestApp.screenshot(stage.getScene(), "segment-builder"));
        robot.clickOn(robot.from(builder).lookup("#pushSegment").queryAs(javafx.scene.Node.class));

        ResourcesApi platform = desk.admin().create(ResourcesApi.class);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> platformSegments(platform).stream()
                .anyMatch(s -> s.path("name").asText().equals("Gold e-mail audience")));
        List<JsonNode> arrived = platformSegments(platform).stream()
                .filter(s -> s.path("name").asText().equals("Gold e-mail audience")).toList();
        assertThat(arrived).as("arrives once").hasSize(1);
        assertThat(arrived.getFirst().path("customerCount").asInt()).as("only the reachable members")
                .isEqualTo(goldOnly.reachable());

        // Personalization: a product that shares a cached order with others.
        // The product in the most cached orders with other products.
        Map<String, Long> shared = data.orders().all().stream().filter(o -> o.lines() != null && o.lines().stream()
                        .map(l -> l.productId()).distinct().count() > 1)
                .flatMap(o -> o.lines().stream().map(l -> l.productId()).distinct())
                .collect(java.util.stream.Collectors.groupingBy(p -> p, java.util.stream.Collectors.counting()));
        String productId = shared.entrySet().stream().max(Map.Entry.<String, Long>comparingByValue()
                .thenComparing(Map.Entry.comparingByKey())).orElseThrow().getKey();
        assertThat(shared.get(productId)).isGreaterThan(1);
        var expected = data.orders().boughtTogether(productId, PersonalizationViewModel.TOP);
        UiDesk.clickTab(robot, "Personalization");
        Node person = robot.lookup("#personalizationSpot").query();
        robot.clickOn(robot.from(person).lookup("#productSearch").queryAs(javafx.scene.Node.class))
                .write(productId);
        @SuppressWarnings("unchecked")
        ListView<PersonalizationViewModel.ProductItem> list = robot.from(person).lookup("#productList")
                .queryAs(ListView.class);
        waitUntil(() -> list.getItems().size() == 1 && list.getItems().getFirst().id().equals(productId));
        robot.interact(() -> list.getSelectionModel().select(0));
        @SuppressWarnings("unchecked")
        TableView<PersonalizationViewModel.TogetherRow> together = robot.from(person)
                .lookup("#togetherTable").queryAs(TableView.class);
        waitUntil(() -> together.getItems().stream().map(PersonalizationViewModel.TogetherRow::productId).toList()
                .equals(expected.stream().map(b -> b.productId()).toList()));
        @SuppressWarnings("unchecked")
        ComboBox<PersonalizationViewModel.SegmentChoice> segments = robot.from(person)
                .lookup("#segmentChoice").queryAs(ComboBox.class);
        robot.interact(() -> segments.setValue(segments.getItems().stream().filter(c -> c.name().equals("Gold"))
                .findFirst().orElseThrow()));
        @SuppressWarnings("unchecked")
        TableView<PersonalizationViewModel.CategoryRow> categories = robot.from(person)
                .lookup("#segmentCategories").queryAs(TableView.class);
        List<String> top = facts.topCategories(facts.evaluate(gold, null).memberIds(), PersonalizationViewModel.TOP)
                .stream().map(c -> c.name() + " " + c.units()).toList();
        waitUntil(() -> categories.getItems().stream().map(r -> r.name() + " " + r.units()).toList().equals(top));
        assertThat(top).isNotEmpty();
        assertThat(robot.from(person).lookup("#segmentMembers").queryAs(Label.class).getText())
                .isEqualTo(new java.text.MessageFormat("{0} customers in the segment", java.util.Locale.ENGLISH)
                        .format(new Object[] {goldOnly.size()}));
        WaitForAsyncUtils.waitForFxEvents();
        onFx(() -> TestApp.screenshot(stage.getScene(), "personalization"));
    }

    private static List<JsonNode> platformSegments(ResourcesApi api) {
        JsonNode page = api.list("v1/segments", Map.of("limit", "500"));
        return java.util.stream.StreamSupport.stream(page.path("items").spliterator(), false).toList();
    }
}
