package com.trendythreads.opsdesk.viewmodels.shell;

import static org.assertj.core.api.Assertions.assertThat;

import com.trendythreads.opsdesk.cache.status.Connectivity;
import com.trendythreads.opsdesk.cache.sync.SyncProgress;
import com.trendythreads.opsdesk.cache.sync.SyncStatus;
import com.trendythreads.opsdesk.viewmodels.Fakes;
import com.trendythreads.opsdesk.viewmodels.common.I18n;
import com.trendythreads.opsdesk.viewmodels.common.InMemorySettingsStore;
import com.trendythreads.opsdesk.viewmodels.common.TaskRunner;
import com.trendythreads.opsdesk.viewmodels.common.UiDispatcher;
import com.trendythreads.opsdesk.viewmodels.session.SessionState;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class StatusBarViewModelTest {

    private final SessionState sessionState = new SessionState();
    private final Fakes.Status status = new Fakes.Status();
    private final List<Runnable> uiQueue = new ArrayList<>();
    private final TaskRunner runner = new TaskRunner(Runnable::run, (UiDispatcher) uiQueue::add);
    private final StatusBarViewModel vm;

    StatusBarViewModelTest() {
        sessionState.signedIn(Fakes.session(Fakes.user("walt.warehouse", "Walt Warehouse", "WAREHOUSE"), status,
                false, false, new ArrayList<>()));
        vm = new StatusBarViewModel(sessionState, runner, new I18n(new InMemorySettingsStore()),
                Clock.fixed(Instant.parse("2026-11-26T10:00:00Z"), ZoneOffset.UTC));
    }

    private void publishAndRunUi(SyncStatus s) {
        status.publish(s);
        uiQueue.forEach(Runnable::run);
        uiQueue.clear();
    }

    @Test
    void showsTheUserAndTheCurrentStatusOnActivate() {
        vm.activate();
        assertThat(vm.userTextProperty().get()).isEqualTo("Walt Warehouse · Warehouse");
        assertThat(vm.connectivityTextProperty().get()).isEqualTo("Online");
        assertThat(vm.lastSyncTextProperty().get()).isEqualTo("Not synced yet");
        assertThat(vm.editsTextProperty().get()).isEqualTo("0 pending");
        assertThat(vm.conflictsTextProperty().get()).isEqualTo("no conflicts");
        assertThat(vm.progressVisibleProperty().get()).isFalse();
    }

    @Test
    void updatesAreHandedToTheUiThread() {
        vm.activate();
        status.publish(new SyncStatus(Connectivity.OFFLINE, null, 3, 0, 0, null, "Platform not reachable"));
        assertThat(vm.connectivityTextProperty().get()).as("nothing changes off the UI thread").isEqualTo("Online");

        uiQueue.forEach(Runnable::run);
        assertThat(vm.connectivityProperty().get()).isEqualTo(Connectivity.OFFLINE);
        assertThat(vm.connectivityTextProperty().get()).isEqualTo("Offline");
        assertThat(vm.editsTextProperty().get()).isEqualTo("3 pending");
        assertThat(vm.problemProperty().get()).isEqualTo("Platform not reachable");
    }

    @Test
    void mapsEveryConnectivityAndTheCounts() {
        vm.activate();
        publishAndRunUi(new SyncStatus(Connectivity.DEGRADED, Instant.parse("2026-11-26T09:41:00Z"), 2, 1, 4, null, null));
        assertThat(vm.connectivityTextProperty().get()).isEqualTo("Connection unstable");
        assertThat(vm.lastSyncTextProperty().get()).isEqualTo("Last sync 9:41\u202fAM"); // CLDR puts a narrow no-break space before AM
        assertThat(vm.editsTextProperty().get()).isEqualTo("2 pending, 1 failed");
        assertThat(vm.conflictsTextProperty().get()).isEqualTo("4 conflicts");
        assertThat(vm.failedProperty().get()).isEqualTo(1);

        publishAndRunUi(new SyncStatus(Connectivity.SIGN_IN_EXPIRED, null, 0, 0, 1, null, null));
        assertThat(vm.connectivityTextProperty().get()).isEqualTo("Sign-in expired");
        assertThat(vm.conflictsTextProperty().get()).isEqualTo("1 conflict");
    }

    @Test
    void theInitialSyncShowsAProgressBar() {
        vm.activate();
        publishAndRunUi(new SyncStatus(Connectivity.ONLINE, null, 0, 0, 0,
                new SyncProgress("Initial sync", "product", 250, 1000, 500, Duration.ofSeconds(90)), null));
        assertThat(vm.progressVisibleProperty().get()).isTrue();
        assertThat(vm.progressProperty().get()).isEqualTo(0.25);
        assertThat(vm.progressTextProperty().get()).isEqualTo("Initial sync · product · 25 % · about 2 min left");

        publishAndRunUi(new SyncStatus(Connectivity.ONLINE, null, 0, 0, 0,
                new SyncProgress("Initial sync", null, 10, -1, 0, null), null));
        assertThat(vm.progressProperty().get()).as("indeterminate").isEqualTo(-1);
        assertThat(vm.progressTextProperty().get()).isEqualTo("Initial sync");

        publishAndRunUi(Fakes.IDLE);
        assertThat(vm.progressVisibleProperty().get()).isFalse();
    }

    @Test
    void deactivateStopsListening() {
        vm.activate();
        vm.deactivate();
        assertThat(status.listenerCount()).isZero();
    }
}
