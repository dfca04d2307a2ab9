package com.trendythreads.opsdesk.viewmodels.sync;

import com.trendythreads.opsdesk.cache.outbox.Outbox;
import com.trendythreads.opsdesk.cache.outbox.OutboxEntry;
import com.trendythreads.opsdesk.cache.sync.SyncEngine;
import com.trendythreads.opsdesk.viewmodels.common.Activatable;
import com.trendythreads.opsdesk.viewmodels.common.BackgroundTask;
import com.trendythreads.opsdesk.viewmodels.common.I18n;
import com.trendythreads.opsdesk.viewmodels.common.Notifier;
import com.trendythreads.opsdesk.viewmodels.common.TaskRunner;
import com.trendythreads.opsdesk.viewmodels.session.SessionState;
import jakarta.inject.Inject;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/// "Sync & conflicts": the outbox with each entry's status and the platform's reason, retry and discard
/// for failed entries, open conflicts with per-field keep mine / take theirs, and the recent history.
/// Reloads (in the background) whenever the engine reports a new status.
public final class SyncViewModel implements Activatable {

    private static final Logger LOG = LoggerFactory.getLogger(SyncViewModel.class);

    private final SyncEngine engine;
    private final TaskRunner runner;
    private final Notifier notifier;
    private final I18n i18n;
    private final ObservableList<OutboxItem> outbox = FXCollections.observableArrayList();
    private final ObservableList<ConflictItem> conflicts = FXCollections.observableArrayList();
    private final ObservableList<String> history = FXCollections.observableArrayList();
    private final AtomicBoolean loading = new AtomicBoolean();
    private AutoCloseable subscription;

    @Inject
    public SyncViewModel(SessionState sessionState, TaskRunner runner, Notifier notifier, I18n i18n) {
        this.engine = sessionState.current().engine().orElseThrow();
        this.runner = runner;
        this.notifier = notifier;
        this.i18n = i18n;
    }

    private record Snapshot(List<OutboxItem> outbox, List<ConflictItem> conflicts, List<String> history) {
    }

    @Override
    public void activate() {
        if (subscription == null) {
            subscription = engine.onStatus(s -> runner.ui().dispatch(this::reload));
        }
        reload();
    }

    @Override
    public void deactivate() {
        if (subscription != null) {
            try {
                subscription.close();
            } catch (Exception e) {
                LOG.debug("Unsubscribing failed", e);
            }
            subscription = null;
        }
    }

    /// Loads the three lists again (skipped while a load is running).
    public void reload() {
        if (!loading.compareAndSet(false, true)) {
            return;
        }
        BackgroundTask.of(this::load)
                .onSuccess(s -> {
                    outbox.setAll(s.outbox());
                    conflicts.setAll(s.conflicts());
                    history.setAll(s.history());
                })
                .onFailure(e -> LOG.warn("Loading the outbox failed", e))
                .onFinished(() -> loading.set(false))
                .runWith(runner);
    }

    private Snapshot load() {
        Outbox o = engine.outbox();
        List<OutboxItem> entries = o.entries().stream().map(this::item).toList();
        List<ConflictItem> open = engine.conflicts().open().stream().map(ConflictItem::of).toList();
        DateTimeFormatter f = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(i18n.locale())
                .withZone(ZoneId.systemDefault());
        List<String> lines = o.history(50).stream()
                .map(h -> f.format(h.at()) + "  " + h.kind() + (h.detail() == null ? "" : " · " + h.detail())
                        + (h.items() == null ? "" : " (" + h.items() + ")"))
                .toList();
        return new Snapshot(entries, open, lines);
    }

    private OutboxItem item(OutboxEntry e) {
        return new OutboxItem(e.seq(), e.description() == null ? e.method() + " " + e.path() : e.description(),
                e.status().name(), i18n.get("sync.status." + e.status().name().toLowerCase(Locale.ROOT)),
                e.lastError() == null ? "" : e.lastError());
    }

    public void retry(OutboxItem e) {
        act(() -> engine.outbox().retry(e.seq()));
    }

    public void discard(OutboxItem e) {
        act(() -> engine.outbox().discard(e.seq()));
    }

    /// My value for the fields in `keepMine`, the platform's for the others.
    public void resolve(ConflictItem c, Set<String> keepMine) {
        act(() -> engine.conflicts().resolve(c.id(), keepMine));
    }

    public void retryConflict(ConflictItem c) {
        act(() -> engine.conflicts().retry(c.id()));
    }

    public void discardConflict(ConflictItem c) {
        act(() -> engine.conflicts().discard(c.id()));
    }

    private void act(Runnable work) {
        BackgroundTask.ofRunnable(work)
                .onSuccess(v -> reload())
                .onFailure(e -> notifier.error(i18n.get("sync.failed.title"), String.valueOf(e.getMessage())))
                .runWith(runner);
    }

    public ObservableList<OutboxItem> outbox() {
        return outbox;
    }

    public ObservableList<ConflictItem> conflicts() {
        return conflicts;
    }

    public ObservableList<String> history() {
        return history;
    }
}
