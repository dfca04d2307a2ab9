package com.trendythreads.opsdesk.cache.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.trendythreads.opsdesk.api.PlatformClient;
import com.trendythreads.opsdesk.api.dto.audit.Alert;
import com.trendythreads.opsdesk.api.dto.audit.ExportReport;
import com.trendythreads.opsdesk.cache.repo.AuditData;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/// Lane audit on the desk: an export made offline is reported when back online, exactly once; an alert
/// reaches a manager's cache through the change feed and is acknowledged through the outbox.
class AuditOutboxTest extends PlatformTest {

    private static final Duration WAIT = Duration.ofSeconds(60);

    @Test
    void anExportMadeOfflineIsReportedOnceWhenBackOnline() {
        TestPlatform.Client desk = runningDesk(TestPlatform.FAST, WAIT);
        AuditData audit = new AuditData(desk.db(), desk.engine().edits(), Clock.systemUTC());
        platform.stop();

        audit.reportExport(new ExportReport(ExportReport.Kind.CSV, "customer", 120, true, "customers-offline.csv"));
        assertThat(audit.pendingExportReports()).isEqualTo(1);

        platform.restart();
        await().atMost(WAIT).pollInterval(Duration.ofMillis(100))
                .untilAsserted(() -> assertThat(audit.pendingExportReports()).isZero());
        PlatformClient truth = platform.client("mona.manager");
        List<JsonNode> events = TestPlatform.all(truth, "v1/audit-events", Map.of("action", "export", "user", "ada.admin"));
        assertThat(events).hasSize(1);
        JsonNode e = events.getFirst();
        assertThat(e.path("entityType").asText()).isEqualTo("customer");
        assertThat(e.path("after").path("count").asInt()).isEqualTo(120);
        assertThat(e.path("after").path("containsPii").asBoolean()).isTrue();
        assertThat(e.path("client").asText()).startsWith("OpsDesk/");
        assertThat(desk.engine().status().failedEdits()).isZero();
    }

    @Test
    void anAlertReachesTheDeskAndIsAcknowledgedThroughTheOutbox() throws Exception {
        TestPlatform.Client desk = runningDesk(TestPlatform.FAST, WAIT);
        AuditData audit = new AuditData(desk.db(), desk.engine().edits(), Clock.systemUTC());
        HttpClient http = HttpClient.newHttpClient();
        for (int i = 0; i < 5; i++) {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(platform.baseUrl() + "oauth/token"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("grant_type=password&username=walt.warehouse&password=nope"))
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertThat(r.statusCode()).as("a wrong password, from the fifth on locked out").isIn(400, 423);
        }

        await().atMost(WAIT).pollInterval(Duration.ofMillis(100))
                .untilAsserted(() -> assertThat(audit.alerts()).extracting(Alert::kind).contains(Alert.Kind.FAILED_SIGN_INS));
        Alert alert = audit.alerts().stream().filter(a -> a.kind() == Alert.Kind.FAILED_SIGN_INS).findFirst().orElseThrow();
        assertThat(alert.subjectUsername()).isEqualTo("walt.warehouse");
        assertThat(alert.evidence().auditEventIds()).hasSize(5);
        assertThat(audit.openAlerts()).isEqualTo(1);

        audit.acknowledge(alert.id(), "Walt forgot his new password", "ada.admin");
        assertThat(audit.alert(alert.id()).orElseThrow().acknowledgedBy()).as("shown at once").isEqualTo("ada.admin");
        await().atMost(WAIT).pollInterval(Duration.ofMillis(100))
                .untilAsserted(() -> assertThat(desk.engine().status().pendingEdits()).isZero());

        JsonNode onPlatform = TestPlatform.all(platform.client("mona.manager"), "v1/alerts", Map.of("acknowledged", "true"))
                .getFirst();
        assertThat(onPlatform.path("id").asText()).isEqualTo(alert.id());
        assertThat(onPlatform.path("note").asText()).isEqualTo("Walt forgot his new password");
        assertThat(audit.alert(alert.id()).orElseThrow().version()).isEqualTo(2);
        assertThat(audit.openAlerts()).isZero();
    }
}
