package com.trendythreads.opsdesk.viewmodels.audit;

import com.trendythreads.opsdesk.viewmodels.common.Activatable;
import com.trendythreads.opsdesk.viewmodels.common.I18n;
import com.trendythreads.opsdesk.viewmodels.common.Notifier;
import com.trendythreads.opsdesk.viewmodels.common.TaskRunner;
import com.trendythreads.opsdesk.viewmodels.session.SessionState;
import com.trendythreads.opsdesk.viewmodels.session.UserSession;
import com.trendythreads.opsdesk.viewmodels.shell.RecordLinks;
import jakarta.inject.Inject;
import java.time.Clock;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/// The audit workspace (MANAGER, ADMIN): the Audit log and the Alerts, one tab each. Only the shown tab
/// follows its data.
public final class AuditViewModel implements Activatable {

    public enum Tab { LOG, ALERTS }

    private final AuditLogViewModel log;
    private final AlertsViewModel alerts;
    private final ObjectProperty<Tab> tab = new SimpleObjectProperty<>(Tab.LOG);
    private boolean active;
    private boolean searched;

    @Inject
    public AuditViewModel(SessionState sessionState, TaskRunner runner, Notifier notifier, I18n i18n, Clock clock,
                          RecordLinks links) {
        UserSession session = sessionState.current();
        this.log = new AuditLogViewModel(session.data(), session.engine(), runner, notifier, i18n, clock, links);
        this.alerts = new AlertsViewModel(session.data(), runner, notifier, i18n, clock, session.user());
        tab.addListener((o, a, t) -> follow());
    }

    @Override
    public void activate() {
        active = true;
        follow();
    }

    @Override
    public void deactivate() {
        active = false;
        alerts.deactivate();
    }

    private void follow() {
        if (active && tab.get() == Tab.ALERTS) {
            alerts.activate();
        } else {
            alerts.deactivate();
        }
        if (active && tab.get() == Tab.LOG && !searched) {
            searched = true;
            log.search();
        }
    }

    public AuditLogViewModel log() { return log; }
    public AlertsViewModel alerts() { return alerts; }
    public ObjectProperty<Tab> tabProperty() { return tab; }
}
