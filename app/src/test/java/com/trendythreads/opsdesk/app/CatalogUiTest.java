package com.trendythreads.opsdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.inject.Injector;
import com.trendythreads.opsdesk.cache.catalog.CatalogQuery;
import com.trendythreads.opsdesk.cache.catalog.ProductSummary;
import com.trendythreads.opsdesk.viewmodels.catalog.ProductRowViewModel;
import com.trendythreads.opsdesk.viewmodels.session.SessionState;
import com.trendythreads.opsdesk.viewmodels.shell.WorkspaceItem;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;
import org.testfx.util.WaitForAsyncUtils;

/// The catalog in demo mode through the real window: Mia Merch signs in, lands on the catalog, sees
/// every product, searches as she types, and opens a product in its own tab.
@ExtendWith(ApplicationExtension.class)
class CatalogUiTest {

    @TempDir
    static Path home;

    private Injector injector;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        stage.setWidth(1400);
        stage.setHeight(860);
        injector = TestApp.injector(TestApp.config(home, Optional.empty()));
        new MainWindow(injector, stage).show();
    }

    @Stop
    void stop() {
        OpsDesk.shutdown(injector);
    }

    @Test
    @SuppressWarnings("unchecked")
    void mia_searchesTheCatalogAsSheTypesAndOpensAProduct(FxRobot robot) throws Exception {
        TextField url = robot.lookup("#platformUrl").queryAs(TextField.class);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> url.getText().startsWith("http://127.0.0.1:"));
        robot.clickOn("Mia Merch");
        robot.clickOn("#signIn");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#navigation").tryQuery().isPresent());
        ListView<WorkspaceItem> nav = robot.lookup("#navigation").queryAs(ListView.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> nav.getSelectionModel().getSelectedItem() != null
                        && nav.getSelectionModel().getSelectedItem().title().equals("Catalog"));

        // The list fills while the initial sync runs, and says how many products there are.
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#countLabel").tryQuery().isPresent());
        Label count = robot.lookup("#countLabel").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> count.getText().equals("60 of 60 products"));
        TableView<ProductRowViewModel> table = robot.lookup("#productTable").queryAs(TableView.class);
        assertThat(table.getItems()).hasSize(60);

        // A word from a real product's title, typed after Ctrl+F from the table.
        ProductSummary some = injector.getInstance(SessionState.class).current().data().catalogIndex()
                .search(CatalogQuery.all()).items().get(17);
        String word = Arrays.stream(some.title().split("[^\\p{L}]+")).max(Comparator.comparingInt(String::length))
                .orElseThrow().toLowerCase();
        String typed = word.substring(0, Math.min(5, word.length()));
        robot.clickOn(table);
        robot.press(KeyCode.CONTROL, KeyCode.F).release(KeyCode.F, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#catalogSearch").queryAs(TextField.class).isFocused()).isTrue();
        robot.write(typed);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(table.getItems()).isNotEmpty().hasSizeLessThan(60)
                .allSatisfy(r -> assertThat((r.summary().title() + " " + r.summary().brand()).toLowerCase())
                        .contains(typed.substring(0, 3)));
        assertThat(table.getItems()).extracting(ProductRowViewModel::id).contains(some.id());
        assertThat(count.getText()).isEqualTo(table.getItems().size() + " of 60 products");
        assertThat(robot.lookup(some.title()).tryQuery()).as("the row of the product is shown").isPresent();
        WaitForAsyncUtils.asyncFx(() -> TestApp.screenshot(stage.getScene(), "catalog-list")).get();

        robot.doubleClickOn(some.title());
        TabPane tabs = robot.lookup("#catalogTabs").queryAs(TabPane.class);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> tabs.getTabs().size() == 2);
        assertThat(tabs.getSelectionModel().getSelectedItem().getText()).isEqualTo(some.title());
        assertThat(tabs.getTabs().getFirst().isClosable()).isFalse();
    }
}
