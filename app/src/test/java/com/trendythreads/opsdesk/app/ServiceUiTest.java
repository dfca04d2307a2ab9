package com.trendythreads.opsdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.trendythreads.opsdesk.api.PlatformClient;
import com.trendythreads.opsdesk.api.dto.crm.Macro;
import com.trendythreads.opsdesk.api.dto.crm.Ticket;
import com.trendythreads.opsdesk.api.dto.crm.TicketMessage;
import com.trendythreads.opsdesk.api.dto.crm.TicketStatus;
import com.trendythreads.opsdesk.api.dto.orders.Order;
import com.trendythreads.opsdesk.api.dto.orders.OrderStatus;
import com.trendythreads.opsdesk.api.rules.Refunds;
import com.trendythreads.opsdesk.api.service.CrmApi;
import com.trendythreads.opsdesk.api.service.OrdersApi;
import com.trendythreads.opsdesk.cache.crm.SlaState;
import com.trendythreads.opsdesk.cache.kpi.DrillTable;
import com.trendythreads.opsdesk.viewmodels.orders.OrderDetailItems;
import com.trendythreads.opsdesk.viewmodels.service.MessageItem;
import com.trendythreads.opsdesk.viewmodels.service.TicketItem;
import com.trendythreads.opsdesk.viewmodels.service.customers.CustomerOrderItem;
import com.trendythreads.opsdesk.viewmodels.shell.RecordLinks;
import com.trendythreads.opsdesk.viewmodels.shell.WorkspaceItem;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Spinner;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
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

/// The customer service desk through the real window against the demo platform (TINY), as sam.support: the
/// inbox opens as his home with breached tickets highlighted, a ticket opens beside it, a macro fills the reply,
/// Ctrl+Enter sends it, it shows in the conversation and reaches the platform's ticket once; the figures tab
/// shows his figures beside the team's.
@ExtendWith(ApplicationExtension.class)
class ServiceUiTest {

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

    private String onFxText(TextArea area) throws Exception {
        Callable<String> read = area::getText;
        return WaitForAsyncUtils.asyncFx(read).get();
    }

    /// TINY's tickets depend on the hour the seed runs: when no NEW or OPEN ticket is past its deadline, a
    /// PENDING one past it is reopened (the customer wrote back), which makes it breached.
    private void ensureABreachedTicket() {
        try (PlatformClient admin = desk.admin()) {
            CrmApi crm = admin.create(CrmApi.class);
            List<Ticket> all = crm.listTickets(null, 200, null, null, null, null).items();
            java.time.Instant now = java.time.Instant.now();
            boolean breached = all.stream().anyMatch(t -> (t.status() == TicketStatus.NEW
                    || t.status() == TicketStatus.OPEN) && t.slaDueAt().isBefore(now));
            if (!breached) {
                Ticket pending = all.stream().filter(t -> t.status() == TicketStatus.PENDING
                        && t.slaDueAt().isBefore(now)).findFirst().orElseThrow();
                crm.updateTicket(pending.id(), java.util.UUID.randomUUID().toString(), "\"" + pending.version() + "\"",
                        new com.trendythreads.opsdesk.api.dto.crm.TicketPatch(TicketStatus.OPEN, null, null, null));
            }
        }
    }

    @Test
    void anAgentAnswersATicketWithAMacro(FxRobot robot) throws Exception {
        ensureABreachedTicket();
        robot.clickOn("#username").eraseText(40).write("sam.support");
        UiDesk.signIn(robot, "demo");
        @SuppressWarnings("unchecked")
        ListView<WorkspaceItem> nav = robot.lookup("#navigation").queryAs(ListView.class);
        assertThat(UiDesk.onFx(() -> nav.getSelectionModel().getSelectedItem().title())).as("SUPPORT's home")
                .isEqualTo("Customer service");
        @SuppressWarnings("unchecked")
        TableView<TicketItem> tickets = robot.lookup("#tickets").queryAs(TableView.class);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> UiDesk.onFx(() -> !tickets.getItems().isEmpty()));

        // Team queue: the breached tickets come first and their rows are highlighted
        robot.clickOn("#queueTEAM");
        WaitForAsyncUtils.waitForFxEvents();
        List<TicketItem> team = UiDesk.onFx(() -> List.copyOf(tickets.getItems()));
        assertThat(team).isNotEmpty();
        assertThat(team.getFirst().sla()).as("the seed has breached open tickets").isEqualTo(SlaState.BREACHED);
        List<Node> red = UiDesk.onFx(() -> List.copyOf(robot.lookup(".table-row-cell.sla-breached").queryAll()));
        assertThat(red).isNotEmpty();

        // open the first OPEN ticket with the keyboard: select, J moves, Enter opens the reply box
        TicketItem target = team.stream().filter(t -> t.status() == TicketStatus.OPEN).findFirst().orElseThrow();
        int index = team.indexOf(target);
        robot.interact(() -> {
            tickets.requestFocus();
            tickets.getSelectionModel().clearAndSelect(Math.max(0, index - 1));
        });
        if (index > 0) {
            robot.type(KeyCode.J);
        }
        assertThat(UiDesk.onFx(() -> tickets.getSelectionModel().getSelectedItem().id())).isEqualTo(target.id());
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> UiDesk.onFx(() -> robot.lookup("#subject").queryLabeled()
                .getText().equals(target.subject())));
        TextArea reply = robot.lookup("#replyText").queryAs(TextArea.class);
        assertThat(UiDesk.onFx(reply::isFocused)).as("Enter opened the ticket for a reply").isTrue();
        WaitForAsyncUtils.waitForFxEvents();
        UiDesk.onFx(() -> TestApp.screenshot(stage.getScene(), "service-inbox"));

        // a macro: previewed filled, inserted, sent with Ctrl+Enter
        @SuppressWarnings("unchecked")
        ComboBox<Macro> macro = robot.lookup("#macro").queryAs(ComboBox.class);
        Macro instructions = UiDesk.onFx(() -> macro.getItems().stream().filter(m -> m.name().equals("Return instructions"))
                .findFirst().orElseThrow());
        robot.interact(() -> macro.getSelectionModel().select(instructions));
        String preview = UiDesk.onFx(() -> robot.lookup("#preview").queryLabeled().getText());
        assertThat(preview).startsWith("Hi ").contains("Best regards,\nSam Support").doesNotContain("{{");
        robot.clickOn("#applyMacro");
        assertThat(onFxText(reply)).isEqualTo(preview);
        robot.press(KeyCode.CONTROL, KeyCode.ENTER).release(KeyCode.ENTER, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        @SuppressWarnings("unchecked")
        ListView<MessageItem> conversation = robot.lookup("#conversation").queryAs(ListView.class);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> UiDesk.onFx(() -> {
            MessageItem last = conversation.getItems().getLast();
            return last.body().equals(preview) && !last.queued();
        }));
        assertThat(onFxText(reply)).as("the box is emptied").isEmpty();
        WaitForAsyncUtils.waitForFxEvents();
        UiDesk.onFx(() -> TestApp.screenshot(stage.getScene(), "ticket-view"));

        try (PlatformClient admin = desk.admin()) {
            Ticket there = admin.create(CrmApi.class).getTicket(target.id()).body();
            assertThat(there.messages().stream().filter(m -> m.body().equals(preview))).singleElement()
                    .satisfies(m -> assertThat(m.author()).isEqualTo(TicketMessage.Author.AGENT));
            assertThat(there.status()).as("the macro's status").isEqualTo(TicketStatus.PENDING);
            assertThat(there.tags()).contains("returns");
        }

        // the figures: his beside the team's
        robot.clickOn("Figures");
        @SuppressWarnings("unchecked")
        TableView<com.trendythreads.opsdesk.viewmodels.service.FigureRow> figures =
                robot.lookup("#figures").queryAs(TableView.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> UiDesk.onFx(() -> !figures.getItems().isEmpty()));
        assertThat(UiDesk.onFx(() -> figures.getItems().getFirst().name())).isEqualTo("Tickets");
        assertThat(UiDesk.onFx(() -> Integer.parseInt(figures.getItems().getFirst().team()))).isPositive();
        WaitForAsyncUtils.waitForFxEvents();
        UiDesk.onFx(() -> TestApp.screenshot(stage.getScene(), "support-figures"));
    }

    /// The header of one of the side pane's tabs.
    private static Node sideTab(FxRobot robot, Node side, String title) {
        return robot.from(side).lookup(".tab-label").match((Label l) -> l.getText().equals(title)).queryAs(Node.class);
    }

    /// A ticket about a delivered order nothing was refunded of yet, whose customer has more orders.
    private Ticket ticketAboutARefundableOrder() {
        try (PlatformClient admin = desk.admin()) {
            CrmApi crm = admin.create(CrmApi.class);
            OrdersApi orders = admin.create(OrdersApi.class);
            for (Ticket t : crm.listTickets(null, 200, null, null, null, null).items()) {
                if (t.orderId() == null) {
                    continue;
                }
                Order o = orders.getOrder(t.orderId()).body();
                if (o.status() == OrderStatus.DELIVERED && o.refundedCents() == 0 && Refunds.refundableCents(o) > 0) {
                    return t;
                }
            }
        }
        throw new AssertionError("no ticket about a delivered, unrefunded order in TINY");
    }

    /// The customer's story beside the ticket: the 360 lists their orders, the ticket's order is in front with
    /// the payment account only as the provider masked it, and one line is refunded without leaving the ticket;
    /// the refund reaches the platform once, made by the agent.
    @Test
    void anAgentRefundsALineFromInsideTheTicket(FxRobot robot) throws Exception {
        Ticket ticket = ticketAboutARefundableOrder();
        robot.clickOn("#username").eraseText(40).write("sam.support");
        UiDesk.signIn(robot, "demo");
        @SuppressWarnings("unchecked")
        TableView<TicketItem> tickets = robot.lookup("#tickets").queryAs(TableView.class);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> UiDesk.onFx(() -> !tickets.getItems().isEmpty()));
        RecordLinks links = desk.injector().getInstance(RecordLinks.class);
        robot.interact(() -> links.open(DrillTable.Target.TICKET, ticket.id()));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> UiDesk.onFx(() -> robot.lookup("#subject").queryLabeled()
                .getText().equals(ticket.subject())));
        Order order;
        try (PlatformClient admin = desk.admin()) {
            order = admin.create(OrdersApi.class).getOrder(ticket.orderId()).body();
        }
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> UiDesk.onFx(() -> order.number().equals(
                robot.lookup(".ticket-side #orderTitle").queryAs(Label.class).getText())));
        @SuppressWarnings("unchecked")
        TableView<OrderDetailItems.PaymentItem> payments = robot.lookup(".ticket-side #paymentsTable")
                .queryAs(TableView.class);
        String account = order.payments().getFirst().account();
        assertThat(account).matches("^(VISA|Mastercard|Amex|Klarna|Gift card) •••• \\d{4}|PayPal .\\*\\*\\*@\\S+$");
        assertThat(UiDesk.onFx(() -> payments.getItems().getFirst().method())).as("masked payment details")
                .isEqualTo(account);

        // the customer's 360 beside the ticket lists the order among theirs
        Node side = robot.lookup(".ticket-side").query();
        robot.clickOn(sideTab(robot, side, "Customer"));
        @SuppressWarnings("unchecked")
        TableView<CustomerOrderItem> theirOrders = robot.from(side).lookup("#customerOrders").queryAs(TableView.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> UiDesk.onFx(() -> theirOrders.getItems().stream()
                .anyMatch(o -> o.number().equals(order.number()))));
        WaitForAsyncUtils.waitForFxEvents();
        UiDesk.onFx(() -> TestApp.screenshot(stage.getScene(), "ticket-customer-360"));

        // back to the order: refund one unit of its first line
        robot.clickOn(sideTab(robot, side, "Order"));
        Button refund = robot.from(side).lookup("#refundButton").queryButton();
        assertThat(refund.isDisabled()).as("SUPPORT may refund").isFalse();
        robot.clickOn(refund);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> UiDesk.dialog("Refund") != null);
        Stage refundDialog = UiDesk.dialog("Refund");
        javafx.scene.Scene dialogScene = refundDialog.getScene();
        var line = order.lines().getFirst();
        @SuppressWarnings("unchecked")
        Spinner<Integer> qty = (Spinner<Integer>) dialogScene.lookup("#qty-" + line.id());
        robot.interact(() -> qty.getValueFactory().setValue(1));
        robot.clickOn(robot.from(dialogScene.getRoot()).lookup("#reason").queryAs(TextField.class))
                .write("Torn seam, see ticket " + ticket.id());
        assertThat(((Label) dialogScene.lookup("#effect")).getText()).contains(account).contains(order.number());
        robot.clickOn((Button) dialogScene.lookup("#confirmButton"));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !refundDialog.isShowing());
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> desk.engine().status().pendingEdits() == 0);
        try (PlatformClient admin = desk.admin()) {
            Order after = admin.create(OrdersApi.class).getOrder(order.id()).body();
            assertThat(after.refunds()).singleElement().satisfies(r -> {
                assertThat(r.amountCents()).isEqualTo(Refunds.nextUnits(line, 0, 1));
                assertThat(r.by()).isEqualTo("sam.support");
            });
            assertThat(after.payments().getLast().account()).as("refunded to the card paid with").isEqualTo(account);
        }
        assertThat(UiDesk.onFx(() -> robot.lookup("#subject").queryLabeled().getText())).as("still on the ticket")
                .isEqualTo(ticket.subject());
    }
}
