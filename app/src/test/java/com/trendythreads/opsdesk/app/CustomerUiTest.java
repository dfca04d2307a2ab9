package com.trendythreads.opsdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.trendythreads.opsdesk.api.dto.crm.Customer;
import com.trendythreads.opsdesk.api.service.CrmApi;
import com.trendythreads.opsdesk.cache.LocalData;
import com.trendythreads.opsdesk.viewmodels.service.customers.AdjustmentItem;
import com.trendythreads.opsdesk.viewmodels.service.customers.CustomerOrderItem;
import com.trendythreads.opsdesk.viewmodels.service.customers.CustomerRowItem;
import com.trendythreads.opsdesk.viewmodels.session.SessionState;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
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

/// sam.support against a real TINY platform: the customer search and 360 (the `service` workspace's
/// "Customers" tab after the merge; mounted here in its own window because this lane registers no
/// workspace). Search a customer, see the 360 with orders, adjust points with a reason (refused without one),
/// and an erasure held by an open order that explains itself and changes nothing.
@ExtendWith(ApplicationExtension.class)
class CustomerUiTest {

    @TempDir
    static Path tmp;

    private UiDesk desk;
    private Stage stage;
    private javafx.scene.Node scope;

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
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> UiDesk.onFx(condition));
    }

    private String text(FxRobot robot, String id) {
        return robot.from(scope).lookup(id).queryAs(Label.class).getText();
    }

    @Test
    void searchA360AdjustPointsAndAHeldErasure(FxRobot robot) throws Exception {
        robot.clickOn("#username").write("sam.support");
        UiDesk.signIn(robot, "demo");
        LocalData data = desk.injector().getInstance(SessionState.class).current().data();
        // A customer with a cached order that has not shipped yet: the platform holds their erasure.
        String id = data.db().read(h -> h.createQuery("SELECT o.customer_id FROM orders o JOIN customers c"
                        + " ON c.id = o.customer_id WHERE o.status IN ('PLACED', 'PAID', 'PICKING', 'PACKED')"
                        + " AND c.phone IS NOT NULL ORDER BY o.placed_at DESC, o.id LIMIT 1")
                .mapTo(String.class).one());
        Customer c = data.customers().get(id).orElseThrow();
        String name = c.firstName() + " " + c.lastName();

        // the service workspace (sam.support's home) → its Customers tab; the ticket's side holds a second 360, so
        // every lookup below is scoped to the Customers tab
        robot.clickOn("Customers");
        scope = robot.lookup(".customers").query();

        robot.clickOn(robot.from(scope).lookup("#customerSearch").queryAs(javafx.scene.Node.class)).write(c.lastName());
        @SuppressWarnings("unchecked")
        TableView<CustomerRowItem> table = robot.from(scope).lookup("#customerTable").queryAs(TableView.class);
        waitUntil(() -> table.getItems().stream().anyMatch(r -> r.id().equals(id))
                && table.getItems().stream().allMatch(r -> r.name().contains(c.lastName())
                        || r.email().contains(c.lastName().toLowerCase()) || r.name().toLowerCase().contains(
                                c.lastName().toLowerCase())));
        robot.interact(() -> table.getSelectionModel().select(table.getItems().stream()
                .filter(r -> r.id().equals(id)).findFirst().orElseThrow()));
        waitUntil(() -> name.equals(text(robot, "#customerName")));

        // sam.support is in x-pii-roles: the real e-mail, offered as a contact, no masked note.
        assertThat(robot.from(scope).lookup("#customerEmailLink").queryAs(javafx.scene.control.Hyperlink.class).getText())
                .isEqualTo(c.email());
        assertThat(robot.from(scope).lookup("#customerEmailLink").query().isVisible()).isTrue();
        assertThat(robot.from(scope).lookup("#maskedNote").query().isVisible()).isFalse();

        robot.clickOn(robot.from(scope).lookup("#customerOrdersTab .tab-label").queryAs(javafx.scene.Node.class));
        @SuppressWarnings("unchecked")
        TableView<CustomerOrderItem> orders = robot.from(scope).lookup("#customerOrders").queryAs(TableView.class);
        List<String> cached = data.orders().byCustomer(id).stream().map(o -> o.number()).toList();
        waitUntil(() -> orders.getItems().stream().map(CustomerOrderItem::number).toList().equals(cached));
        WaitForAsyncUtils.waitForFxEvents();
        Path shot360 = UiDesk.onFx(() -> TestApp.screenshot(stage.getScene(), "customer-360"));
        assertThat(shot360).exists();
        assertThat(robot.from(scope).lookup("#consentSms").query().isDisabled()).as("SUPPORT may change consents").isFalse();
        robot.clickOn(robot.from(scope).lookup("Timeline").queryAs(javafx.scene.Node.class));
        @SuppressWarnings("unchecked")
        TableView<com.trendythreads.opsdesk.viewmodels.service.customers.TimelineItem> events =
                robot.from(scope).lookup("#customerTimeline").queryAs(TableView.class);
        waitUntil(() -> events.getItems().stream().anyMatch(e -> e.text().startsWith("Order " + cached.getFirst())));
        UiDesk.onFx(() -> TestApp.screenshot(stage.getScene(), "customer-timeline"));

        // Adjust points: refused without a reason (the fields say which), then queued and sent once.
        int before = c.loyaltyPoints();
        robot.clickOn(robot.from(scope).lookup("#adjustPointsButton").queryAs(javafx.scene.Node.class));
        robot.clickOn(robot.from(scope).lookup("#loyaltyPoints").queryAs(javafx.scene.Node.class)).write("0");
        robot.clickOn(robot.from(scope).lookup("#loyaltyApply").queryAs(javafx.scene.Node.class));
        waitUntil(() -> text(robot, "#loyaltyPointsError").equals("Points: Must not be 0.")
                && text(robot, "#loyaltyReasonError").equals("Reason: Required."));
        robot.doubleClickOn("#loyaltyPoints").eraseText(3).write("+120");
        robot.clickOn(robot.from(scope).lookup("#loyaltyReason").queryAs(javafx.scene.Node.class)).write("Parcel arrived late");
        waitUntil(() -> text(robot, "#loyaltyPointsError").isEmpty() && text(robot, "#loyaltyReasonError").isEmpty());
        robot.clickOn(robot.from(scope).lookup("#loyaltyApply").queryAs(javafx.scene.Node.class));
        String after = String.format(java.util.Locale.UK, "%,d", before + 120);
        waitUntil(() -> after.equals(text(robot, "#customerPoints")));
        @SuppressWarnings("unchecked")
        TableView<AdjustmentItem> history = robot.from(scope).lookup("#loyaltyHistory").queryAs(TableView.class);
        waitUntil(() -> !history.getItems().isEmpty()
                && history.getItems().getFirst().reason().equals("Parcel arrived late"));
        try (var admin = desk.admin()) {
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () ->
                    admin.create(CrmApi.class).getCustomer(id).body().loyaltyPoints() == before + 120);
            Customer there = admin.create(CrmApi.class).getCustomer(id).body();
            assertThat(there.adjustments().stream().filter(a -> a.reason().equals("Parcel arrived late")))
                    .as("sent once").hasSize(1);
        }
        waitUntil(() -> !history.getItems().getFirst().pending());
        WaitForAsyncUtils.waitForFxEvents();
        UiDesk.onFx(() -> TestApp.screenshot(stage.getScene(), "customer-loyalty"));

        // GDPR: the erasure is held by the open order, explained with its number; nothing changes.
        robot.clickOn(robot.from(scope).lookup("#customerPrivacyTab .tab-label").queryAs(javafx.scene.Node.class));
        robot.clickOn(robot.from(scope).lookup("#gdprErase").queryAs(javafx.scene.Node.class));
        assertThat(text(robot, "#gdprConfirmText")).contains(name).contains("cannot be undone");
        assertThat(robot.from(scope).lookup("#gdprConfirmErase").queryButton().isDisabled()).as("a reason first").isTrue();
        robot.clickOn(robot.from(scope).lookup("#gdprReason").queryAs(javafx.scene.Node.class)).write("Customer asked by e-mail");
        // Lane access: a sensitive action asks for the password again (step-up) before anything is sent.
        assertThat(robot.from(scope).lookup("#gdprConfirmErase").queryButton().isDisabled()).as("the password again")
                .isTrue();
        robot.clickOn(robot.from(scope).lookup("#stepUpPassword").queryAs(javafx.scene.Node.class)).write("demo");
        assertThat(robot.from(scope).lookup("#gdprConfirmErase").queryButton().isDisabled()).isFalse();
        WaitForAsyncUtils.waitForFxEvents();
        UiDesk.onFx(() -> TestApp.screenshot(stage.getScene(), "step-up"));
        robot.clickOn(robot.from(scope).lookup("#gdprConfirmErase").queryAs(javafx.scene.Node.class));
        waitUntil(() -> text(robot, "#gdprResult").startsWith("The platform holds the erasure"));
        String openNumber = data.orders().byCustomer(id).stream()
                .filter(o -> List.of("PLACED", "PAID", "PICKING", "PACKED").contains(o.status().name()))
                .findFirst().orElseThrow().number();
        assertThat(text(robot, "#gdprHeldOrders")).contains(openNumber);
        assertThat(data.customers().get(id).orElseThrow().email()).isEqualTo(c.email());
        WaitForAsyncUtils.waitForFxEvents();
        UiDesk.onFx(() -> TestApp.screenshot(stage.getScene(), "customer-gdpr"));
        assertThat(UiDesk.onFx(() -> ((TabPane) robot.from(scope).lookup(".tab-pane").query()).isDisabled())).isFalse();
    }
}
