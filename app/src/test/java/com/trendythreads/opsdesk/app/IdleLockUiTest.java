package com.trendythreads.opsdesk.app;

import static com.trendythreads.opsdesk.app.UiDesk.label;
import static org.assertj.core.api.Assertions.assertThat;

import com.trendythreads.opsdesk.api.PlatformClient;
import com.trendythreads.opsdesk.api.dto.orders.Order;
import com.trendythreads.opsdesk.api.dto.orders.OrderStatus;
import com.trendythreads.opsdesk.api.dto.orders.Payment;
import com.trendythreads.opsdesk.api.dto.orders.PaymentStatus;
import com.trendythreads.opsdesk.api.rules.Refunds;
import com.trendythreads.opsdesk.api.service.OrdersApi;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.PasswordField;
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

/// Lane security (issue 10): the idle lock hides the workspace and asks for the password; the platform checks
/// it online, the local data's key offline; signing out from the lock returns to the sign-in screen. (The idle
/// time itself is tested with a moved clock in `IdleLockViewModelTest`; here the lock is started by Ctrl+L.)
/// Also: a refund from the contract's step-up threshold asks for the password in the dialog, is sent online
/// at once, and shows in the order's history from the platform's audit log; so does a cancel that would refund
/// that much.
@ExtendWith(ApplicationExtension.class)
class IdleLockUiTest {

    @TempDir
    static Path tmp;

    private UiDesk desk;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        desk = UiDesk.withPlatform(stage, tmp);
    }

    @Stop
    void stop() {
        desk.close();
    }

    private static boolean shown(FxRobot robot, String id) throws Exception {
        return UiDesk.onFx(() -> robot.lookup(id).tryQuery().map(n -> {
            for (Node p = n; p != null; p = p.getParent()) {
                if (!p.isVisible()) {
                    return false;
                }
            }
            return true;
        }).orElse(false));
    }

    private static void lock(FxRobot robot) throws Exception {
        robot.press(KeyCode.CONTROL, KeyCode.L).release(KeyCode.L, KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> shown(robot, "#idleLock"));
    }

    /// File → Lock now, fired as the idle timer would: a modal dialog on top keeps its accelerator from the window.
    private static javafx.scene.control.MenuItem lockItem(FxRobot robot) {
        javafx.scene.control.MenuBar bar = robot.lookup(".menu-bar").queryAs(javafx.scene.control.MenuBar.class);
        return bar.getMenus().stream().flatMap(m -> m.getItems().stream()).filter(i -> "lockItem".equals(i.getId()))
                .findFirst().orElseThrow();
    }

    private static void unlockWith(FxRobot robot, String password) throws Exception {
        robot.interact(() -> robot.lookup("#idleLockPassword").queryAs(PasswordField.class).clear());
        robot.clickOn("#idleLockPassword").write(password);
        robot.clickOn("#idleLockUnlock");
    }

    @Test
    void theLockHidesTheWorkspaceAndOnlyTheUsersPasswordLiftsItOnlineAndOffline(FxRobot robot) throws Exception {
        robot.interact(() -> robot.lookup("#username").queryAs(javafx.scene.control.TextField.class).clear());
        robot.clickOn("#username").write("mona.manager");
        UiDesk.signIn(robot, "demo");
        assertThat(shown(robot, "#workspaceContent")).isTrue();

        lock(robot);
        assertThat(shown(robot, "#workspaceContent")).as("the workspace is hidden").isFalse();
        assertThat(shown(robot, "#navigation")).isFalse();
        assertThat(label(robot, "#idleLockWho").getText()).isEqualTo("Locked: Mona Manager (mona.manager)");

        unlockWith(robot, "wrong");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> "Wrong password.".equals(label(robot, "#idleLockError").getText()));
        assertThat(shown(robot, "#idleLock")).isTrue();
        WaitForAsyncUtils.asyncFx(() -> TestApp.screenshot(stage.getScene(), "idle-lock")).get();

        unlockWith(robot, "demo");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !shown(robot, "#idleLock"));
        assertThat(shown(robot, "#workspaceContent")).isTrue();

        // Offline: the local data's key checks the password.
        desk.stopPlatform();
        lock(robot);
        unlockWith(robot, "wrong");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> "Wrong password.".equals(label(robot, "#idleLockError").getText()));
        unlockWith(robot, "demo");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !shown(robot, "#idleLock"));
        assertThat(shown(robot, "#workspaceContent")).isTrue();

        // Signing out from the lock: back to the sign-in screen.
        lock(robot);
        robot.clickOn("#idleLockSignOut");
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> robot.lookup("#signIn").tryQuery().isPresent());
    }

    private static long allLines(Order o) {
        return o.lines().stream().mapToLong(l -> Refunds.lineAmount(l, l.quantity())).sum();
    }

    @Test
    void aLargeRefundAsksForThePasswordIsSentOnlineAndShowsInTheOrdersHistory(FxRobot robot) throws Exception {
        // Newest first, page after page: whether one of the newest 200 is that large depends on the seed's clock
        // (at 08:05 UTC on 2026-11-27 none was). Within 60 days, so the desk's 90-day working set holds it.
        Order found = null;
        try (PlatformClient admin = desk.admin()) {
            java.time.Instant since = java.time.Instant.now().minus(java.time.Duration.ofDays(60));
            String cursor = null;
            do {
                var page = admin.create(OrdersApi.class).listOrders(cursor, 200, null, null, null, null, null, null, null);
                found = page.items().stream().filter(o -> o.status() != OrderStatus.CANCELLED && o.refundedCents() == 0
                                && o.placedAt().isAfter(since)
                                && Refunds.refundableCents(o) >= 50_000 && allLines(o) >= 50_000)
                        .findFirst().orElse(null);
                boolean older = page.items().isEmpty() || page.items().getLast().placedAt().isBefore(since);
                cursor = found == null && !older && page.hasNext() ? page.nextCursor() : null;
            } while (cursor != null);
        }
        if (found == null) {
            throw new AssertionError("no order of €500 or more in the last 60 days");
        }
        Order order = found;
        robot.interact(() -> robot.lookup("#username").queryAs(javafx.scene.control.TextField.class).clear());
        robot.clickOn("#username").write("mona.manager");
        UiDesk.signIn(robot, "demo");
        robot.clickOn("Orders");
        @SuppressWarnings("unchecked")
        javafx.scene.control.TableView<Object> table = robot.lookup("#ordersTable").queryAs(javafx.scene.control.TableView.class);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> UiDesk.onFx(() -> table.getItems().size()) > 20);
        robot.press(KeyCode.CONTROL, KeyCode.F).release(KeyCode.F, KeyCode.CONTROL);
        robot.write(order.number());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> UiDesk.onFx(() -> table.getItems().size()) == 1);
        robot.interact(() -> {
            table.requestFocus();
            table.getSelectionModel().select(0);
        });
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> order.number().equals(label(robot, "#orderTitle").getText()));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> "No changes recorded on the platform yet."
                .equals(label(robot, "#orderHistoryMessage").getText()));

        robot.press(KeyCode.CONTROL, KeyCode.R).release(KeyCode.R, KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> UiDesk.dialog("Refund") != null);
        // The lock comes on while the (modal) dialog is open: the dialog goes — it applied nothing, and it would
        // keep the lock's password field from getting input — and the refund is still to be made.
        Stage abandoned = UiDesk.dialog("Refund");
        robot.interact(() -> lockItem(robot).fire());
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> shown(robot, "#idleLock"));
        assertThat(abandoned.isShowing()).as("the dialog is not left over the lock").isFalse();
        unlockWith(robot, "demo");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !shown(robot, "#idleLock"));
        try (PlatformClient admin = desk.admin()) {
            assertThat(admin.create(OrdersApi.class).getOrder(order.id()).body().refundedCents()).isZero();
        }
        robot.press(KeyCode.CONTROL, KeyCode.R).release(KeyCode.R, KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> UiDesk.dialog("Refund") != null);
        Stage dialog = UiDesk.dialog("Refund");
        javafx.scene.Scene scene = dialog.getScene();
        for (var l : order.lines()) {
            @SuppressWarnings("unchecked")
            javafx.scene.control.Spinner<Integer> qty = (javafx.scene.control.Spinner<Integer>) scene.lookup("#qty-" + l.id());
            robot.interact(() -> qty.getValueFactory().setValue(l.quantity()));
        }
        robot.clickOn(robot.from(scene.getRoot()).lookup("#reason").queryAs(javafx.scene.control.TextField.class))
                .write("Faulty batch");
        javafx.scene.control.Button confirm = (javafx.scene.control.Button) scene.lookup("#confirmButton");
        Node password = scene.lookup("#refundStepUpPassword");
        assertThat(UiDesk.onFx(password::isVisible)).isTrue();
        assertThat(confirm.isDisabled()).as("the password first").isTrue();
        robot.clickOn(password).write("demo");
        assertThat(confirm.isDisabled()).isFalse();
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.asyncFx(() -> TestApp.screenshot(scene, "refund-step-up")).get();
        robot.clickOn(confirm);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !dialog.isShowing());
        assertThat(desk.engine().outbox().entries()).as("sent online, never queued").isEmpty();
        try (PlatformClient admin = desk.admin()) {
            assertThat(admin.create(OrdersApi.class).getOrder(order.id()).body().refundedCents()).isEqualTo(allLines(order));
        }

        // the change reaches the cache, the detail shows it again, and its history now has the refund
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> UiDesk.onFx(() -> robot.lookup("#orderHistoryList")
                .queryAs(javafx.scene.control.ListView.class).getItems().size()) == 1);
        robot.interact(() -> robot.lookup(".order-detail .scroll-pane").queryAs(javafx.scene.control.ScrollPane.class)
                .setVvalue(1.0));
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.asyncFx(() -> TestApp.screenshot(stage.getScene(), "record-history")).get();

        // Cancelling refunds everything captured, so a cancel of €500 or more asks for the password too
        // (cancelOrder's x-step-up). TINY has no open order with that much captured: one gets a larger capture.
        Order open;
        try (PlatformClient admin = desk.admin()) {
            open = admin.create(OrdersApi.class).listOrders(null, 200, null, null, null, null, null, null, null)
                    .items().stream().filter(o -> o.status() == OrderStatus.PAID && o.refundedCents() == 0
                            && o.refunds().isEmpty()).findFirst().orElseThrow(() -> new AssertionError("no paid order"));
        }
        raiseCapture(open, 60_000);
        var session = desk.injector().getInstance(com.trendythreads.opsdesk.viewmodels.session.SessionState.class);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> session.current().data().orders().get(open.id())
                .map(Refunds::refundableCents).orElse(0L) == 60_000);
        robot.interact(() -> robot.lookup("#orderSearch").queryAs(javafx.scene.control.TextField.class)
                .setText(open.number()));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> UiDesk.onFx(() -> table.getItems().size()) == 1);
        robot.interact(() -> {
            table.requestFocus();
            table.getSelectionModel().select(0);
        });
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> open.number().equals(label(robot, "#orderTitle").getText()));
        robot.interact(() -> robot.lookup(".order-detail .scroll-pane").queryAs(javafx.scene.control.ScrollPane.class)
                .setVvalue(0));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#cancelButton").queryButton().isDisabled()).as("a paid order may be cancelled").isFalse();
        robot.clickOn("#cancelButton");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> UiDesk.dialog("Cancel order") != null);
        Stage cancel = UiDesk.dialog("Cancel order");
        Node cancelPassword = cancel.getScene().lookup("#cancelStepUpPassword");
        javafx.scene.control.Button cancelConfirm = (javafx.scene.control.Button) cancel.getScene().lookup("#confirmButton");
        robot.clickOn(robot.from(cancel.getScene().getRoot()).lookup("#reason").queryAs(javafx.scene.control.TextField.class))
                .write("Customer asked");
        assertThat(UiDesk.onFx(cancelPassword::isVisible)).as("€600.00 would be refunded").isTrue();
        assertThat(cancelConfirm.isDisabled()).as("the password first").isTrue();
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.asyncFx(() -> TestApp.screenshot(cancel.getScene(), "cancel-step-up")).get();
        robot.interact(cancel::close);
        try (PlatformClient admin = desk.admin()) {
            assertThat(admin.create(OrdersApi.class).getOrder(open.id()).body().status()).isEqualTo(OrderStatus.PAID);
        }
    }

    /// A larger capture on the platform (a recorded write, as an online payment would make it).
    private void raiseCapture(Order o, long capturedCents) {
        var store = new com.trendythreads.opsdesk.platform.orders.OrderStore(
                com.trendythreads.opsdesk.platform.http.Json.newMapper());
        var capture = new Payment("pay_big_" + o.id(), Payment.Kind.CAPTURE, Payment.Method.CARD, capturedCents,
                o.placedAt(), "VISA •••• 4242");
        desk.platform().writes().run(com.trendythreads.opsdesk.platform.auth.Principal.SYSTEM, tx -> {
            Order p = store.find(tx.handle(), o.id()).orElseThrow();
            store.update(tx, new Order(p.id(), p.number(), p.placedAt(), p.channel(), p.locationId(), p.status(),
                    PaymentStatus.PAID, p.fulfilmentStatus(), p.customer(), p.shippingAddress(), p.billingAddress(),
                    p.lines(), p.subtotalCents(), p.discountCents(), p.shippingCents(), p.taxCents(), capturedCents,
                    0, p.currency(), p.promoCodes(), p.campaignId(), List.of(capture), p.refunds(), p.returns(),
                    p.timeline(), p.shipment(), p.pickListId(), p.exchangeForOrderId(), p.flagged(), tx.now(),
                    p.version() + 1));
            return null;
        });
    }
}
