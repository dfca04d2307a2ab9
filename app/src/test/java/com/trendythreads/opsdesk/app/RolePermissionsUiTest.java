package com.trendythreads.opsdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.trendythreads.opsdesk.api.dto.orders.OrderStatus;
import com.trendythreads.opsdesk.api.rules.Permissions;
import com.trendythreads.opsdesk.cache.orders.OrderIndex;
import com.trendythreads.opsdesk.viewmodels.common.I18n;
import com.trendythreads.opsdesk.viewmodels.orders.OrderRowItem;
import com.trendythreads.opsdesk.viewmodels.promo.PromoCodeItem;
import com.trendythreads.opsdesk.viewmodels.session.SessionState;
import com.trendythreads.opsdesk.viewmodels.shell.Workspace;
import com.trendythreads.opsdesk.viewmodels.shell.WorkspaceItem;
import com.trendythreads.opsdesk.viewmodels.shell.Workspaces;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;
import org.testfx.util.WaitForAsyncUtils;

/// The client half of the permission matrix in the real app (issue #10): each demo user signs in to one TINY
/// platform and sees exactly the workspaces whose operations the contract's `x-roles` allow their roles, and in
/// each of them every gated action control is shown and enabled iff [Permissions#contract()] allows the operation
/// it stands for. The table below only says which operation a control stands for and how a user reaches it; what
/// each role should get is computed from the contract. The ViewModel half is `ActionPermissionMatrixTest` and
/// `ShellViewModelTest`, the platform half (403) the demo platform's tests; a 403 that still arrives keeps the
/// edit (`ForbiddenPushTest`).
@ExtendWith(ApplicationExtension.class)
class RolePermissionsUiTest {

    private static final List<String> USERS = List.of("mia.merch", "walt.warehouse", "mona.manager", "sam.support",
            "mark.marketing", "ada.admin");

    @TempDir
    static Path tmp;

    private UiDesk desk;

    @Start
    void start(Stage stage) {
        desk = UiDesk.withPlatform(stage, tmp);
        stage.setWidth(1440);
        stage.setHeight(900);
    }

    @Stop
    void stop() {
        desk.close();
    }

    /// What a user sees of a control: on screen (itself and every parent visible), and usable.
    private record Shown(boolean shown, boolean enabled) {

        boolean usable() {
            return shown && enabled;
        }
    }

    /// Takes the user to the control inside its workspace (a tab, a record selected, a field filled) and then
    /// reads what they see of it (again and again while the screen settles).
    @FunctionalInterface
    private interface Reach {
        Callable<Shown> go(FxRobot robot) throws Exception;
    }

    /// A control that stands for a contract operation.
    private record Gated(String workspace, String control, String operation, Reach reach) {
    }

    /// Control → operation, and the way to it. In workspace order; the steps of one workspace run in this order.
    private static final List<Gated> GATED = List.of(
            new Gated(Workspaces.CATALOG, "New product", "createProduct", r -> node(r, "#newButton")),
            new Gated(Workspaces.CATALOG, "Import", "updateProduct", r -> node(r, "#importButton")),
            new Gated(Workspaces.CATALOG, "Bulk change (a product selected)", "updateProduct", r -> {
                select(r, table(r, "#productTable"), x -> true);
                return node(r, "#bulkButton");
            }),
            new Gated(Workspaces.CATALOG, "Save (a product opened and its title typed into)", "updateProduct",
                    RolePermissionsUiTest::typedIntoProduct),

            new Gated(Workspaces.INVENTORY, "Save reorder point (a stock row selected)", "updateStockLevel", r -> {
                select(r, table(r, "#stockTable"), x -> true);
                type(r, "#reorderPoint", "7");
                return node(r, "#saveReorderButton");
            }),
            new Gated(Workspaces.INVENTORY, "Adjust stock (+1, a reason)", "adjustStock", r -> {
                type(r, "#delta", "1");
                r.interact(() -> r.lookup("#reason").queryAs(ComboBox.class).getSelectionModel().selectFirst());
                return node(r, "#adjustButton");
            }),
            new Gated(Workspaces.INVENTORY, "Transfers: Add line (a SKU and a quantity)", "createTransfer", r -> {
                UiDesk.clickTab(r, "Transfers");
                type(r, "#lineSku", "SKU-1");
                type(r, "#lineQty", "1");
                return node(r, "#addLineButton");
            }),
            new Gated(Workspaces.INVENTORY, "Purchasing tab", "listPurchaseOrders", r -> tab(r, "#tabs", "purchasingTab")),

            new Gated(Workspaces.ORDERS, "Refund (a delivered order opened)", "refundOrder", r -> {
                openOrder(r, o -> o.status() == OrderStatus.DELIVERED && o.refundedCents() == 0 && !o.hasReturn());
                return node(r, "#refundButton");
            }),
            new Gated(Workspaces.ORDERS, "Return (the same order)", "createReturn", r -> node(r, "#returnButton")),
            new Gated(Workspaces.ORDERS, "Cancel (a paid order opened)", "cancelOrder", r -> {
                openOrder(r, o -> o.status() == OrderStatus.PAID);
                return node(r, "#cancelButton");
            }),

            new Gated(Workspaces.SERVICE, "Send reply (a team ticket, a reply typed)", "replyToTicket", r -> {
                r.clickOn("#queueTEAM");
                select(r, table(r, "#tickets"), x -> true);
                type(r, "#replyText", "Thank you, it is on its way.");
                return node(r, "#send");
            }),
            new Gated(Workspaces.SERVICE, "Customers: Adjust points (a customer opened)", "adjustLoyaltyPoints", r -> {
                UiDesk.clickTab(r, "Customers");
                Node scope = r.lookup(".customers").query();
                select(r, r.from(scope).lookup("#customerTable").queryAs(TableView.class), x -> true);
                WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> UiDesk.onFx(() -> !r.from(scope)
                        .lookup("#customerName").queryAs(Label.class).getText().isBlank()));
                return node(r, ".customers #adjustPointsButton");
            }),
            new Gated(Workspaces.SERVICE, "Customers: GDPR export", "exportCustomerData", r -> {
                r.clickOn(r.lookup(".customers #customerPrivacyTab .tab-label").queryAs(Node.class));
                return node(r, ".customers #gdprExport");
            }),
            new Gated(Workspaces.SERVICE, "Customers: GDPR erasure", "eraseCustomer",
                    r -> node(r, ".customers #gdprErase")),

            new Gated(Workspaces.CAMPAIGNS, "New campaign", "createCampaign", r -> node(r, "#newButton")),
            new Gated(Workspaces.CAMPAIGNS, "Segments tab", "listSegments", r -> tab(r, "#tabs", "segmentsTab")),
            new Gated(Workspaces.CAMPAIGNS, "Schedule (a campaign selected)", "scheduleCampaign", r -> {
                TabPane modes = r.lookup("#modes").queryAs(TabPane.class);
                select(r, (TableView<?>) UiDesk.onFx(() -> modes.getTabs().getFirst().getContent()), x -> true);
                return node(r, "#scheduleButton");
            }),
            new Gated(Workspaces.CAMPAIGNS, "Promo codes: New", "createPromoCode", r -> {
                UiDesk.clickTab(r, "Promo codes");
                return node(r, "#promoNew");
            }),
            new Gated(Workspaces.CAMPAIGNS, "Promo codes: Bulk codes tab", "bulkCreatePromoCodes",
                    r -> tab(r, "#promoCodesSpot #side", "bulkTab")),
            new Gated(Workspaces.CAMPAIGNS, "Promo codes: Import tab", "createPromoCode",
                    r -> tab(r, "#promoCodesSpot #side", "importTab")),
            new Gated(Workspaces.CAMPAIGNS, "Promo codes: Deactivate (an active code selected)", "updatePromoCode", r -> {
                select(r, table(r, "#promoCodes"), x -> ((PromoCodeItem) x).code().active()
                        && !((PromoCodeItem) x).pending());
                return node(r, "#promoDeactivate");
            }),

            new Gated(Workspaces.PRICING, "Accept (a suggestion selected)", "updateProduct", r -> {
                select(r, table(r, "#table"), x -> true);
                return node(r, "#accept");
            }),

            new Gated(Workspaces.AUDIT, "Export", "recordExport", r -> node(r, "#auditExport")),
            new Gated(Workspaces.AUDIT, "Alerts: Acknowledge with a note", "acknowledgeAlert", r -> {
                UiDesk.clickTab(r, "Alerts");
                return node(r, "#alertNote");
            }));

    @Test
    void everyRoleSeesTheWorkspacesAndActionsTheContractAllows(FxRobot robot) throws Exception {
        Permissions matrix = Permissions.contract();
        // a misspelt operation would be "refused to everyone" and pass for the wrong reason
        assertThat(GATED).allSatisfy(g -> assertThat(matrix.rule(g.operation()))
                .as("%s stands for an operation of the contract", g.control()).isPresent());
        I18n i18n = desk.injector().getInstance(I18n.class);
        SoftAssertions softly = new SoftAssertions();
        List<String> timings = new ArrayList<>();
        for (String user : USERS) {
            long t0 = System.nanoTime();
            robot.interact(() -> robot.lookup("#username").queryAs(TextInputControl.class).setText(user));
            UiDesk.signIn(robot, "demo");
            long signedIn = System.nanoTime();
            List<String> roles = UiDesk.onFx(() -> desk.injector().getInstance(SessionState.class).current().user()
                    .roles());
            String who = user + " " + roles;

            List<Workspace> expected = Workspaces.standard().all().stream()
                    .filter(w -> !(w.allowed() instanceof Workspace.MayCall m)
                            || m.operationIds().stream().anyMatch(op -> matrix.allows(roles, op)))
                    .toList();
            @SuppressWarnings("unchecked")
            ListView<WorkspaceItem> nav = robot.lookup("#navigation").queryAs(ListView.class);
            softly.assertThat(UiDesk.onFx(() -> nav.getItems().stream().map(WorkspaceItem::id).toList()))
                    .as("%s: the workspaces in the navigation", who)
                    .containsExactlyElementsOf(expected.stream().map(Workspace::id).toList());
            // and by name, as the README's table of demo users promises them (a second, hand-written view)
            softly.assertThat(UiDesk.onFx(() -> nav.getItems().stream().map(WorkspaceItem::title).toList()))
                    .as("%s: the workspaces by name", who)
                    .containsExactlyElementsOf(TestApp.WORKSPACES_BY_USER.get(user));

            for (Workspace w : expected) {
                List<Gated> controls = GATED.stream().filter(g -> g.workspace().equals(w.id())).toList();
                if (controls.isEmpty()) {
                    continue;
                }
                robot.clickOn(robot.from(nav).lookup(i18n.get(w.titleKey())).queryAs(Node.class));
                WaitForAsyncUtils.waitForFxEvents();
                for (Gated g : controls) {
                    boolean allowed = matrix.allows(roles, g.operation());
                    String what = String.format("%s, workspace %s, control \"%s\" (operation %s, which the contract %s)",
                            who, w.id(), g.control(), g.operation(), allowed ? "allows" : "refuses");
                    Shown shown;
                    try {
                        Callable<Shown> read = g.reach().go(robot);
                        shown = settle(read, allowed);
                    } catch (Exception | AssertionError e) {
                        softly.fail(what + ": could not be reached: " + e);
                        continue;
                    }
                    softly.assertThat(shown.usable()).as("%s: shown and enabled (%s)", what, shown)
                            .isEqualTo(allowed);
                }
            }
            long checked = System.nanoTime();
            desk.signOut(robot);
            timings.add(String.format("%s: sign-in and sync %d ms, workspaces %d ms", user,
                    (signedIn - t0) / 1_000_000, (checked - signedIn) / 1_000_000));
        }
        // what a role costs, for the class's time budget (the app's test logging shows warnings only)
        System.out.println("RolePermissionsUiTest timings: " + String.join("; ", timings));
        softly.assertAll();
    }

    /// The screen settles (a record loads, a binding catches up): reads until it shows what the role should
    /// get, or a short while has passed; the caller asserts whatever it shows then.
    private static Shown settle(Callable<Shown> read, boolean allowed) throws Exception {
        try {
            WaitForAsyncUtils.waitFor(allowed ? 10 : 1, TimeUnit.SECONDS,
                    () -> UiDesk.onFx(read).usable() == allowed);
        } catch (TimeoutException e) {
            // asserted by the caller, with what it shows
        }
        return UiDesk.onFx(read);
    }

    /// The first control matching `query` that is on screen (a workspace can hold the same id twice, one of
    /// them in a hidden tab), else the first one, else "not there".
    private static Callable<Shown> node(FxRobot robot, String query) {
        return () -> {
            List<Node> all = List.copyOf(robot.lookup(query).queryAll());
            Node n = all.stream().filter(RolePermissionsUiTest::onScreen).findFirst()
                    .orElse(all.isEmpty() ? null : all.getFirst());
            return n == null ? new Shown(false, false) : new Shown(onScreen(n), !n.isDisabled());
        };
    }

    /// A tab of the TabPane `paneQuery`: shown when the pane is on screen and holds it, enabled when not disabled.
    private static Callable<Shown> tab(FxRobot robot, String paneQuery, String tabId) {
        return () -> {
            TabPane pane = robot.lookup(paneQuery).queryAs(TabPane.class);
            Tab tab = pane.getTabs().stream().filter(t -> tabId.equals(t.getId())).findFirst().orElse(null);
            return tab == null ? new Shown(false, false) : new Shown(onScreen(pane), !tab.isDisabled());
        };
    }

    private static boolean onScreen(Node n) {
        if (n.getScene() == null) {
            return false;
        }
        for (Node p = n; p != null; p = p.getParent()) {
            if (!p.isVisible()) {
                return false;
            }
        }
        return true;
    }

    private static TableView<?> table(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(TableView.class);
    }

    /// Selects the first row that `which` accepts, once the table has one.
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Object select(FxRobot robot, TableView table, Predicate<Object> which) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> UiDesk.onFx(() ->
                table.getItems().stream().anyMatch(which)));
        Object row = UiDesk.onFx(() -> table.getItems().stream().filter(which).findFirst().orElseThrow());
        robot.interact(() -> {
            table.requestFocus();
            table.getSelectionModel().select(row);
        });
        WaitForAsyncUtils.waitForFxEvents();
        return row;
    }

    /// Puts `text` in the field as typed input (the binding sees the same change).
    private static void type(FxRobot robot, String query, String text) {
        robot.interact(() -> robot.lookup(query).queryAs(TextInputControl.class).setText(text));
    }

    /// Opens the first order `which` accepts (selected, Enter) and waits for its detail.
    private static void openOrder(FxRobot robot, Predicate<OrderIndex.Row> which) throws Exception {
        OrderRowItem row = (OrderRowItem) select(robot, table(robot, "#ordersTable"),
                o -> which.test(((OrderRowItem) o).row()));
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> UiDesk.onFx(() -> row.row().number()
                .equals(robot.lookup("#orderTitle").queryAs(Label.class).getText())));
    }

    /// Opens the first product in its editor (Enter on the selected row) and types a letter into its title,
    /// so Save is offered if the role may save. Never saved: the user signs out with it unsaved.
    private static Callable<Shown> typedIntoProduct(FxRobot robot) throws Exception {
        TableView<?> products = table(robot, "#productTable");
        select(robot, products, x -> true);
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> UiDesk.onFx(() -> robot.lookup("#title").tryQuery()
                .filter(RolePermissionsUiTest::onScreen)
                .map(n -> !((TextInputControl) n).getText().isBlank()).orElse(false)));
        TextInputControl title = robot.lookup("#title").queryAs(TextInputControl.class);
        robot.interact(() -> title.appendText("x"));
        return node(robot, "#saveButton");
    }
}
