package com.trendythreads.opsdesk.viewmodels.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.trendythreads.opsdesk.api.Json;
import com.trendythreads.opsdesk.api.Page;
import com.trendythreads.opsdesk.api.dto.audit.AuditEvent;
import com.trendythreads.opsdesk.api.service.AuditApi;
import com.trendythreads.opsdesk.cache.LocalData;
import com.trendythreads.opsdesk.cache.io.TableFiles;
import com.trendythreads.opsdesk.cache.sync.SyncEngine;
import com.trendythreads.opsdesk.viewmodels.common.BackgroundTask;
import com.trendythreads.opsdesk.viewmodels.common.I18n;
import com.trendythreads.opsdesk.viewmodels.common.Notifier;
import com.trendythreads.opsdesk.viewmodels.common.TaskRunner;
import com.trendythreads.opsdesk.viewmodels.shell.RecordLinks;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/// The Audit log tab: the platform's audit events filtered by user, entity, action and time. Read online;
/// each answer is kept in the cache, so offline the tab shows the last one "as of" its fetch. A row opens its
/// record where a workspace shows it; the rows export to CSV, and the export is itself reported.
public final class AuditLogViewModel {

    private static final ObjectMapper JSON = Json.mapper();
    static final int LIMIT = 500;

    private final LocalData data;
    private final Optional<SyncEngine> engine;
    private final TaskRunner runner;
    private final Notifier notifier;
    private final I18n i18n;
    private final Clock clock;
    private final RecordLinks links;
    private final StringProperty user = new SimpleStringProperty("");
    private final StringProperty entityType = new SimpleStringProperty("");
    private final StringProperty entityId = new SimpleStringProperty("");
    private final StringProperty action = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>();
    private final ObservableList<AuditEventItem> rows = FXCollections.observableArrayList();
    private final ObjectProperty<AuditEventItem> selected = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper source = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper details = new ReadOnlyStringWrapper("");
    private final BooleanProperty loading = new SimpleBooleanProperty();
    // lane security (issue 10): paging past the first page ("Load more")
    private final int pageSize;
    private final javafx.beans.property.ReadOnlyBooleanWrapper more = new javafx.beans.property.ReadOnlyBooleanWrapper();
    private final com.trendythreads.opsdesk.viewmodels.common.Command loadMore;
    private Query lastQuery;
    private String nextCursor;
    private Long total;

    /// The filters of the search whose pages are shown.
    private record Query(String user, String type, String id, String action, String from, String to) {
    }

    public AuditLogViewModel(LocalData data, Optional<SyncEngine> engine, TaskRunner runner, Notifier notifier,
                             I18n i18n, Clock clock, RecordLinks links) {
        this(data, engine, runner, notifier, i18n, clock, links, LIMIT);
    }

    /// @param pageSize events per request (the platform's maximum, [#LIMIT], in the app; tests page smaller)
    AuditLogViewModel(LocalData data, Optional<SyncEngine> engine, TaskRunner runner, Notifier notifier,
                      I18n i18n, Clock clock, RecordLinks links, int pageSize) {
        this.pageSize = pageSize;
        this.loadMore = com.trendythreads.opsdesk.viewmodels.common.Command.of(this::loadMore,
                more.and(loading.not()));
        this.data = data;
        this.engine = engine;
        this.runner = runner;
        this.notifier = notifier;
        this.i18n = i18n;
        this.clock = clock;
        this.links = links;
        selected.addListener((o, a, item) -> details.set(item == null ? "" : describe(item)));
    }

    /// The last answer of the platform, or of the cache.
    record Loaded(Page<AuditEvent> page, Instant asOf, boolean live) {
    }

    /// Reads the events for the filters: from the platform when online, else the answer kept for them.
    public void search() {
        String key = queryKey();
        String u = blank(user.get());
        String type = blank(entityType.get());
        String id = blank(entityId.get());
        String act = blank(action.get());
        String f = from.get() == null ? null : from.get().atStartOfDay(zone()).toInstant().toString();
        String t = to.get() == null ? null : to.get().plusDays(1).atStartOfDay(zone()).toInstant().toString();
        loading.set(true);
        Query q = new Query(u, type, id, act, f, t);
        BackgroundTask.of(() -> {
                    if (engine.isPresent()) {
                        try {
                            Page<AuditEvent> page = engine.get().service(AuditApi.class)
                                    .listAuditEvents(null, pageSize, u, type, id, act, f, t);
                            Instant at = clock.instant();
                            data.audit().saveSnapshot(key, JSON.valueToTree(page), at);
                            return new Loaded(page, at, true);
                        } catch (RuntimeException e) {
                            // offline or refused: fall back to what was kept
                        }
                    }
                    return data.audit().snapshot(key)
                            .map(s -> new Loaded(JSON.convertValue(s.page(),
                                    JSON.getTypeFactory().constructParametricType(Page.class, AuditEvent.class)),
                                    s.fetchedAt(), false))
                            .orElse(null);
                })
                .onSuccess(loaded -> {
                    lastQuery = q;
                    show(loaded);
                })
                .onFailure(e -> notifier.error(i18n.get("audit.log.failed"), String.valueOf(e.getMessage())))
                .onFinished(() -> loading.set(false))
                .runWith(runner);
    }

    private void show(Loaded loaded) {
        nextCursor = null;
        more.set(false);
        if (loaded == null) {
            rows.clear();
            source.set(i18n.get("audit.log.none"));
            return;
        }
        rows.setAll(loaded.page().items().stream().map(e -> AuditEventItem.of(e, when(e.at()))).toList());
        if (loaded.live()) {
            nextCursor = loaded.page().hasNext() ? loaded.page().nextCursor() : null;
            total = loaded.page().total();
            more.set(nextCursor != null);
            liveSource();
        } else {
            source.set(i18n.get("audit.log.asOf", when(loaded.asOf()), rows.size()));
        }
    }

    private void liveSource() {
        source.set(more.get() ? i18n.get("audit.log.liveMore", rows.size(), total == null ? "?" : total)
                : i18n.get("audit.log.live", rows.size()));
    }

    /// The next page of the same search, appended (online only; the offline copy keeps the first page).
    private void loadMore() {
        Query q = lastQuery;
        String cursor = nextCursor;
        if (q == null || cursor == null || engine.isEmpty()) {
            return;
        }
        loading.set(true);
        BackgroundTask.of(() -> engine.get().service(AuditApi.class)
                        .listAuditEvents(cursor, pageSize, q.user(), q.type(), q.id(), q.action(), q.from(), q.to()))
                .onSuccess(page -> {
                    rows.addAll(page.items().stream().map(e -> AuditEventItem.of(e, when(e.at()))).toList());
                    nextCursor = page.hasNext() ? page.nextCursor() : null;
                    more.set(nextCursor != null);
                    liveSource();
                })
                .onFailure(e -> notifier.error(i18n.get("audit.log.failed"), String.valueOf(e.getMessage())))
                .onFinished(() -> loading.set(false))
                .runWith(runner);
    }

    /// "Load more": the platform has more events for this search than are shown.
    public com.trendythreads.opsdesk.viewmodels.common.Command loadMoreCommand() {
        return loadMore;
    }

    public javafx.beans.property.ReadOnlyBooleanProperty moreProperty() {
        return more.getReadOnlyProperty();
    }

    /// Opens the selected row's record in the workspace that shows it.
    public void openSelected() {
        AuditEventItem item = selected.get();
        if (item != null && item.target() != null) {
            links.open(item.target(), item.entityId());
        }
    }

    public boolean canOpen(AuditEventItem item) {
        return item != null && item.target() != null && RecordLinks.workspaceOf(
                new RecordLinks.Link(item.target(), item.entityId())).isPresent();
    }

    /// Writes the rows shown to `file` (CSV or XLSX by its extension) and reports the export.
    public void export(Path file) {
        List<AuditEventItem> shown = List.copyOf(rows);
        List<String> header = List.of("Id", "At", "User", "Client", "Request", "Action", "Entity type", "Entity id",
                "Summary", "Changes");
        boolean pii = shown.stream().anyMatch(i -> i.entityType().equals("customer") || i.entityType().equals("order"));
        BackgroundTask.ofRunnable(() -> {
                    TableFiles.write(file, header, shown.stream().map(i -> List.<Object>of(i.id(), i.at().toString(),
                            i.who(), i.client(), i.requestId(), i.action(), i.entityType(), i.entityId(), i.summary(),
                            i.changesText())).toList());
                    data.audit().reportExport(file, "audit_event", shown.size(), pii);
                })
                .onSuccess(v -> notifier.info(i18n.get("audit.log.exported", shown.size(), file.getFileName())))
                .onFailure(e -> notifier.error(i18n.get("audit.log.exportFailed"), String.valueOf(e.getMessage())))
                .runWith(runner);
    }

    private String describe(AuditEventItem i) {
        return i18n.get("audit.log.detail", i.when(), i.who(), i.client(), i.requestId(), i.action(),
                i.entityType() + " " + i.entityId()) + "\n\n" + (i.changes().isEmpty() ? i.summary() : i.changesText());
    }

    private String queryKey() {
        return String.join("|", user.get(), entityType.get(), entityId.get(), action.get(),
                String.valueOf(from.get()), String.valueOf(to.get()));
    }

    private String when(Instant at) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(i18n.locale()).withZone(zone())
                .format(at);
    }

    private ZoneId zone() {
        return clock.getZone();
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    public StringProperty userProperty() { return user; }
    public StringProperty entityTypeProperty() { return entityType; }
    public StringProperty entityIdProperty() { return entityId; }
    public StringProperty actionProperty() { return action; }
    public ObjectProperty<LocalDate> fromProperty() { return from; }
    public ObjectProperty<LocalDate> toProperty() { return to; }
    public ObservableList<AuditEventItem> rows() { return rows; }
    public ObjectProperty<AuditEventItem> selectedProperty() { return selected; }
    public ReadOnlyStringProperty sourceProperty() { return source.getReadOnlyProperty(); }
    public ReadOnlyStringProperty detailsProperty() { return details.getReadOnlyProperty(); }
    public BooleanProperty loadingProperty() { return loading; }
}
