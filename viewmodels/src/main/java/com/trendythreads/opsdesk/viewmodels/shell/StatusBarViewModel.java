package com.trendythreads.opsdesk.viewmodels.shell;

import com.trendythreads.opsdesk.cache.status.Connectivity;
import com.trendythreads.opsdesk.cache.sync.SyncProgress;
import com.trendythreads.opsdesk.cache.sync.SyncStatus;
import com.trendythreads.opsdesk.viewmodels.common.Activatable;
import com.trendythreads.opsdesk.viewmodels.common.I18n;
import com.trendythreads.opsdesk.viewmodels.common.LiveSubscription;
import com.trendythreads.opsdesk.viewmodels.common.TaskRunner;
import com.trendythreads.opsdesk.viewmodels.common.UiDispatcher;
import com.trendythreads.opsdesk.viewmodels.session.SessionState;
import com.trendythreads.opsdesk.viewmodels.session.UserSession;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/// The status bar: connectivity, last sync, pending/failed edits, open conflicts, the initial-sync
/// progress, and who is signed in. Follows the session's sync status from [#activate()] to
/// [#deactivate()]; every update is handed to the UI thread through the dispatcher.
public final class StatusBarViewModel implements Activatable {

    private final SessionState sessionState;
    private final UiDispatcher ui;
    private final I18n i18n;
    private final Clock clock;

    private final ReadOnlyObjectWrapper<Connectivity> connectivity = new ReadOnlyObjectWrapper<>(Connectivity.ONLINE);
    private final ReadOnlyStringWrapper connectivityText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper lastSyncText = new ReadOnlyStringWrapper("");
    private final ReadOnlyLongWrapper pending = new ReadOnlyLongWrapper();
    private final ReadOnlyLongWrapper failed = new ReadOnlyLongWrapper();
    private final ReadOnlyLongWrapper conflicts = new ReadOnlyLongWrapper();
    private final ReadOnlyStringWrapper editsText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper conflictsText = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper progressVisible = new ReadOnlyBooleanWrapper();
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(-1);
    private final ReadOnlyStringWrapper progressText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper userText = new ReadOnlyStringWrapper("");
    private final LiveSubscription subscription = new LiveSubscription();

    @Inject
    public StatusBarViewModel(SessionState sessionState, TaskRunner runner, I18n i18n, Clock clock) {
        this.sessionState = sessionState;
        this.ui = runner.ui();
        this.i18n = i18n;
        this.clock = clock;
    }

    @Override
    public void activate() {
        UserSession s = sessionState.current();
        if (s == null || subscription.isOpen()) {
            return;
        }
        userText.set(i18n.get("status.user", s.user().displayName(),
                i18n.get("role." + s.user().primaryRole().toLowerCase(java.util.Locale.ROOT))));
        subscription.open(() -> s.status().onStatus(st -> ui.dispatch(() -> apply(st))));
        apply(s.status().current());
    }

    @Override
    public void deactivate() {
        subscription.close();
    }

    /// Shows one status snapshot (on the UI thread).
    public void apply(SyncStatus s) {
        connectivity.set(s.connectivity());
        connectivityText.set(i18n.get("status.connectivity." + s.connectivity().name().toLowerCase(java.util.Locale.ROOT)));
        lastSyncText.set(s.lastSync() == null ? i18n.get("status.lastSync.never")
                : i18n.get("status.lastSync", DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT)
                        .withLocale(i18n.locale()).withZone(clock.getZone() == null ? ZoneId.systemDefault() : clock.getZone())
                        .format(s.lastSync())));
        pending.set(s.pendingEdits());
        failed.set(s.failedEdits());
        conflicts.set(s.openConflicts());
        editsText.set(s.failedEdits() > 0 ? i18n.get("status.edits.withFailed", s.pendingEdits(), s.failedEdits())
                : i18n.get("status.edits", s.pendingEdits()));
        conflictsText.set(i18n.get("status.conflicts", s.openConflicts()));
        SyncProgress p = s.progress();
        progressVisible.set(p != null);
        progress.set(p == null ? 0 : p.fraction());
        progressText.set(p == null ? "" : describe(p));
        problem.set(s.problem() == null ? "" : s.problem());
    }

    private String describe(SyncProgress p) {
        String what = p.resource() == null ? p.phase() : p.phase() + " · " + p.resource();
        if (p.fraction() < 0) {
            return what;
        }
        String pct = Math.round(p.fraction() * 100) + " %";
        Duration eta = p.eta();
        if (eta == null) {
            return what + " · " + pct;
        }
        String left = eta.toMinutes() >= 1 ? i18n.get("status.eta.minutes", eta.toMinutes() + 1)
                : i18n.get("status.eta.seconds", Math.max(1, eta.toSeconds()));
        return what + " · " + pct + " · " + left;
    }

    public ReadOnlyObjectProperty<Connectivity> connectivityProperty() {
        return connectivity.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty connectivityTextProperty() {
        return connectivityText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty lastSyncTextProperty() {
        return lastSyncText.getReadOnlyProperty();
    }

    public ReadOnlyLongProperty pendingProperty() {
        return pending.getReadOnlyProperty();
    }

    public ReadOnlyLongProperty failedProperty() {
        return failed.getReadOnlyProperty();
    }

    public ReadOnlyLongProperty conflictsProperty() {
        return conflicts.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty editsTextProperty() {
        return editsText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty conflictsTextProperty() {
        return conflictsText.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty progressVisibleProperty() {
        return progressVisible.getReadOnlyProperty();
    }

    /// 0..1, or -1 for an indeterminate bar.
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty progressTextProperty() {
        return progressText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty userTextProperty() {
        return userText.getReadOnlyProperty();
    }
}
