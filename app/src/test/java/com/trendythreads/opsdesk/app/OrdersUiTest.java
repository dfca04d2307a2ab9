package com.trendythreads.opsdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.trendythreads.opsdesk.api.PlatformClient;
import com.trendythreads.opsdesk.api.dto.orders.Order;
import com.trendythreads.opsdesk.api.dto.orders.OrderStatus;
import com.trendythreads.opsdesk.api.dto.orders.Payment;
import com.trendythreads.opsdesk.api.rules.Refunds;
import com.trendythreads.opsdesk.api.service.OrdersApi;
import com.trendythreads.opsdesk.viewmodels.orders.OrderRowItem;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
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

/// The Orders workspace through the real window against the demo platform: a manager searches the list,
/// opens an order and sees its timeline, refunds one line with Ctrl+R (the dialog states the effect), and the
/// refund reaches the platform exactly once; the warehouse does not see the workspace at all.
@ExtendWith(ApplicationExtension.class)
class OrdersUiTest {

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

    private Order candidate() {
        try (PlatformClient admin = desk.admin()) {
            OrdersApi api = admin.create(OrdersApi.class);
            return api.listOrders(null, 200, OrderStatus.DELIVERED, null, null, null, null, null, null).items().stream()
                    .filter(o -> o.refundedCents() == 0 && Refunds.refundableCents(o) > 0 && o.timeline().size() >= 4
                            && o.lines().stream().anyMatch(l -> l.quantity() >= 2))
                    .findFirst().orElseThrow(() -> new AssertionError("no delivered multi-unit order in TINY"));
        }
    }

    private Order onPlatform(String id) {
        try (PlatformClient admin = desk.admin()) {
            return admin.create(OrdersApi.class).getOrder(id).body();
        }
    }

    @Test
    void aManagerRefundsOneLineFromTheOrderDetailAndItLandsOnce(FxRobot robot) throws Exception {
        Order order = candidate();
        robot.clickOn("#username").write("mona.manager");
        UiDesk.signIn(robot, "demo");
        robot.clickOn("Orders");
        @SuppressWarnings("unchecked")
        TableView<OrderRowItem> table = robot.lookup("#ordersTable").queryAs(TableView.class);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> UiDesk.onFx(() -> table.getItems().size()) > 20);
        assertThat(robot.lookup("#summary").queryAs(Label.class).getText()).matches("[\\d,]+ of [\\d,]+ orders");
        robot.interact(() -> table.getSelectionModel().select(0));
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.asyncFx(() -> TestApp.screenshot(stage.getScene(), "orders-list")).get();
        assertThat(UiDesk.onFx(() -> table.getItems().getFirst().row().placedAt()))
                .isAfterOrEqualTo(UiDesk.onFx(() -> table.getItems().getLast().row().placedAt()));

        // Ctrl+F, the number, Enter: the one order, opened
        robot.press(KeyCode.CONTROL, KeyCode.F).release(KeyCode.F, KeyCode.CONTROL);
        assertThat(robot.lookup("#orderSearch").queryAs(TextField.class).isFocused()).isTrue();
        robot.write(order.number());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> UiDesk.onFx(() -> table.getItems().size()) == 1);
        robot.interact(() -> {
            table.requestFocus();
            table.getSelectionModel().select(0);
        });
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> order.number().equals(
                robot.lookup("#orderTitle").queryAs(Label.class).getText()));
        @SuppressWarnings("unchecked")
        TableView<?> timeline = robot.lookup("#timelineTable").queryAs(TableView.class);
        assertThat(timeline.getItems()).hasSize(order.timeline().size());
        Button refund = robot.lookup("#refundButton").queryButton();
        assertThat(refund.isDisabled()).as("a MANAGER may refund").isFalse();
        assertThat(robot.lookup("#cancelButton").queryButton().isDisabled()).as("delivered: no cancel").isTrue();
        assertThat(robot.lookup("#cancelWrap").query().getAccessibleHelp())
                .isEqualTo("Shipped orders cannot be cancelled: create a return instead");
        WaitForAsyncUtils.asyncFx(() -> TestApp.screenshot(stage.getScene(), "order-detail")).get();

        // Ctrl+R: the refund dialog; one unit of the multi-unit line
        robot.press(KeyCode.CONTROL, KeyCode.R).release(KeyCode.R, KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> UiDesk.dialog("Refund") != null);
        Stage refundDialog = UiDesk.dialog("Refund");
        Scene dialogScene = refundDialog.getScene();
        var line = order.lines().stream().filter(l -> l.quantity() >= 2).findFirst().orElseThrow();
        @SuppressWarnings("unchecked")
        Spinner<Integer> qty = (Spinner<Integer>) dialogScene.lookup("#qty-" + line.id());
        robot.interact(() -> qty.getValueFactory().setValue(1));
        robot.clickOn(robot.from(dialogScene.getRoot()).lookup("#reason").queryAs(TextField.class)).write("Arrived damaged");
        String amount = new java.text.DecimalFormat("0.00").format(Refunds.nextUnits(line, 0, 1) / 100.0);
        Label effect = (Label) dialogScene.lookup("#effect");
        String method = order.payments().stream().filter(p -> p.kind() == Payment.Kind.CAPTURE).findFirst()
                .orElseThrow().account();
        assertThat(method).as("the provider's masked account").matches("^(VISA|Mastercard|Amex|Klarna|Gift card) •••• \\d{4}|PayPal .\\*\\*\\*@\\S+$");
        assertThat(effect.getText()).isEqualTo("Refund €" + amount + " to " + method + " for 1 item of "
                + order.number());
        assertThat(((Label) dialogScene.lookup("#vat")).getText()).startsWith("incl. €").endsWith("VAT (19 %)");
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.asyncFx(() -> TestApp.screenshot(dialogScene, "order-refund")).get();
        Button confirm = (Button) dialogScene.lookup("#confirmButton");
        robot.clickOn(confirm);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !refundDialog.isShowing());

        // the outbox entry reaches the platform once, and the detail follows the platform's answer
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> desk.engine().status().pendingEdits() == 0);
        Order after = onPlatform(order.id());
        assertThat(after.refunds()).hasSize(1);
        assertThat(after.refunds().getFirst().amountCents()).isEqualTo(Refunds.nextUnits(line, 0, 1));
        assertThat(after.refunds().getFirst().by()).isEqualTo("mona.manager");
        try {
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> UiDesk.onFx(() -> timeline.getItems().size())
                    == after.timeline().size());
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("the timeline shows " + UiDesk.onFx(() -> timeline.getItems().stream()
                    .map(Object::toString).toList()) + " instead of the platform's " + after.timeline(), e);
        }
        assertThat(after.timeline()).hasSize(order.timeline().size() + 1);

        // Esc closes a dialog without doing anything
        robot.clickOn("#returnButton");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> UiDesk.dialog("Return") != null);
        Stage returnDialog = UiDesk.dialog("Return");
        robot.interact(returnDialog::requestFocus);
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !returnDialog.isShowing());
        assertThat(desk.engine().status().pendingEdits()).isZero();

        // "Open customer": the service workspace's Customers tab with this customer's 360
        robot.clickOn("#customerLink");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> UiDesk.onFx(() -> robot.lookup(".customers #customerName")
                .tryQuery().map(n -> ((Label) n).getText()).orElse("")).equals(order.customer().name()));
        assertThat(UiDesk.onFx(() -> ((javafx.scene.control.TabPane) robot.lookup(".service").query()).getSelectionModel()
                .getSelectedItem().getText())).isEqualTo("Customers");

        // The warehouse may list orders (x-roles of listOrders), so it sees the Orders workspace (lane access:
        // a workspace follows its list operation); cancel, refund and return stay SUPPORT/MANAGER/ADMIN only.
        desk.signOut(robot);
        robot.interact(() -> robot.lookup("#username").queryAs(TextField.class).clear());
        robot.clickOn("#username").write("walt.warehouse");
        UiDesk.signIn(robot, "demo");
        assertThat(robot.lookup("Picking").tryQuery()).isPresent();
        assertThat(robot.lookup("Orders").tryQuery()).isPresent();
    }
}
