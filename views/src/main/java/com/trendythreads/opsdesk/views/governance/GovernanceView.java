package com.trendythreads.opsdesk.views.governance;

import com.trendythreads.opsdesk.viewmodels.common.Activatable;
import com.trendythreads.opsdesk.viewmodels.common.I18n;
import com.trendythreads.opsdesk.viewmodels.governance.GovernanceViewModel;
import com.trendythreads.opsdesk.viewmodels.governance.GovernanceViewModel.FindingItem;
import com.trendythreads.opsdesk.viewmodels.governance.GovernanceViewModel.RuleItem;
import com.trendythreads.opsdesk.views.common.CustomerDataNotice;
import com.trendythreads.opsdesk.views.common.TableColumns;
import jakarta.inject.Inject;
import java.io.File;
import java.time.LocalDate;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;

/// The governance workspace: data-quality rules with counts and trend on the left, the records breaking
/// the selected rule on the right (double-click, Enter or "Open" opens one), CSV export of all findings.
public final class GovernanceView implements Activatable {

    private final GovernanceViewModel vm;
    private final I18n i18n;

    @FXML private VBox root;
    @FXML private Label checkedAt;
    @FXML private ProgressIndicator busy;
    @FXML private Button refreshButton;
    @FXML private Button exportButton;
    @FXML private Button openButton;
    @FXML private Label ruleHelp;
    @FXML private TableView<RuleItem> ruleTable;
    @FXML private TableColumn<RuleItem, String> ruleCol;
    @FXML private TableColumn<RuleItem, String> countCol;
    @FXML private TableColumn<RuleItem, RuleItem> trendCol;
    @FXML private TableView<FindingItem> findingTable;
    @FXML private TableColumn<FindingItem, String> labelCol;
    @FXML private TableColumn<FindingItem, String> idCol;
    @FXML private TableColumn<FindingItem, String> detailCol;

    @Inject
    public GovernanceView(GovernanceViewModel vm, I18n i18n) {
        this.vm = vm;
        this.i18n = i18n;
    }

    @FXML
    private void initialize() {
        checkedAt.textProperty().bind(vm.checkedAtProperty());
        busy.visibleProperty().bind(vm.busyProperty());
        refreshButton.disableProperty().bind(vm.refreshCommand().executableProperty().not());
        exportButton.disableProperty().bind(Bindings.isEmpty(vm.rules()).or(vm.busyProperty()));

        ruleTable.setItems(vm.rules());
        TableColumns.value(ruleCol, RuleItem::name);
        countCol.setCellValueFactory(c -> new ReadOnlyStringWrapper(i18n.get("governance.count",
                c.getValue().count(), c.getValue().checked())));
        trendCol.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        trendCol.setCellFactory(c -> new TrendCell());
        ruleTable.setRowFactory(t -> {
            TableRow<RuleItem> row = new TableRow<>();
            row.itemProperty().addListener((o, a, b) -> row.pseudoClassStateChanged(
                    javafx.css.PseudoClass.getPseudoClass("violated"), b != null && b.count() > 0));
            return row;
        });
        // table selection ⇄ the VM's selected rule (the VM picks one after every check)
        ruleTable.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (b != null) {
                vm.selectedProperty().set(b);
            }
        });
        vm.selectedProperty().addListener((o, a, b) -> {
            if (b != null && ruleTable.getSelectionModel().getSelectedItem() != b) {
                ruleTable.getSelectionModel().select(b);
            }
        });
        ruleHelp.textProperty().bind(Bindings.createStringBinding(() -> vm.selectedProperty().get() == null ? ""
                : vm.selectedProperty().get().help(), vm.selectedProperty()));

        findingTable.setItems(vm.findings());
        TableColumns.value(labelCol, FindingItem::label);
        TableColumns.value(idCol, FindingItem::recordId);
        TableColumns.value(detailCol, FindingItem::detail);
        findingTable.setRowFactory(t -> {
            TableRow<FindingItem> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty()) {
                    vm.open(row.getItem());
                }
            });
            return row;
        });
        findingTable.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                openSelected();
            }
        });
        openButton.disableProperty().bind(findingTable.getSelectionModel().selectedItemProperty().isNull());
    }

    @FXML
    private void refresh() {
        vm.refreshCommand().execute();
    }

    @FXML
    private void openSelected() {
        vm.open(findingTable.getSelectionModel().getSelectedItem());
    }

    @FXML
    private void export() {
        if (!CustomerDataNotice.confirm(root, i18n, vm.exportContainsCustomerData())) {
            return;
        }
        FileChooser chooser = new FileChooser();
        chooser.setTitle(i18n.get("governance.export"));
        chooser.setInitialFileName("data-quality-" + LocalDate.now() + ".csv");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("CSV", "*.csv"));
        File f = chooser.showSaveDialog(root.getScene().getWindow());
        if (f != null) {
            vm.export(f.toPath());
        }
    }

    @Override
    public void activate() {
        vm.activate();
    }

    @Override
    public void deactivate() {
        vm.deactivate();
    }

    /// The rule's daily counts as a small line, with the change as text beside it.
    private static final class TrendCell extends TableCell<RuleItem, RuleItem> {

        private final javafx.scene.shape.Polyline line = new javafx.scene.shape.Polyline();
        private final Label text = new Label();
        private final javafx.scene.layout.HBox box = new javafx.scene.layout.HBox(6, line, text);

        TrendCell() {
            line.getStyleClass().add("governance-trend");
            text.getStyleClass().add("text-muted");
            box.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        }

        @Override
        protected void updateItem(RuleItem item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setGraphic(null);
                return;
            }
            line.getPoints().clear();
            var p = item.trend();
            int max = p.stream().mapToInt(Integer::intValue).max().orElse(0);
            for (int i = 0; i < p.size(); i++) {
                line.getPoints().addAll(p.size() == 1 ? 0.0 : 60.0 * i / (p.size() - 1),
                        14.0 - (max == 0 ? 0 : 14.0 * p.get(i) / max));
            }
            line.setVisible(p.size() >= 2);
            line.setManaged(p.size() >= 2);
            text.setText(item.trendText());
            setGraphic(box);
        }
    }
}
