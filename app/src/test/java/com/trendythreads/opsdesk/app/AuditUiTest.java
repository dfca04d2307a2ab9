package com.trendythreads.opsdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.trendythreads.opsdesk.api.IdempotencyKeys;
import com.trendythreads.opsdesk.api.PlatformClient;
import com.trendythreads.opsdesk.api.dto.audit.ExportReport;
import com.trendythreads.opsdesk.api.service.AuditApi;
import com.trendythreads.opsdesk.api.service.ResourcesApi;
import com.trendythreads.opsdesk.viewmodels.audit.AlertItem;
import com.trendythreads.opsdesk.viewmodels.audit.AuditEventItem;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;
import org.testfx.util.WaitForAsyncUtils;

/// mona.manager against a real TINY platform: an edit, a refund and an export made on the platform are found in
/// the Audit log with their before → after; a burst of failed sign-ins shows as an alert with its evidence and
/// is acknowledged. Screenshots: audit-log.png, security-alert.png.
@ExtendWith(ApplicationExtension.class)
class AuditUiTest {

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
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> UiDesk.onFx(condition));
    }

    private void shot(String name) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.asyncFx(() -> TestApp.screenshot(stage.getScene(), name)).get();
    }

    /// An edit, a refund and an export by ada.admin, and five failed sign-ins of walt.warehouse.
    private String[] script() throws Exception {
        try (PlatformClient admin = desk.admin()) {
            ResourcesApi api = admin.create(ResourcesApi.class);
            JsonNode product = api.list("v1/products", Map.of("limit", "1", "status", "ACTIVE")).path("items").get(0);
            String productId = product.path("id").asText();
            ArrayNode variants = product.path("variants").deepCopy();
            ObjectNode first = (ObjectNode) variants.get(0);
            first.put("priceCents", first.path("priceCents").asLong() + 1000);
            ObjectNode patch = JsonNodeFactory.instance.objectNode().put("title", "Audited linen shirt");
            patch.set("variants", variants);
            api.patch("v1/products/" + productId, "\"" + product.path("version").asLong() + "\"",
                    IdempotencyKeys.newKey(), patch);
            JsonNode order = api.list("v1/orders", Map.of("limit", "1", "status", "DELIVERED")).path("items").get(0);
            ObjectNode refund = JsonNodeFactory.instance.objectNode().put("includeShipping", false).put("reason", "Damaged");
            refund.putArray("lines").addObject().put("lineId", order.path("lines").get(0).path("id").asText())
                    .put("quantity", 1);
            api.post("v1/orders/" + order.path("id").asText() + "/refunds", null, IdempotencyKeys.newKey(), refund);
            admin.create(AuditApi.class).recordExport(IdempotencyKeys.newKey(),
                    new ExportReport(ExportReport.Kind.CSV, "customer", 80, true, "customers-ui.csv"));
            HttpClient http = HttpClient.newHttpClient();
            for (int i = 0; i < 5; i++) {
                http.send(HttpRequest.newBuilder(URI.create(desk.platformUrl() + "/oauth/token"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("grant_type=password&username=walt.warehouse&password=x"))
                        .build(), HttpResponse.BodyHandlers.discarding());
            }
            return new String[] {productId, order.path("id").asText()};
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void theAuditLogFindsAnEditARefundAndAnExportAndAnAlertIsAcknowledged(FxRobot robot) throws Exception {
        String[] ids = script();
        robot.clickOn("#username").write("mona.manager");
        UiDesk.signIn(robot, "demo");
        UiDesk.openWorkspace(robot, "Audit & alerts");
        TableView<AuditEventItem> events = robot.lookup("#auditEvents").queryAs(TableView.class);
        waitUntil(() -> events.getItems().size() >= 3);
        assertThat(robot.lookup("#auditSource").queryAs(Label.class).getText()).endsWith("events from the platform (newest first).");

        // the edit: found by its record, with before → after
        robot.clickOn("#auditEntityId").write(ids[0]);
        robot.clickOn("#auditSearch");
        waitUntil(() -> events.getItems().size() == 1 && events.getItems().getFirst().entityId().equals(ids[0]));
        AuditEventItem edit = UiDesk.onFx(() -> events.getItems().getFirst());
        assertThat(edit.action()).isEqualTo("update");
        assertThat(edit.who()).isEqualTo("ada.admin");
        assertThat(edit.changes()).anySatisfy(c -> assertThat(c).startsWith("title: ").endsWith(" → Audited linen shirt"));
        assertThat(edit.changes()).anySatisfy(c -> assertThat(c).startsWith("variants[").contains(".priceCents: "));

        // the refund and the export, by action
        robot.interact(() -> robot.lookup("#auditEntityId").queryAs(TextField.class).clear());
        robot.clickOn("#auditAction").write("refund");
        robot.clickOn("#auditSearch");
        waitUntil(() -> events.getItems().size() == 1 && events.getItems().getFirst().entityId().equals(ids[1]));
        assertThat(UiDesk.onFx(() -> events.getItems().getFirst().changes()))
                .anySatisfy(c -> assertThat(c).startsWith("refundedCents: "));
        robot.interact(() -> robot.lookup("#auditAction").queryAs(TextField.class).clear());
        robot.clickOn("#auditAction").write("export");
        robot.clickOn("#auditSearch");
        waitUntil(() -> events.getItems().size() == 1 && events.getItems().getFirst().summary().contains("customers-ui.csv"));

        // the whole log, the edit selected: the screenshot
        robot.interact(() -> robot.lookup("#auditAction").queryAs(TextField.class).clear());
        robot.clickOn("#auditSearch");
        waitUntil(() -> events.getItems().stream().anyMatch(i -> i.entityId().equals(ids[0]))
                && events.getItems().stream().filter(i -> i.action().equals("sign-in-failed")).count() == 5);
        robot.interact(() -> events.getSelectionModel().select(events.getItems().stream()
                .filter(i -> i.entityId().equals(ids[0])).findFirst().orElseThrow()));
        assertThat(robot.lookup("#auditDetails").queryAs(TextArea.class).getText()).contains("Audited linen shirt");
        shot("audit-log");

        // the alert: evidence, then acknowledged with a note
        UiDesk.clickTab(robot, "Alerts");
        TableView<AlertItem> alerts = robot.lookup("#alertTable").queryAs(TableView.class);
        waitUntil(() -> alerts.getItems().stream().anyMatch(a -> a.subject().equals("walt.warehouse")));
        robot.interact(() -> alerts.getSelectionModel().select(alerts.getItems().stream()
                .filter(a -> a.subject().equals("walt.warehouse")).findFirst().orElseThrow()));
        assertThat(robot.lookup("#alertEvidence").queryAs(TextArea.class).getText()).contains("Failed sign-ins: 5");
        assertThat(robot.lookup("#alertAcknowledge").queryAs(javafx.scene.control.Button.class).isDisabled()).isTrue();
        robot.clickOn("#alertNote").write("Walt confirmed he mistyped");
        shot("security-alert");
        robot.clickOn("#alertAcknowledge");
        waitUntil(() -> alerts.getItems().stream().anyMatch(a -> a.subject().equals("walt.warehouse")
                && a.status().startsWith("Acknowledged by mona.manager")));
        // sent, and the platform's answer back through the feed, before the app closes under it
        waitUntil(() -> desk.engine().status().pendingEdits() == 0);
        Thread.sleep(1_500);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
