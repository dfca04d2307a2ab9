package com.trendythreads.opsdesk.viewmodels.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.trendythreads.opsdesk.api.PlatformClient;
import com.trendythreads.opsdesk.api.auth.Me;
import com.trendythreads.opsdesk.api.dto.audit.Alert;
import com.trendythreads.opsdesk.api.service.ResourcesApi;
import com.trendythreads.opsdesk.cache.LocalData;
import com.trendythreads.opsdesk.cache.store.CacheDatabase;
import com.trendythreads.opsdesk.cache.store.CacheOptions;
import com.trendythreads.opsdesk.cache.store.LocalTables;
import com.trendythreads.opsdesk.cache.sync.SyncEngine;
import com.trendythreads.opsdesk.cache.sync.SyncSettings;
import com.trendythreads.opsdesk.platform.DemoPlatform;
import com.trendythreads.opsdesk.viewmodels.SeededPlatforms;
import com.trendythreads.opsdesk.viewmodels.Fakes;
import com.trendythreads.opsdesk.viewmodels.common.I18n;
import com.trendythreads.opsdesk.viewmodels.common.InMemorySettingsStore;
import com.trendythreads.opsdesk.viewmodels.common.TaskRunner;
import com.trendythreads.opsdesk.viewmodels.session.SessionState;
import com.trendythreads.opsdesk.viewmodels.session.SessionUser;
import com.trendythreads.opsdesk.viewmodels.session.UserSession;
import com.trendythreads.opsdesk.viewmodels.shell.RecordLinks;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/// The audit workspace over the real demo platform: a manager sees a burst's alert with its evidence and
/// acknowledges it through the outbox; the audit log finds an export and shows its last answer offline.
class AuditViewModelTest {

    @TempDir
    Path tmp;

    private DemoPlatform platform;
    private PlatformClient client;
    private CacheDatabase db;
    private SyncEngine engine;
    private LocalData data;
    private SessionUser user;
    private final SessionState sessionState = new SessionState();
    private final Fakes.RecordingNotifier notifier = new Fakes.RecordingNotifier();
    private final I18n i18n = new I18n(new InMemorySettingsStore());
    private final RecordLinks links = new RecordLinks();

    @BeforeEach
    void start() throws Exception {
        platform = SeededPlatforms.start(tmp.resolve("p"));
        HttpClient http = HttpClient.newHttpClient();
        for (int i = 0; i < 5; i++) {
            http.send(HttpRequest.newBuilder(URI.create(platform.baseUrl() + "/oauth/token"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("grant_type=password&username=walt.warehouse&password=x"))
                    .build(), HttpResponse.BodyHandlers.discarding());
        }
        String url = platform.baseUrl() + "/";
        client = PlatformClient.builder().baseUrl(url).build();
        Me me = client.session().signIn("mona.manager", "demo");
        user = new SessionUser(me.username(), me.displayName(), me.roles(), new HashSet<>(me.permissions()));
        db = CacheDatabase.open(tmp.resolve("cache"), url, "mona.manager", "demo".toCharArray(), new CacheOptions(1_000, 0));
        engine = new SyncEngine(db, new LocalTables(), client, SyncSettings.defaults(), Clock.systemUTC(),
                Executors.newVirtualThreadPerTaskExecutor());
        assertThat(engine.initialSync()).isTrue();
        data = new LocalData(db, engine.edits());
        sessionState.signedIn(new UserSession(url, user, true, false, tmp.resolve("cache"), new Fakes.Status(), engine,
                data, null));
    }

    @AfterEach
    void stop() {
        engine.close();
        db.close();
        client.close();
        platform.close();
    }

    private AuditViewModel workspace() {
        return new AuditViewModel(sessionState, TaskRunner.direct(), notifier, i18n, Clock.systemUTC(), links);
    }

    @Test
    void aManagerSeesTheBurstsAlertWithItsEvidenceAndAcknowledgesIt() {
        AuditViewModel vm = workspace();
        vm.tabProperty().set(AuditViewModel.Tab.ALERTS);
        vm.activate();
        AlertsViewModel alerts = vm.alerts();

        assertThat(alerts.rows()).singleElement().satisfies(a -> {
            assertThat(a.kind()).isEqualTo("Failed sign-ins");
            assertThat(a.subject()).isEqualTo("walt.warehouse");
            assertThat(a.status()).isEqualTo("Open");
        });
        assertThat(alerts.captionProperty().get()).startsWith("1 open of 1");
        alerts.selectedProperty().set(alerts.rows().getFirst());
        assertThat(alerts.evidenceProperty().get()).contains("Failed sign-ins: 5").contains("Threshold: 5")
                .contains("aud_");
        assertThat(alerts.canAcknowledgeProperty().get()).as("a note is required").isFalse();
        alerts.noteProperty().set("Walt mistyped after the password change");
        assertThat(alerts.canAcknowledgeProperty().get()).isTrue();

        alerts.acknowledge();

        assertThat(alerts.rows().getFirst().status()).as("shown at once").startsWith("Acknowledged by mona.manager");
        engine.pushDue();
        assertThat(engine.status().pendingEdits()).isZero();
        JsonNode onPlatform = client.create(ResourcesApi.class).list("v1/alerts", Map.of("acknowledged", "true"))
                .path("items").get(0);
        assertThat(onPlatform.path("acknowledgedBy").asText()).isEqualTo("mona.manager");
        assertThat(onPlatform.path("note").asText()).isEqualTo("Walt mistyped after the password change");
        assertThat(data.audit().alert(onPlatform.path("id").asText()).map(Alert::version)).contains(2L);
        vm.deactivate();
    }

    @Test
    void theAuditLogFindsEventsOnlineAndShowsTheLastAnswerOfflineAsOfItsFetch() {
        AuditLogViewModel log = workspace().log();
        log.actionProperty().set("sign-in-failed");
        log.search();
        assertThat(log.rows()).hasSize(5).allSatisfy(i -> {
            assertThat(i.who()).isEqualTo("walt.warehouse");
            assertThat(i.entityType()).isEqualTo("user");
        });
        assertThat(log.sourceProperty().get()).isEqualTo("5 events from the platform (newest first).");

        AuditLogViewModel offline = new AuditLogViewModel(data, Optional.empty(), TaskRunner.direct(), notifier, i18n,
                Clock.systemUTC(), links);
        offline.actionProperty().set("sign-in-failed");
        offline.search();
        assertThat(offline.rows()).hasSize(5);
        assertThat(offline.sourceProperty().get()).startsWith("Offline: 5 events as of");

        offline.actionProperty().set("refund");
        offline.search();
        assertThat(offline.rows()).isEmpty();
        assertThat(offline.sourceProperty().get()).contains("never made online");
    }

    @Test
    void theLogPagesPastItsFirstPageWithLoadMore() {
        // lane security (issue 10): pages of 2 instead of 500, so five events make three pages
        AuditLogViewModel log = new AuditLogViewModel(data, Optional.of(engine), TaskRunner.direct(), notifier, i18n,
                Clock.systemUTC(), links, 2);
        log.actionProperty().set("sign-in-failed");
        log.search();
        assertThat(log.rows()).hasSize(2);
        assertThat(log.moreProperty().get()).isTrue();
        assertThat(log.sourceProperty().get())
                .isEqualTo("2 of 5 events from the platform (newest first); Load more shows the next.");
        log.loadMoreCommand().execute();
        assertThat(log.rows()).hasSize(4);
        log.loadMoreCommand().execute();
        assertThat(log.rows()).hasSize(5);
        assertThat(log.rows().stream().map(AuditEventItem::id).distinct()).hasSize(5);
        assertThat(log.moreProperty().get()).isFalse();
        assertThat(log.loadMoreCommand().isExecutable()).isFalse();
        assertThat(log.sourceProperty().get()).isEqualTo("5 events from the platform (newest first).");
    }

    @Test
    void anExportOfTheLogIsReportedThroughTheOutbox() {
        AuditLogViewModel log = workspace().log();
        log.actionProperty().set("sign-in-failed");
        log.search();
        Path file = tmp.resolve("audit.csv");

        log.export(file);

        assertThat(file).exists();
        assertThat(data.audit().pendingExportReports()).isEqualTo(1);
        engine.pushDue();
        assertThat(data.audit().pendingExportReports()).isZero();
        log.actionProperty().set("export");
        log.search();
        assertThat(log.rows()).singleElement().satisfies(i -> {
            assertThat(i.who()).isEqualTo("mona.manager");
            assertThat(i.summary()).contains("5 audit_event records").contains("audit.csv");
        });
    }
}
