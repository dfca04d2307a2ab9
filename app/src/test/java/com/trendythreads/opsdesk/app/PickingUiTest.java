package com.trendythreads.opsdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.inject.Injector;
import com.trendythreads.opsdesk.api.PlatformClient;
import com.trendythreads.opsdesk.api.dto.admin.SimulatorTick;
import com.trendythreads.opsdesk.api.service.AdminApi;
import com.trendythreads.opsdesk.api.dto.fulfilment.PickLine;
import com.trendythreads.opsdesk.api.dto.fulfilment.PickList;
import com.trendythreads.opsdesk.api.dto.fulfilment.PickListStatus;
import com.trendythreads.opsdesk.api.dto.fulfilment.PickShort;
import com.trendythreads.opsdesk.api.service.FulfilmentApi;
import com.trendythreads.opsdesk.platform.DemoPlatform;
import com.trendythreads.opsdesk.platform.PlatformConfig;
import com.trendythreads.opsdesk.platform.Scale;
import com.trendythreads.opsdesk.platform.db.Database;
import com.trendythreads.opsdesk.platform.db.SeedTemplate;
import com.trendythreads.opsdesk.viewmodels.picking.PickLineItem;
import com.trendythreads.opsdesk.viewmodels.picking.PickListItem;
import com.trendythreads.opsdesk.viewmodels.shell.WorkspaceItem;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;
import org.testfx.util.WaitForAsyncUtils;

/// Picking through the real window against the demo platform, typing as a USB scanner does (the EAN, then
/// Enter, into whatever has the focus): a right scan confirms, a wrong one warns and confirms nothing, a short
/// pick keeps its reason, and confirmations made while the platform is down reach it once each.
@ExtendWith(ApplicationExtension.class)
class PickingUiTest {

    /// Seeded TINY data where WH-BER has work to pick (see [#ensureWork]).
    private static final SeedTemplate WITH_WORK = new SeedTemplate(Scale.TINY, 1_000, p -> ensureWork(p.baseUrl(), 3));

    @TempDir
    Path tmp;

    private DemoPlatform platform;
    private int port;
    private Injector injector;
    private Stage stage;

    private PlatformConfig platformConfig(int p) {
        return PlatformConfig.builder().database(new Database.Location.H2File(tmp.resolve("platform")))
                .scale(Scale.TINY).passwordIterations(1_000).port(p).build();
    }

    /// Seeding takes longer than TestFX waits for a start: seed once, start each test from a copy.
    @BeforeAll
    static void seed() {
        WITH_WORK.seed();
    }

    /// TINY's seed depends on the hour it runs: at some hours WH-BER has no list with several open lines.
    /// The platform's live simulator (deterministic for one database) places and waves orders until it has.
    private static void ensureWork(String baseUrl, int openLines) {
        try (PlatformClient admin = PlatformClient.builder().baseUrl(baseUrl).build()) {
            admin.session().signIn("ada.admin", "demo");
            for (int round = 0; round < 100; round++) {
                boolean enough = admin.create(FulfilmentApi.class).listPickLists(null, 200, "WH-BER", null, null).items()
                        .stream().filter(l -> l.status() == PickListStatus.OPEN && l.assigneeId() == null)
                        .anyMatch(l -> l.lines().stream().filter(x -> x.status() == PickLine.Status.OPEN).count()
                                >= openLines);
                if (enough) {
                    return;
                }
                admin.create(AdminApi.class).simulatorTick(new SimulatorTick(50));
            }
            throw new IllegalStateException("the simulator made no WH-BER list with " + openLines + " open lines");
        }
    }

    @Start
    void start(Stage stage) {
        this.stage = stage;
        WITH_WORK.copyInto(tmp.resolve("platform"));
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

    @SuppressWarnings("unchecked")
    private static ListView<PickLineItem> lines(FxRobot robot) {
        return robot.lookup("#lineList").queryAs(ListView.class);
    }

    private static PickLineItem current(FxRobot robot) {
        return lines(robot).getSelectionModel().getSelectedItem();
    }

    /// Signs in as walt.warehouse, opens Picking and starts his first list with at least `open` open lines.
    private String startPicking(FxRobot robot, int open) throws Exception {
        robot.clickOn("#username").write("walt.warehouse");
        robot.interact(() -> robot.lookup("#password").queryAs(PasswordField.class).clear());
        robot.clickOn("#password").write("demo");
        robot.clickOn("#signIn");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> robot.lookup("#lastSync").tryQuery()
                .map(n -> ((Label) n).getText().startsWith("Last sync")).orElse(false));
        @SuppressWarnings("unchecked")
        ListView<WorkspaceItem> nav = robot.lookup("#navigation").queryAs(ListView.class);
        // Walt also sees Inventory, which comes first in the navigation.
        robot.clickOn("Picking");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(nav.getSelectionModel().getSelectedItem().title()).isEqualTo("Picking");
        @SuppressWarnings("unchecked")
        TableView<PickListItem> table = robot.lookup("#pickLists").queryAs(TableView.class);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !table.getItems().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(label(robot, "#locationLabel").getText()).isEqualTo("Warehouse WH-BER");
        PickListItem item = table.getItems().stream()
                .filter(l -> l.status() == PickListStatus.OPEN || l.status() == PickListStatus.IN_PROGRESS)
                .filter(l -> l.linesTotal() - l.linesDone() >= open).findFirst().orElseThrow();
        robot.interact(() -> table.getSelectionModel().select(item));
        robot.clickOn("#startButton");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> current(robot) != null);
        waitSynced(robot); // taking the list, when it was nobody's, has reached the platform
        WaitForAsyncUtils.waitForFxEvents();
        return item.id();
    }

    /// What a USB scanner does: the characters, then Enter, into the focused field.
    private static void scanner(FxRobot robot, String code) {
        assertThat(robot.lookup("#barcode").queryAs(TextField.class).isFocused()).as("the barcode field has the focus")
                .isTrue();
        robot.write(code);
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private PlatformClient platformClient() {
        PlatformClient c = PlatformClient.builder().baseUrl("http://127.0.0.1:" + port + "/").build();
        c.session().signIn("ada.admin", "demo");
        return c;
    }

    private PickList onPlatform(String listId) {
        try (PlatformClient c = platformClient()) {
            return c.create(FulfilmentApi.class).getPickList(listId).body();
        }
    }

    private static PickLine line(PickList list, String lineId) {
        return list.lines().stream().filter(l -> l.id().equals(lineId)).findFirst().orElseThrow();
    }

    private void waitSynced(FxRobot robot) throws Exception {
        // Looked up once and read on the FX thread: the pick screen rebuilds its rows while lines sync, and
        // a scene-graph walk from the test thread can meet a half-changed child list.
        Label edits = WaitForAsyncUtils.asyncFx(() -> label(robot, "#edits")).get();
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS,
                () -> WaitForAsyncUtils.asyncFx(() -> edits.getText().equals("0 pending")).get());
    }

    @Test
    void aCorrectEanConfirmsTheLineAndAWrongOneWarnsAndConfirmsNothing(FxRobot robot) throws Exception {
        String listId = startPicking(robot, 3);
        PickLineItem first = current(robot);
        assertThat(label(robot, "#currentBin").getText()).isEqualTo(first.bin());

        // A click elsewhere leaves the focus with the barcode field.
        robot.clickOn("#progressLabel");
        WaitForAsyncUtils.waitForFxEvents();
        PickLineItem other = lines(robot).getItems().stream().filter(l -> !l.ean().equals(first.ean()))
                .reduce((a, b) -> b).orElseThrow();
        scanner(robot, other.ean());
        assertThat(robot.lookup("#warningBanner").query().isVisible()).isTrue();
        assertThat(label(robot, "#warningText").getText()).startsWith("Wrong item: you scanned " + other.ean())
                .contains("EAN " + first.ean());
        assertThat(current(robot).id()).as("nothing confirmed").isEqualTo(first.id());
        assertThat(label(robot, "#edits").getText()).isEqualTo("0 pending");
        WaitForAsyncUtils.asyncFx(() -> TestApp.screenshot(stage.getScene(), "picking-wrong-scan")).get();
        assertThat(line(onPlatform(listId), first.id()).status()).isEqualTo(PickLine.Status.OPEN);

        List<PickLineItem> picked = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            PickLineItem line = current(robot);
            robot.interact(() -> robot.lookup("#quantity").queryAs(TextField.class).setText(Integer.toString(line.quantity())));
            scanner(robot, line.ean());
            picked.add(line);
        }
        assertThat(robot.lookup("#warningBanner").query().isVisible()).as("the next scan clears it").isFalse();
        assertThat(label(robot, "#scanMessage").getText()).startsWith("✔ Picked");
        assertThat(current(robot).id()).isNotIn(picked.stream().map(PickLineItem::id).toList());
        waitSynced(robot);
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.asyncFx(() -> TestApp.screenshot(stage.getScene(), "picking-in-progress")).get();
        PickList there = onPlatform(listId);
        for (PickLineItem p : picked) {
            assertThat(line(there, p.id()).status()).isEqualTo(PickLine.Status.PICKED);
            assertThat(line(there, p.id()).confirmedBy()).isEqualTo("walt.warehouse");
        }
    }

    @Test
    void aShortPickRecordsItsReason(FxRobot robot) throws Exception {
        String listId = startPicking(robot, 1);
        PickLineItem line = current(robot);
        @SuppressWarnings("unchecked")
        ComboBox<PickShort.Reason> reason = robot.lookup("#shortReason").queryAs(ComboBox.class);
        robot.interact(() -> reason.getSelectionModel().select(PickShort.Reason.WRONG_BIN));
        robot.clickOn("#shortButton");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(label(robot, "#scanMessage").getText()).contains("Wrong bin").contains("the order is flagged");
        // "0 pending" can show before the short is queued; the platform's answer is what counts.
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS,
                () -> {
                    Thread.sleep(200);
                    return line(onPlatform(listId), line.id()).status() != PickLine.Status.OPEN;
                });
        PickLine there = line(onPlatform(listId), line.id());
        assertThat(there.status()).isEqualTo(PickLine.Status.SHORT);
        assertThat(there.shortReason()).isEqualTo("WRONG_BIN");
        assertThat(there.confirmedBy()).isEqualTo("walt.warehouse");
    }

    @Test
    void linesConfirmedWhileThePlatformIsStoppedReachItOnceEach(FxRobot robot) throws Exception {
        String listId = startPicking(robot, 3);
        platform.close();
        platform = null;
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> label(robot, "#connectivity").getText().equals("Offline"));

        List<PickLineItem> picked = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            PickLineItem line = current(robot);
            robot.interact(() -> robot.lookup("#quantity").queryAs(TextField.class).setText(Integer.toString(line.quantity())));
            scanner(robot, line.ean());
            picked.add(line);
        }
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> label(robot, "#edits").getText().equals("3 pending"));
        for (PickLineItem p : picked) {
            PickLineItem shown = lines(robot).getItems().stream().filter(l -> l.id().equals(p.id())).findFirst().orElseThrow();
            assertThat(shown.statusText()).as("shows at once, offline").isEqualTo("Picked");
            assertThat(shown.syncNote()).isEqualTo("Waiting to sync");
        }

        platform = DemoPlatform.start(platformConfig(port));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> label(robot, "#connectivity").getText().equals("Online"));
        waitSynced(robot);
        assertThat(label(robot, "#conflicts").getText()).as("no second confirmation was refused").isEqualTo("no conflicts");
        PickList there = onPlatform(listId);
        for (PickLineItem p : picked) {
            PickLine l = line(there, p.id());
            assertThat(l.status()).isEqualTo(PickLine.Status.PICKED);
            assertThat(l.pickedQuantity()).isEqualTo(p.quantity());
            assertThat(l.confirmedBy()).isEqualTo("walt.warehouse");
        }
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> lines(robot).getItems().stream()
                .filter(l -> picked.stream().anyMatch(p -> p.id().equals(l.id()))).allMatch(l -> l.syncNote().isEmpty()));
    }
}
