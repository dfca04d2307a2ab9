package com.trendythreads.opsdesk.viewmodels.audit;

import com.trendythreads.opsdesk.api.dto.audit.AuditEvent;
import com.trendythreads.opsdesk.api.service.AuditApi;
import com.trendythreads.opsdesk.cache.status.Connectivity;
import com.trendythreads.opsdesk.cache.sync.SyncEngine;
import com.trendythreads.opsdesk.viewmodels.common.BackgroundTask;
import com.trendythreads.opsdesk.viewmodels.common.I18n;
import com.trendythreads.opsdesk.viewmodels.common.TaskRunner;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/// Lane security (issue 10): one record's history from the platform's audit log (`listRecordHistory`: who
/// changed which fields, when, from any desk) for the order detail and the customer 360, like the product
/// editor's History. Asked only while the desk reaches the platform (ONLINE or DEGRADED); otherwise it says
/// that the history needs the platform instead of waiting out retries. The platform masks what the reader may
/// not see (PII for roles outside `x-pii-roles`) and answers 403 for a type the reader may not read.
public final class RecordHistoryViewModel {

    /// One audit event: when (user's locale), who, what (fields changed), the action.
    public record Line(String when, String who, String what, String action) {
    }

    static final int LIMIT = 50;

    private final SyncEngine engine;
    private final TaskRunner runner;
    private final I18n i18n;
    private final String entityType;
    private final ObservableList<Line> lines = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper();
    private final AtomicLong generation = new AtomicLong();

    /// @param engine the session's sync engine (its signed-in client), or null without a platform
    public RecordHistoryViewModel(SyncEngine engine, TaskRunner runner, I18n i18n, String entityType) {
        this.engine = engine;
        this.runner = runner;
        this.i18n = i18n;
        this.entityType = entityType;
    }

    /// Shows the history of `entityId` (nothing for null).
    public void show(String entityId) {
        long gen = generation.incrementAndGet();
        lines.clear();
        message.set("");
        if (entityId == null) {
            return;
        }
        if (engine == null || !(engine.connectivity() == Connectivity.ONLINE
                || engine.connectivity() == Connectivity.DEGRADED)) {
            message.set(i18n.get("history.offline"));
            return;
        }
        BackgroundTask.of(() -> engine.service(AuditApi.class).listRecordHistory(entityType, entityId, null, LIMIT).items())
                .onStart(() -> loading.set(true))
                .onSuccess(events -> {
                    if (gen == generation.get()) {
                        lines.setAll(events.stream().map(this::line).toList());
                        message.set(events.isEmpty() ? i18n.get("history.empty") : "");
                    }
                })
                .onFailure(e -> {
                    if (gen == generation.get()) {
                        message.set(i18n.get("history.failed", String.valueOf(e.getMessage())));
                    }
                })
                .onFinished(() -> loading.set(false))
                .runWith(runner);
    }

    private Line line(AuditEvent e) {
        return new Line(when(e.at()), e.username() == null ? "" : e.username(), e.summary() == null ? "" : e.summary(),
                e.action() == null ? "" : e.action());
    }

    private String when(Instant at) {
        return at == null ? "" : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(i18n.locale())
                .withZone(ZoneId.systemDefault()).format(at);
    }

    /// Newest first.
    public ObservableList<Line> lines() {
        return lines;
    }

    /// Why nothing shows (offline, no history yet, a failure), else empty.
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    List<Line> snapshot() {
        return List.copyOf(lines);
    }
}
