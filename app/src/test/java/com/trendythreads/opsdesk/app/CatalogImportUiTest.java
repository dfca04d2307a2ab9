package com.trendythreads.opsdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.inject.Injector;
import com.trendythreads.opsdesk.api.PlatformClient;
import com.trendythreads.opsdesk.api.dto.catalog.Product;
import com.trendythreads.opsdesk.api.dto.catalog.Variant;
import com.trendythreads.opsdesk.api.rules.Ean13;
import com.trendythreads.opsdesk.cache.LocalData;
import com.trendythreads.opsdesk.cache.io.Table;
import com.trendythreads.opsdesk.cache.io.TableFiles;
import com.trendythreads.opsdesk.platform.DemoPlatform;
import com.trendythreads.opsdesk.viewmodels.catalog.imports.ImportRow;
import com.trendythreads.opsdesk.viewmodels.session.SessionState;
import com.trendythreads.opsdesk.views.catalog.imports.ImportView;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Parent;
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

/// A price file of ten rows, three of them bad (unknown SKU, a price that is no number, an EAN with a wrong
/// check digit): the preview rejects exactly those three with their reasons, apply changes the other seven
/// (locally and, after sync, on the platform), and the report of rejected rows lists the three. A file that
/// changes the prices of 60 products asks for the password above Apply (issue 10) and a wrong one applies nothing.
@ExtendWith(ApplicationExtension.class)
class CatalogImportUiTest {

    @TempDir
    static Path tmp;

    private static DemoPlatform platform;
    private Injector injector;

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

    private static long price(LocalData data, String sku) {
        return data.products().bySku(sku).orElseThrow().variants().stream().filter(v -> v.sku().equals(sku))
                .findFirst().orElseThrow().priceCents();
    }

    @Test
    void aFileWithThreeBadRowsAppliesTheRestAndReportsExactlyThoseThree(FxRobot robot) throws Exception {
        CatalogScreens.signIn(robot, "mia.merch");
        LocalData data = injector.getInstance(SessionState.class).current().data();
        List<Product> products = data.products().list(null, null, 60).stream()
                .filter(p -> p.variants().stream().anyMatch(v -> v.compareAtPriceCents() == null)).limit(9).toList();
        List<Variant> variants = products.stream()
                .map(p -> p.variants().stream().filter(v -> v.compareAtPriceCents() == null).findFirst().orElseThrow())
                .toList();
        Variant eanVictim = variants.get(8);
        String badEan = eanVictim.ean().substring(0, 12) + ((eanVictim.ean().charAt(12) - '0' + 1) % 10);
        List<List<String>> rows = new ArrayList<>();
        Map<String, Long> expected = new HashMap<>();
        for (int i = 0; i < 7; i++) {
            long cents = 1_990 + i * 1_000L;
            rows.add(List.of(variants.get(i).sku(), (cents / 100) + "," + (cents % 100), ""));
            expected.put(variants.get(i).sku(), cents);
        }
        rows.add(List.of("TT999999-XXX-M", "19,90", ""));
        rows.add(List.of(variants.get(7).sku(), "neunzehn", ""));
        rows.add(List.of(eanVictim.sku(), "29,90", badEan));
        Path file = tmp.resolve("prices.csv");
        TableFiles.write(file, List.of("Artikelnummer", "Preis", "EAN"), rows);

        ImportView view = CatalogScreens.open(injector, ImportView.class);
        robot.interact(() -> view.viewModel().open(file));
        @SuppressWarnings("unchecked")
        TableView<ImportRow> table = robot.lookup("#rowTable").queryAs(TableView.class);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> "10 rows: 7 can be applied, 3 rejected"
                .equals(robot.lookup("#summary").queryAs(Label.class).getText()));
        assertThat(table.getItems()).hasSize(10);
        assertThat(table.getItems().stream().filter(r -> !r.valid()).map(r -> r.line() + " " + r.reason()).toList())
                .containsExactly("9 Unknown SKU TT999999-XXX-M.",
                        "10 Price: \"neunzehn\" is not a number.",
                        "11 EAN: Wrong check digit: the last digit should be "
                                + Ean13.checkDigit(badEan.substring(0, 12)) + ".");
        WaitForAsyncUtils.asyncFx(() -> TestApp.screenshot(table.getScene(), "catalog-import-preview")).get();

        robot.clickOn("#applyButton");
        assertThat(robot.lookup("#confirmText").queryAs(Label.class).getText()).isEqualTo("Apply 7 rows to 7 products?");
        robot.clickOn("#confirmButton");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#undoButton").query().isVisible());
        expected.forEach((sku, cents) -> assertThat(price(data, sku)).as(sku).isEqualTo(cents));
        assertThat(price(data, variants.get(7).sku())).isEqualTo(variants.get(7).priceCents());
        assertThat(price(data, eanVictim.sku())).isEqualTo(eanVictim.priceCents());

        Path report = tmp.resolve("rejected.xlsx");
        robot.interact(() -> view.viewModel().saveReport(report));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> report.toFile().exists());
        Table t = TableFiles.read(report);
        assertThat(t.header()).containsExactly("Line", "Artikelnummer", "Preis", "EAN", "Reason");
        assertThat(t.rows()).extracting(r -> r.get(0) + " " + r.get(1) + " " + r.get(4)).containsExactly(
                "9 TT999999-XXX-M Unknown SKU TT999999-XXX-M.",
                "10 " + variants.get(7).sku() + " Price: \"neunzehn\" is not a number.",
                "11 " + eanVictim.sku() + " EAN: Wrong check digit: the last digit should be "
                        + Ean13.checkDigit(badEan.substring(0, 12)) + ".");

        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> data.db().read(
                h -> h.createQuery("SELECT COUNT(*) FROM outbox").mapTo(Long.class).one()) == 0);
        try (PlatformClient admin = CatalogScreens.admin(platform.baseUrl())) {
            Map<String, Long> onPlatform = CatalogScreens.platformPrices(admin,
                    products.stream().map(Product::id).toList());
            expected.forEach((sku, cents) -> assertThat(onPlatform.get(sku)).as(sku).isEqualTo(cents));
            assertThat(onPlatform.get(eanVictim.sku())).isEqualTo(eanVictim.priceCents());
        }

        // Lane security (issue 10): 60 products' prices in one file ask for the password before Apply.
        List<Variant> sixty = data.products().list(null, null, 60).stream().map(p -> p.variants().getFirst()).toList();
        Path big = tmp.resolve("sixty-prices.csv");
        TableFiles.write(big, List.of("SKU", "Price"), sixty.stream()
                .map(x -> List.of(x.sku(), (x.priceCents() - 1) / 100 + "." + String.format(java.util.Locale.ROOT, "%02d", (x.priceCents() - 1) % 100)))
                .toList());
        robot.interact(() -> view.viewModel().open(big));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> "60 rows: 60 can be applied, 0 rejected"
                .equals(robot.lookup("#summary").queryAs(Label.class).getText()));
        Node password = robot.lookup("#importStepUpPassword").query();
        Parent stepUpBox = password.getParent();
        assertThat(stepUpBox.isVisible()).isTrue();
        assertThat(robot.from(stepUpBox).lookup("#stepUpHint").queryAs(Label.class).getText())
                .isEqualTo("This import changes the prices of 60 products (50 or more): enter your password to apply it.");
        assertThat(robot.lookup("#applyButton").query().isDisabled()).as("no password typed").isTrue();
        robot.clickOn(password).write("wrong");
        WaitForAsyncUtils.asyncFx(() -> TestApp.screenshot(table.getScene(), "import-step-up")).get();
        robot.clickOn("#applyButton");
        robot.clickOn("#confirmButton");
        Label error = robot.from(stepUpBox).lookup("#stepUpError").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !error.getText().isEmpty());
        assertThat(error.getText()).startsWith("Your password was not accepted; nothing was done.");
        sixty.forEach(x -> assertThat(price(data, x.sku())).as(x.sku()).isEqualTo(x.priceCents()));
        CatalogScreens.signOut(robot, injector);
    }
}
