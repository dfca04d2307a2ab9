package com.trendythreads.opsdesk.viewmodels.sync;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.trendythreads.opsdesk.api.Json;
import com.trendythreads.opsdesk.cache.merge.FieldConflict;
import com.trendythreads.opsdesk.cache.outbox.Conflicts;
import com.trendythreads.opsdesk.cache.outbox.EntryStatus;
import com.trendythreads.opsdesk.cache.outbox.Outbox;
import com.trendythreads.opsdesk.cache.outbox.OutboxEntry;
import com.trendythreads.opsdesk.cache.sync.SyncEngine;
import com.trendythreads.opsdesk.viewmodels.common.Activatable;
import com.trendythreads.opsdesk.viewmodels.common.BackgroundTask;
import com.trendythreads.opsdesk.viewmodels.common.CoalescingLoad;
import com.trendythreads.opsdesk.viewmodels.common.Command;
import com.trendythreads.opsdesk.viewmodels.common.I18n;
import com.trendythreads.opsdesk.viewmodels.common.LiveSubscription;
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
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableStringValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/// "Sync & conflicts": the outbox with each entry's status and the platform's reason, retry and discard
/// for failed entries, editing a failed entry's body before it is sent again, open conflicts with per-field keep mine / take theirs, and the recent history.
/// Reloads (in the background) whenever the engine reports a new status.
public final class SyncViewModel implements Activatable {

    private final SyncEngine engine;
    private final TaskRunner runner;
    private final Notifier notifier;
    private final I18n i18n;
    private final ObservableList<OutboxItem> outbox = FXCollections.observableArrayList();
    private final ObservableList<ConflictItem> conflicts = FXCollections.observableArrayList();
    private final ObservableList<String> history = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<OutboxItem> editing = new ReadOnlyObjectWrapper<>();
    private final StringProperty editText = new SimpleStringProperty("");
    private final StringBinding editError;
    private final Command saveEdit;
    private final LiveSubscription subscription = new LiveSubscription();
    private final CoalescingLoad<Snapshot> loader;

    @Inject
    public SyncViewModel(SessionState sessionState, TaskRunner runner, Notifier notifier, I18n i18n) {
        this.engine = sessionState.current().engine().orElseThrow();
        this.runner = runner;
        this.notifier = notifier;
        this.i18n = i18n;
        editError = Bindings.createStringBinding(() -> editing.get() == null ? "" : validate(editText.get()),
                editing, editText);
        loader = new CoalescingLoad<>(runner, this::load, s -> {
            // Unchanged lists are left alone, so a selection in them survives the engine's heartbeat.
            replaceIfChanged(outbox, s.outbox());
            replaceIfChanged(conflicts, s.conflicts());
            replaceIfChanged(history, s.history());
        }, "the outbox");
        saveEdit = Command.of(this::saveEdit, editing.isNotNull().and(Bindings.createBooleanBinding(
                () -> editError.get().isEmpty(), editError)));
    }

    private record Snapshot(List<OutboxItem> outbox, List<ConflictItem> conflicts, List<String> history) {
    }

    @Override
    public void activate() {
        subscription.open(() -> engine.onStatus(s -> runner.ui().dispatch(this::reload)));
        reload();
    }

    @Override
    public void deactivate() {
        subscription.close();
    }

    /// Loads the three lists again; a request while a load runs is followed by one more load.
    public void reload() {
        loader.run();
    }

    private static <T> void replaceIfChanged(ObservableList<T> list, List<T> now) {
        if (!list.equals(now)) {
            list.setAll(now);
        }
    }

    private Snapshot load() {
        Outbox o = engine.outbox();
        List<OutboxItem> entries = o.entries().stream().map(this::item).toList();
        List<ConflictItem> open = engine.conflicts().open().stream().map(ConflictItem::of).toList();
        DateTimeFormatter f = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(i18n.locale())
                .withZone(ZoneId.systemDefault());
        List<String> lines = o.history(50).stream()
                .map(h -> f.format(h.at()) + "  " + kind(h.kind()) + (h.detail() == null ? "" : " · " + h.detail())
                        + (h.items() == null ? "" : " (" + h.items() + ")"))
                .toList();
        return new Snapshot(entries, open, lines);
    }

    /// The history line's kind in the user's language (a kind this build does not know stays as it is).
    private String kind(String kind) {
        String key = "sync.history.kind." + kind.toLowerCase(Locale.ROOT);
        String text = i18n.get(key);
        return text.equals(key) ? kind : text;
    }

    private OutboxItem item(OutboxEntry e) {
        // A 403: the user's role may not do this (any more). Kept until the user discards it (see Pusher).
        boolean forbidden = e.status() == EntryStatus.FAILED && Integer.valueOf(403).equals(e.lastStatus());
        return new OutboxItem(e.seq(), e.description() == null ? e.method() + " " + e.path() : e.description(),
                e.status().name(), forbidden ? i18n.get("sync.status.forbidden")
                        : i18n.get("sync.status." + e.status().name().toLowerCase(Locale.ROOT)),
                e.lastError() == null ? "" : e.lastError(), e.payload() == null ? "" : e.payload().toPrettyString());
    }

    public void retry(OutboxItem e) {
        act(() -> engine.outbox().retry(e.seq()));
    }

    public void discard(OutboxItem e) {
        cancelEdit();
        act(() -> engine.outbox().discard(e.seq()));
    }

    /// Opens a failed entry's body for editing (e.g. the price the platform refused).
    public void startEdit(OutboxItem e) {
        if (e == null || !e.failed()) {
            return;
        }
        editing.set(e);
        editText.set(e.payload());
    }

    public void cancelEdit() {
        editing.set(null);
        editText.set("");
    }

    private void saveEdit() {
        OutboxItem e = editing.get();
        JsonNode body = parse(editText.get());
        cancelEdit();
        act(() -> engine.outbox().edit(e.seq(), body));
    }

    private String validate(String text) {
        JsonNode n = parse(text);
        return n != null && n.isObject() ? "" : i18n.get("sync.edit.invalid");
    }

    private static JsonNode parse(String text) {
        try {
            return text == null || text.isBlank() ? null : Json.mapper().readTree(text);
        } catch (JsonProcessingException e) {
            return null;
        }
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

    /// The failed entry being edited, or `null`.
    public ReadOnlyObjectProperty<OutboxItem> editingProperty() {
        return editing.getReadOnlyProperty();
    }

    /// The edited body (JSON).
    public StringProperty editTextProperty() {
        return editText;
    }

    /// Why the edited body cannot be sent, naming the field; "" when it can.
    public ObservableStringValue editErrorProperty() {
        return editError;
    }

    /// Sends the edited body (replacing the refused one) and closes the editor.
    public Command saveEditCommand() {
        return saveEdit;
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
