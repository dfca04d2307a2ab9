package com.trendythreads.opsdesk.viewmodels.inventory;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.trendythreads.opsdesk.api.dto.inventory.AdjustmentReason;
import com.trendythreads.opsdesk.api.dto.inventory.StockMovement;
import com.trendythreads.opsdesk.cache.store.ResourceType;
import com.trendythreads.opsdesk.cache.sync.RemoteLookup;
import com.trendythreads.opsdesk.api.Json;
import com.trendythreads.opsdesk.viewmodels.common.BackgroundTask;
import com.trendythreads.opsdesk.viewmodels.common.Command;
import com.trendythreads.opsdesk.viewmodels.common.I18n;
import com.trendythreads.opsdesk.viewmodels.common.Notifier;
import com.trendythreads.opsdesk.viewmodels.common.TaskRunner;
import com.trendythreads.opsdesk.viewmodels.session.SessionState;
import jakarta.inject.Inject;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/// The selected stock level: adjust it by a signed delta with a reason (queued as a delta through the
/// outbox: it shows at once and works offline), set its reorder point, and read its SKU's movement history
/// (asked from the platform when online; otherwise the movements this computer received).
public final class StockDetailViewModel {

    /// One movement, as shown.
    public record MovementItem(String at, String location, String delta, String type, String detail) {
    }

    private static final int HISTORY_LIMIT = 200;

    private final SessionState sessions;
    private final StockSource source;
    private final TaskRunner runner;
    private final Notifier notifier;
    private final I18n i18n;
    private final ObjectProperty<StockItem> item = new SimpleObjectProperty<>();
    private final StringProperty delta = new SimpleStringProperty("");
    private final ObjectProperty<AdjustmentReason> reason = new SimpleObjectProperty<>();
    private final StringProperty note = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper deltaError = new ReadOnlyStringWrapper("");
    private final StringProperty reorderPoint = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper reorderPointError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper historySource = new ReadOnlyStringWrapper("");
    private final ObservableList<MovementItem> movements = FXCollections.observableArrayList();
    private final Command adjust;
    private final Command saveReorderPoint;

    @Inject
    public StockDetailViewModel(SessionState sessions, StockSource source, TaskRunner runner, Notifier notifier,
                                I18n i18n) {
        this.sessions = sessions;
        this.source = source;
        this.runner = runner;
        this.notifier = notifier;
        this.i18n = i18n;
        boolean mayAdjust = source.may("adjustStock");
        boolean mayPatch = source.may("updateStockLevel");
        delta.addListener((o, a, b) -> validateDelta());
        reason.addListener((o, a, b) -> validateDelta());
        reorderPoint.addListener((o, a, b) -> reorderPointError.set(parseReorderPoint().isPresent()
                || reorderPoint.get().isBlank() ? "" : i18n.get("inventory.reorderPoint.invalid")));
        item.addListener((o, a, b) -> selected(b));
        adjust = Command.of(this::adjust, Bindings.createBooleanBinding(() -> mayAdjust && item.get() != null
                && reason.get() != null && parseDelta().isPresent() && deltaError.get().isEmpty(),
                item, reason, delta, deltaError));
        saveReorderPoint = Command.of(this::saveReorderPoint, Bindings.createBooleanBinding(() -> mayPatch
                && item.get() != null && parseReorderPoint().isPresent(), item, reorderPoint));
    }

    private void selected(StockItem s) {
        delta.set("");
        note.set("");
        deltaError.set("");
        reorderPoint.set(s == null || s.reorderPointProperty().get() == null ? ""
                : Integer.toString(s.reorderPointProperty().get()));
        movements.clear();
        historySource.set("");
        if (s != null) {
            loadHistory(s.sku());
        }
    }

    private Optional<Integer> parseDelta() {
        try {
            String t = delta.get().trim();
            return Optional.of(Integer.parseInt(t.startsWith("+") ? t.substring(1) : t));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private Optional<Integer> parseReorderPoint() {
        try {
            int v = Integer.parseInt(reorderPoint.get().trim());
            return v >= 0 ? Optional.of(v) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private void validateDelta() {
        StockItem s = item.get();
        if (delta.get().isBlank() || s == null) {
            deltaError.set("");
            return;
        }
        Optional<Integer> d = parseDelta();
        if (d.isEmpty() || d.get() == 0) {
            deltaError.set(i18n.get("inventory.adjust.deltaInvalid"));
        } else if (s.onHandProperty().get() + d.get() < 0) {
            deltaError.set(i18n.get("inventory.adjust.belowZero", s.onHandProperty().get()));
        } else {
            deltaError.set("");
        }
    }

    private void adjust() {
        StockItem s = item.get();
        int d = parseDelta().orElseThrow();
        AdjustmentReason r = reason.get();
        String n = note.get();
        BackgroundTask.of(() -> source.data().edits().adjustStock(s.locationId(), s.sku(), d, r.name(), n))
                .onSuccess(seq -> {
                    delta.set("");
                    note.set("");
                    notifier.info(i18n.get("inventory.adjust.queued", (d > 0 ? "+" : "") + d, s.sku(),
                            s.locationId()));
                })
                .onFailure(e -> notifier.error(i18n.get("inventory.adjust.failed"), String.valueOf(e.getMessage())))
                .runWith(runner);
    }

    private void saveReorderPoint() {
        StockItem s = item.get();
        int v = parseReorderPoint().orElseThrow();
        BackgroundTask.of(() -> source.data().edits().updateStockLevel(s.locationId(), s.sku(),
                        JsonNodeFactory.instance.objectNode().put("reorderPoint", v),
                        "Reorder point of " + s.sku() + " at " + s.locationId() + " → " + v))
                .onSuccess(seq -> notifier.info(i18n.get("inventory.reorderPoint.queued", v, s.sku())))
                .onFailure(e -> notifier.error(i18n.get("inventory.adjust.failed"), String.valueOf(e.getMessage())))
                .runWith(runner);
    }

    private record History(List<StockMovement> movements, boolean remote) {
    }

    /// The movements of `sku`: the platform's when it answers, else the ones the cache holds.
    private void loadHistory(String sku) {
        BackgroundTask.of(() -> {
                    Optional<RemoteLookup> remote = sessions.current().engine().map(e -> e.remoteLookup());
                    if (remote.isPresent()) {
                        try {
                            List<StockMovement> list = remote.get().list(ResourceType.MOVEMENT, Map.of("sku", sku),
                                    HISTORY_LIMIT).stream()
                                    .map(j -> Json.mapper().convertValue(j, StockMovement.class)).toList();
                            return new History(list, true);
                        } catch (RuntimeException offline) {
                            // fall back to what the cache received
                        }
                    }
                    return new History(source.store().localMovements(sku, HISTORY_LIMIT), false);
                })
                .onSuccess(h -> {
                    StockItem now = item.get();
                    if (now == null || !now.sku().equals(sku)) {
                        return;
                    }
                    DateTimeFormatter f = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT)
                            .withLocale(i18n.locale()).withZone(ZoneId.systemDefault());
                    movements.setAll(h.movements().stream().map(m -> new MovementItem(
                            m.at() == null ? "" : f.format(m.at()), m.locationId(),
                            (m.delta() > 0 ? "+" : "") + m.delta(),
                            i18n.get("inventory.movement." + m.type().name()),
                            m.reason() != null ? i18n.get("inventory.reason." + m.reason().name())
                                    + (m.note() == null ? "" : ": " + m.note())
                                    : m.reference() == null ? "" : m.reference())).toList());
                    historySource.set(i18n.get(h.remote() ? "inventory.history.remote" : "inventory.history.local",
                            h.movements().size()));
                })
                .onFailure(e -> historySource.set(i18n.get("inventory.history.failed")))
                .runWith(runner);
    }

    /// The stock level shown (the grid's selection).
    public ObjectProperty<StockItem> itemProperty() {
        return item;
    }

    /// The signed change, e.g. "-2" or "+5".
    public StringProperty deltaProperty() {
        return delta;
    }

    public ObjectProperty<AdjustmentReason> reasonProperty() {
        return reason;
    }

    public StringProperty noteProperty() {
        return note;
    }

    /// Why the delta cannot be sent ("" when it can), shown beside the field.
    public ReadOnlyStringProperty deltaErrorProperty() {
        return deltaError.getReadOnlyProperty();
    }

    public StringProperty reorderPointProperty() {
        return reorderPoint;
    }

    public ReadOnlyStringProperty reorderPointErrorProperty() {
        return reorderPointError.getReadOnlyProperty();
    }

    public List<AdjustmentReason> reasons() {
        return List.of(AdjustmentReason.values());
    }

    public String reasonLabel(AdjustmentReason r) {
        return i18n.get("inventory.reason." + r.name());
    }

    public Command adjustCommand() {
        return adjust;
    }

    public Command saveReorderPointCommand() {
        return saveReorderPoint;
    }

    public ObservableList<MovementItem> movements() {
        return movements;
    }

    /// Where the history came from ("From the platform: n movements" or the offline fallback).
    public ReadOnlyStringProperty historySourceProperty() {
        return historySource.getReadOnlyProperty();
    }
}
