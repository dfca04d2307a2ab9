package com.trendythreads.opsdesk.views.sync;

import com.trendythreads.opsdesk.viewmodels.common.Activatable;
import com.trendythreads.opsdesk.viewmodels.common.I18n;
import com.trendythreads.opsdesk.viewmodels.sync.ConflictItem;
import com.trendythreads.opsdesk.viewmodels.sync.OutboxItem;
import com.trendythreads.opsdesk.viewmodels.sync.SyncViewModel;
import com.trendythreads.opsdesk.views.common.FieldDecorations;
import jakarta.inject.Inject;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/// "Sync & conflicts": outbox, history, and the selected conflict's fields with keep mine / take theirs.
public final class SyncView implements Activatable {

    private final SyncViewModel vm;
    private final I18n i18n;
    private final Map<String, CheckBox> keepMineBoxes = new LinkedHashMap<>();

    @FXML private ListView<OutboxItem> outboxList;
    @FXML private ListView<String> historyList;
    @FXML private ListView<ConflictItem> conflictList;
    @FXML private Label conflictReason;
    @FXML private GridPane fieldGrid;
    @FXML private Button retryButton;
    @FXML private Button discardButton;
    @FXML private Button editButton;
    @FXML private VBox editPane;
    @FXML private TextArea editText;
    @FXML private Label editMessage;
    @FXML private Button saveEditButton;
    @FXML private Button resolveButton;
    @FXML private Button keepMineButton;
    @FXML private Button takeTheirsButton;

    @Inject
    public SyncView(SyncViewModel vm, I18n i18n) {
        this.vm = vm;
        this.i18n = i18n;
    }

    @FXML
    private void initialize() {
        outboxList.setItems(vm.outbox());
        Label empty = new Label(i18n.get("sync.empty"));
        empty.setWrapText(true);
        empty.setPadding(new javafx.geometry.Insets(0, 16, 0, 16));
        outboxList.setPlaceholder(empty);
        outboxList.setCellFactory(l -> new ListCell<>() {
            {
                wrapInList(this, l);
            }

            @Override
            protected void updateItem(OutboxItem e, boolean empty) {
                super.updateItem(e, empty);
                setText(empty || e == null ? null
                        : e.description() + "  ·  " + e.statusLabel() + (e.reason().isEmpty() ? "" : "  ·  " + e.reason()));
            }
        });
        keepSelection(outboxList, OutboxItem::seq);
        historyList.setItems(vm.history());
        historyList.setCellFactory(l -> {
            ListCell<String> cell = new ListCell<>() {
                @Override
                protected void updateItem(String line, boolean empty) {
                    super.updateItem(line, empty);
                    setText(empty ? null : line);
                }
            };
            wrapInList(cell, l);
            return cell;
        });
        conflictList.setItems(vm.conflicts());
        keepSelection(conflictList, ConflictItem::id);
        conflictList.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(ConflictItem c, boolean empty) {
                super.updateItem(c, empty);
                setText(empty || c == null ? null : c.description());
            }
        });
        var failedSelected = outboxList.getSelectionModel().selectedItemProperty().map(OutboxItem::failed).orElse(false);
        retryButton.disableProperty().bind(failedSelected.map(b -> !b));
        discardButton.disableProperty().bind(failedSelected.map(b -> !b));
        editButton.disableProperty().bind(failedSelected.map(b -> !b));
        editPane.visibleProperty().bind(vm.editingProperty().isNotNull());
        editPane.managedProperty().bind(editPane.visibleProperty());
        editText.textProperty().bindBidirectional(vm.editTextProperty());
        FieldDecorations.bind(editText, vm.editErrorProperty(), editMessage);
        saveEditButton.disableProperty().bind(vm.saveEditCommand().executableProperty().not());
        var conflict = conflictList.getSelectionModel().selectedItemProperty();
        resolveButton.disableProperty().bind(conflict.isNull());
        keepMineButton.disableProperty().bind(conflict.isNull());
        takeTheirsButton.disableProperty().bind(conflict.isNull());
        conflict.addListener((o, a, c) -> showFields(c));
    }

    /// Long rows (the platform's reason) wrap inside the list instead of scrolling it sideways.
    private static void wrapInList(ListCell<?> cell, ListView<?> list) {
        cell.setWrapText(true);
        cell.prefWidthProperty().bind(list.widthProperty().subtract(24));
        cell.setMaxWidth(Region.USE_PREF_SIZE);
    }

    /// A list reloaded with new rows keeps the entry the user selected (same entry, maybe a new status): the
    /// selection model drops the old row object first, then this selects its successor by key.
    private static <T> void keepSelection(ListView<T> list, java.util.function.Function<T, Long> key) {
        Long[] chosen = {null};
        list.getSelectionModel().selectedItemProperty().addListener((o, a, item) -> {
            if (item != null) {
                chosen[0] = key.apply(item);
            }
        });
        list.getItems().addListener((javafx.collections.ListChangeListener<T>) change -> {
            T now = list.getSelectionModel().getSelectedItem();
            if (chosen[0] == null || (now != null && key.apply(now).equals(chosen[0]))) {
                return;
            }
            list.getItems().stream().filter(i -> key.apply(i).equals(chosen[0])).findFirst()
                    .ifPresent(list.getSelectionModel()::select);
        });
    }

    private void showFields(ConflictItem c) {
        fieldGrid.getChildren().clear();
        keepMineBoxes.clear();
        conflictReason.setText(c == null ? "" : c.reason());
        if (c == null) {
            return;
        }
        Label[] header = {new Label(i18n.get("sync.field")), new Label(i18n.get("sync.base")),
                new Label(i18n.get("sync.mine")),
                new Label(i18n.get("sync.theirs")), new Label(i18n.get("sync.keepMine"))};
        for (Label h : header) {
            h.getStyleClass().add("text-bold");
            h.setMinWidth(Region.USE_PREF_SIZE);
        }
        fieldGrid.addRow(0, header);
        int row = 1;
        for (ConflictItem.Field f : c.fields()) {
            CheckBox keep = new CheckBox();
            keepMineBoxes.put(f.path(), keep);
            Label path = new Label(f.path());
            path.setMinWidth(Region.USE_PREF_SIZE);
            fieldGrid.addRow(row++, path, value(f.base()), value(f.mine()), value(f.theirs()), keep);
        }
    }

    /// A value wraps rather than pushing the grid out of the pane (descriptions can be long).
    private static Label value(String text) {
        Label l = new Label(text);
        // Values wrap instead of widening the grid, so the outbox keeps its half of the window.
        l.setWrapText(true);
        l.setMaxWidth(200);
        l.setMinWidth(60);
        return l;
    }

    @FXML
    private void retry() {
        vm.retry(outboxList.getSelectionModel().getSelectedItem());
    }

    @FXML
    private void edit() {
        vm.startEdit(outboxList.getSelectionModel().getSelectedItem());
    }

    @FXML
    private void saveEdit() {
        vm.saveEditCommand().execute();
    }

    @FXML
    private void cancelEdit() {
        vm.cancelEdit();
    }

    @FXML
    private void discard() {
        vm.discard(outboxList.getSelectionModel().getSelectedItem());
    }

    @FXML
    private void resolve() {
        ConflictItem c = conflictList.getSelectionModel().getSelectedItem();
        if (!c.fieldConflict()) {
            vm.retryConflict(c);
            return;
        }
        vm.resolve(c, keepMineBoxes.entrySet().stream().filter(e -> e.getValue().isSelected())
                .map(Map.Entry::getKey).collect(Collectors.toSet()));
    }

    @FXML
    private void keepMine() {
        ConflictItem c = conflictList.getSelectionModel().getSelectedItem();
        if (!c.fieldConflict()) {
            vm.retryConflict(c);
            return;
        }
        Set<String> all = new HashSet<>();
        c.fields().forEach(f -> all.add(f.path()));
        vm.resolve(c, all);
    }

    @FXML
    private void takeTheirs() {
        ConflictItem c = conflictList.getSelectionModel().getSelectedItem();
        if (!c.fieldConflict()) {
            vm.discardConflict(c);
            return;
        }
        vm.resolve(c, Set.of());
    }

    @Override
    public void activate() {
        vm.activate();
    }

    @Override
    public void deactivate() {
        vm.deactivate();
    }
}
