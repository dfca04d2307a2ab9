package com.trendythreads.opsdesk.viewmodels.audit;

import com.trendythreads.opsdesk.api.dto.audit.Alert;
import com.trendythreads.opsdesk.cache.LocalData;
import com.trendythreads.opsdesk.cache.store.ChangeBus;
import com.trendythreads.opsdesk.viewmodels.common.Activatable;
import com.trendythreads.opsdesk.viewmodels.common.BackgroundTask;
import com.trendythreads.opsdesk.viewmodels.common.CoalescingLoad;
import com.trendythreads.opsdesk.viewmodels.common.I18n;
import com.trendythreads.opsdesk.viewmodels.common.Notifier;
import com.trendythreads.opsdesk.viewmodels.common.TaskRunner;
import com.trendythreads.opsdesk.viewmodels.session.SessionUser;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/// The Alerts tab: the platform's security alerts from the cache (they arrive with the change feed and update
/// live), the selected one's evidence, and acknowledging it with a note (an outbox action: works offline,
/// reaches the platform once).
public final class AlertsViewModel implements Activatable {

    private final LocalData data;
    private final TaskRunner runner;
    private final Notifier notifier;
    private final I18n i18n;
    private final Clock clock;
    private final SessionUser user;
    private final ObservableList<AlertItem> rows = FXCollections.observableArrayList();
    private final ObjectProperty<AlertItem> selected = new SimpleObjectProperty<>();
    private final StringProperty note = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper evidence = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper caption = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper noteError = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper canAcknowledge = new ReadOnlyBooleanWrapper();
    private final CoalescingLoad<List<Alert>> load;
    private ChangeBus.Subscription subscription;

    public AlertsViewModel(LocalData data, TaskRunner runner, Notifier notifier, I18n i18n, Clock clock,
                           SessionUser user) {
        this.data = data;
        this.runner = runner;
        this.notifier = notifier;
        this.i18n = i18n;
        this.clock = clock;
        this.user = user;
        this.load = CoalescingLoad.latestOf(runner, () -> () -> data.audit().alerts(), this::show,
                e -> notifier.error(i18n.get("audit.alerts.failed"), String.valueOf(e.getMessage())));
        selected.addListener((o, a, item) -> update());
        note.addListener((o, a, n) -> update());
    }

    @Override
    public void activate() {
        if (subscription == null) {
            subscription = data.audit().onChange(c -> runner.ui().dispatch(load::run));
        }
        load.run();
    }

    @Override
    public void deactivate() {
        if (subscription != null) {
            subscription.close();
            subscription = null;
        }
    }

    private void show(List<Alert> alerts) {
        String keep = selected.get() == null ? null : selected.get().id();
        rows.setAll(alerts.stream().map(this::item).toList());
        long open = rows.stream().filter(AlertItem::open).count();
        caption.set(i18n.get("audit.alerts.caption", open, rows.size()));
        selected.set(rows.stream().filter(r -> r.id().equals(keep)).findFirst().orElse(null));
        update();
    }

    private AlertItem item(Alert a) {
        String status = a.acknowledged()
                ? i18n.get("audit.alerts.acknowledged", a.acknowledgedBy(), when(a.acknowledgedAt()))
                : i18n.get("audit.alerts.open");
        return new AlertItem(a, when(a.raisedAt()), i18n.get("audit.alert.kind." + a.kind().name()),
                i18n.get("audit.alert.severity." + a.severity().name()),
                a.subjectUsername() == null ? i18n.get("audit.alerts.allUsers") : a.subjectUsername(), a.summary(), status);
    }

    private void update() {
        AlertItem item = selected.get();
        String n = note.get() == null ? "" : note.get().strip();
        noteError.set(n.length() > 1000 ? i18n.get("audit.alerts.noteTooLong") : "");
        canAcknowledge.set(item != null && item.open() && !n.isEmpty() && n.length() <= 1000 && mayAcknowledge());
        evidence.set(item == null ? "" : evidenceText(item.alert()));
    }

    /// The contract's x-roles of acknowledgeAlert.
    public boolean mayAcknowledge() {
        return user.may("acknowledgeAlert");
    }

    private String evidenceText(Alert a) {
        Map<String, Long> figures = a.evidence().figures();
        String lines = figures.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(e -> i18n.get("audit.alert.figure." + e.getKey()) + ": " + e.getValue())
                .collect(Collectors.joining("\n"));
        String base = a.summary() + "\n\n" + lines + "\n\n" + i18n.get("audit.alerts.events",
                String.join(", ", a.evidence().auditEventIds()));
        return a.note() == null ? base : base + "\n\n" + i18n.get("audit.alerts.note", a.note());
    }

    /// Acknowledges the selected alert with the note (queued; shown at once).
    public void acknowledge() {
        AlertItem item = selected.get();
        if (!canAcknowledge.get() || item == null) {
            return;
        }
        String text = note.get().strip();
        String id = item.id();
        BackgroundTask.of(() -> data.audit().acknowledge(id, text, user.username()))
                .onSuccess(seq -> {
                    note.set("");
                    notifier.info(i18n.get("audit.alerts.acknowledgedInfo"));
                })
                .onFailure(e -> notifier.error(i18n.get("audit.alerts.ackFailed"), String.valueOf(e.getMessage())))
                .runWith(runner);
    }

    private String when(Instant at) {
        return at == null ? "" : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(i18n.locale())
                .withZone(clock.getZone()).format(at);
    }

    public ObservableList<AlertItem> rows() { return rows; }
    public ObjectProperty<AlertItem> selectedProperty() { return selected; }
    public StringProperty noteProperty() { return note; }
    public ReadOnlyStringProperty evidenceProperty() { return evidence.getReadOnlyProperty(); }
    public ReadOnlyStringProperty captionProperty() { return caption.getReadOnlyProperty(); }
    public ReadOnlyStringProperty noteErrorProperty() { return noteError.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty canAcknowledgeProperty() { return canAcknowledge.getReadOnlyProperty(); }
}
