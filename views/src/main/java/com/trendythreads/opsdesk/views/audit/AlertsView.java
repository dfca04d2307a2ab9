package com.trendythreads.opsdesk.views.audit;

import com.trendythreads.opsdesk.viewmodels.audit.AlertItem;
import com.trendythreads.opsdesk.viewmodels.audit.AlertsViewModel;
import com.trendythreads.opsdesk.views.common.TableColumns;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;

/// The Alerts tab: the alerts (open ones stand out), the selected alert's evidence, acknowledge with a note.
public final class AlertsView {

    private final AlertsViewModel vm;

    @FXML private VBox alertAckBox;
    @FXML private Label alertCaption;
    @FXML private TableView<AlertItem> alertTable;
    @FXML private TableColumn<AlertItem, String> raisedColumn;
    @FXML private TableColumn<AlertItem, String> kindColumn;
    @FXML private TableColumn<AlertItem, String> severityColumn;
    @FXML private TableColumn<AlertItem, String> subjectColumn;
    @FXML private TableColumn<AlertItem, String> statusColumn;
    @FXML private TextArea alertEvidence;
    @FXML private TextField alertNote;
    @FXML private Label alertNoteError;
    @FXML private Button alertAcknowledge;

    AlertsView(AlertsViewModel vm) {
        this.vm = vm;
    }

    @FXML
    private void initialize() {
        alertCaption.textProperty().bind(vm.captionProperty());
        alertTable.setItems(vm.rows());
        TableColumns.value(raisedColumn, AlertItem::raised);
        TableColumns.value(kindColumn, AlertItem::kind);
        TableColumns.value(severityColumn, AlertItem::severity);
        TableColumns.value(subjectColumn, AlertItem::subject);
        TableColumns.value(statusColumn, AlertItem::status);
        alertTable.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(AlertItem item, boolean empty) {
                super.updateItem(item, empty);
                pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("open"), !empty && item != null && item.open());
            }
        });
        // both ways: the ViewModel keeps the selection when the list reloads (an alert arriving, acknowledged)
        alertTable.getSelectionModel().selectedItemProperty().addListener((o, a, i) -> {
            if (i != null || !alertTable.getItems().isEmpty()) {
                vm.selectedProperty().set(i);
            }
        });
        vm.selectedProperty().addListener((o, a, i) -> {
            if (i != alertTable.getSelectionModel().getSelectedItem()) {
                alertTable.getSelectionModel().select(i);
            }
        });
        alertEvidence.textProperty().bind(vm.evidenceProperty());
        alertNote.textProperty().bindBidirectional(vm.noteProperty());
        alertNoteError.textProperty().bind(vm.noteErrorProperty());
        alertAcknowledge.disableProperty().bind(vm.canAcknowledgeProperty().not());
        alertAckBox.setVisible(vm.mayAcknowledge());
        alertAckBox.setManaged(vm.mayAcknowledge());
    }

    @FXML
    private void onAcknowledge() {
        vm.acknowledge();
    }
}
