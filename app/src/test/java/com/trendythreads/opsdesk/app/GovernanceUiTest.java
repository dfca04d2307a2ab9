package com.trendythreads.opsdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.trendythreads.opsdesk.api.PlatformClient;
import com.trendythreads.opsdesk.api.Versioned;
import com.trendythreads.opsdesk.api.dto.catalog.Product;
import com.trendythreads.opsdesk.api.dto.catalog.ProductPatch;
import com.trendythreads.opsdesk.api.dto.catalog.ProductStatus;
import com.trendythreads.opsdesk.api.dto.catalog.Variant;
import com.trendythreads.opsdesk.api.service.CatalogApi;
import com.trendythreads.opsdesk.cache.governance.DataQuality;
import com.trendythreads.opsdesk.cache.governance.QualityReport;
import com.trendythreads.opsdesk.cache.governance.QualityRule;
import com.trendythreads.opsdesk.viewmodels.governance.GovernanceViewModel.FindingItem;
import com.trendythreads.opsdesk.viewmodels.governance.GovernanceViewModel.RuleItem;
import com.trendythreads.opsdesk.viewmodels.session.SessionState;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
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

/// mona.manager against the TINY platform, where an admin has priced two products' first variant below
/// cost: the governance workspace lists every rule with the count the cache holds, the two products under
/// "Price below cost", and opening one shows it in the catalog. Screenshot `governance.png`.
@ExtendWith(ApplicationExtension.class)
class GovernanceUiTest {

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

    /// Sets the first variant's cost above its price on two active products; their titles.
    private List<String> priceTwoBelowCost() {
        List<String> titles = new ArrayList<>();
        try (PlatformClient admin = desk.admin()) {
            CatalogApi api = admin.create(CatalogApi.class);
            for (Product p : api.listProducts(null, 2, null, ProductStatus.ACTIVE, null, null, null, null).items()) {
                Versioned<Product> cur = api.getProduct(p.id());
                List<Variant> vs = new ArrayList<>(cur.body().variants());
                Variant v = vs.getFirst();
                vs.set(0, new Variant(v.sku(), v.ean(), v.size(), v.colour(), v.priceCents(), null,
                        v.priceCents() + 500, v.weightGrams()));
                api.updateProduct(p.id(), UUID.randomUUID().toString(), cur.etag(),
                        new ProductPatch(null, null, null, null, null, null, null, null, vs, null, null));
                titles.add(p.title());
            }
        }
        return titles;
    }

    /// Seven earlier days' snapshots, as if the workspace had been opened on each (price below cost going
    /// from 6 down to 3, then today's 2), so the trend has a line.
    private void earlierChecks() {
        var db = desk.injector().getInstance(SessionState.class).current().data().db();
        java.time.LocalDate today = java.time.LocalDate.now(com.trendythreads.opsdesk.api.rules.SalesCalendar.ZONE);
        int[] belowCost = {6, 6, 5, 5, 4, 3, 3};
        db.write(tx -> {
            for (int i = 0; i < belowCost.length; i++) {
                for (QualityRule r : QualityRule.values()) {
                    tx.handle().createUpdate("INSERT INTO governance_snapshot (shop_day, rule, violations, checked,"
                                    + " taken_at) VALUES (:d, :r, :v, 60, CURRENT_TIMESTAMP)")
                            .bind("d", today.minusDays(belowCost.length - i)).bind("r", r.name())
                            .bind("v", r == QualityRule.PRICE_BELOW_COST ? belowCost[i] : 0).execute();
                }
            }
            return null;
        });
    }

    @Test
    @SuppressWarnings("unchecked")
    void rulesCountsRecordsAndOpeningOne(FxRobot robot) throws Exception {
        List<String> belowCost = priceTwoBelowCost();
        robot.clickOn("#username").write("mona.manager");
        UiDesk.signIn(robot, "demo");
        earlierChecks();
        robot.clickOn("Data quality");
        TableView<RuleItem> rules = robot.lookup("#ruleTable").queryAs(TableView.class);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> UiDesk.onFx(() -> rules.getItems().size() == 5));

        // What the rules table shows is what the cache holds
        QualityReport truth = new DataQuality(desk.injector().getInstance(SessionState.class).current().data().db(),
                Clock.systemUTC()).check(EnumSet.allOf(QualityRule.class));
        for (RuleItem r : UiDesk.onFx(() -> List.copyOf(rules.getItems()))) {
            assertThat(r.count()).as(r.name()).isEqualTo(truth.count(r.rule()));
        }
        assertThat(truth.of(QualityRule.PRICE_BELOW_COST)).extracting(f -> f.label())
                .containsExactlyInAnyOrderElementsOf(belowCost);

        // Selecting the rule lists its two products with what is wrong
        int row = UiDesk.onFx(() -> rules.getItems().stream().map(RuleItem::rule).toList()
                .indexOf(QualityRule.PRICE_BELOW_COST));
        robot.interact(() -> rules.getSelectionModel().select(row));
        TableView<FindingItem> records = robot.lookup("#findingTable").queryAs(TableView.class);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(UiDesk.onFx(() -> records.getItems().stream().map(FindingItem::label).toList()))
                .containsExactlyInAnyOrderElementsOf(belowCost);
        assertThat(UiDesk.onFx(() -> records.getItems().getFirst().detail())).contains(" < EUR ");
        assertThat(UiDesk.label(robot, "#ruleHelp").getText()).isEqualTo("Variants priced below their cost.");
        assertThat(UiDesk.onFx(() -> rules.getItems().get(row).trendText())).isEqualTo("-4 over 8 days");
        robot.interact(() -> records.getSelectionModel().select(0));
        WaitForAsyncUtils.asyncFx(() -> TestApp.screenshot(stage.getScene(), "governance")).get();

        // Open: the catalog shows the product
        String id = UiDesk.onFx(() -> records.getItems().getFirst().recordId());
        robot.clickOn("#openButton");
        javafx.scene.control.TabPane catalogTabs = robot.lookup("#catalogTabs").queryAs(javafx.scene.control.TabPane.class);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> UiDesk.onFx(() -> catalogTabs.getTabs().size() == 2
                && catalogTabs.getSelectionModel().getSelectedIndex() == 1
                && ((com.trendythreads.opsdesk.viewmodels.catalog.CatalogTab) catalogTabs.getSelectionModel()
                        .getSelectedItem().getUserData()).productIds().contains(id)));
    }
}
