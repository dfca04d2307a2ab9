package com.trendythreads.opsdesk.views.audit;

import com.trendythreads.opsdesk.viewmodels.audit.AuditEventItem;
import com.trendythreads.opsdesk.viewmodels.audit.AuditLogViewModel;
import com.trendythreads.opsdesk.viewmodels.common.I18n;
import com.trendythreads.opsdesk.views.common.TableColumns;
import java.io.File;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;

/// The Audit log tab: filters, the events, the selected event's before → after; open its record; export.
public final class AuditLogView {

    private final AuditLogViewModel vm;
    private final I18n i18n;

    @FXML private VBox root;
    @FXML private TextField auditUser;
    @FXML private TextField auditEntityType;
    @FXML private TextField auditEntityId;
    @FXML private TextField auditAction;
    @FXML private DatePicker auditFrom;
    @FXML private DatePicker auditTo;
    @FXML private Button auditSearch;
    @FXML private Button auditLoadMore;
    @FXML private Button auditOpen;
    @FXML private Label auditSource;
    @FXML private TableView<AuditEventItem> auditEvents;
    @FXML private TableColumn<AuditEventItem, String> atColumn;
    @FXML private TableColumn<AuditEventItem, String> userColumn;
    @FXML private TableColumn<AuditEventItem, String> actionColumn;
    @FXML private TableColumn<AuditEventItem, String> entityColumn;
    @FXML private TableColumn<AuditEventItem, String> summaryColumn;
    @FXML private TableColumn<AuditEventItem, String> clientColumn;
    @FXML private TextArea auditDetails;

    AuditLogView(AuditLogViewModel vm, I18n i18n) {
        this.vm = vm;
        this.i18n = i18n;
    }

    @FXML
    private void initialize() {
        auditUser.textProperty().bindBidirectional(vm.userProperty());
        auditEntityType.textProperty().bindBidirectional(vm.entityTypeProperty());
        auditEntityId.textProperty().bindBidirectional(vm.entityIdProperty());
        auditAction.textProperty().bindBidirectional(vm.actionProperty());
        auditFrom.valueProperty().bindBidirectional(vm.fromProperty());
        auditTo.valueProperty().bindBidirectional(vm.toProperty());
        for (TextField f : new TextField[] {auditUser, auditEntityType, auditEntityId, auditAction}) {
            f.setOnAction(e -> vm.search());
        }
        auditSearch.disableProperty().bind(vm.loadingProperty());
        auditSource.textProperty().bind(vm.sourceProperty());
        auditLoadMore.visibleProperty().bind(vm.moreProperty());
        auditLoadMore.managedProperty().bind(vm.moreProperty());
        auditLoadMore.disableProperty().bind(vm.loadMoreCommand().executableProperty().not());
        auditEvents.setItems(vm.rows());
        TableColumns.value(atColumn, AuditEventItem::when);
        TableColumns.value(userColumn, AuditEventItem::who);
        TableColumns.value(actionColumn, AuditEventItem::action);
        TableColumns.value(entityColumn, i -> i.entityType() + " " + i.entityId());
        TableColumns.value(summaryColumn, AuditEventItem::summary);
        TableColumns.value(clientColumn, AuditEventItem::client);
        vm.selectedProperty().bind(auditEvents.getSelectionModel().selectedItemProperty());
        auditDetails.textProperty().bind(vm.detailsProperty());
        auditOpen.setDisable(true);
        auditEvents.getSelectionModel().selectedItemProperty().addListener((o, a, i) -> auditOpen.setDisable(!vm.canOpen(i)));
        auditEvents.setRowFactory(t -> {
            TableRow<AuditEventItem> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && !row.isEmpty()) {
                    vm.openSelected();
                }
            });
            return row;
        });
    }

    @FXML
    private void onLoadMore() {
        vm.loadMoreCommand().execute();
    }

    @FXML
    private void onSearch() {
        vm.search();
    }

    @FXML
    private void onOpen() {
        vm.openSelected();
    }

    @FXML
    private void onExport() {
        FileChooser chooser = new FileChooser();
        chooser.getExtensionFilters().setAll(new FileChooser.ExtensionFilter("CSV", "*.csv"),
                new FileChooser.ExtensionFilter("Excel", "*.xlsx"));
        chooser.setInitialFileName("audit-log.csv");
        File f = chooser.showSaveDialog(root.getScene().getWindow());
        if (f != null) {
            vm.export(f.toPath());
        }
    }
}
