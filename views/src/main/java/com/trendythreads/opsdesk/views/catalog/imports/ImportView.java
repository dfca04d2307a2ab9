package com.trendythreads.opsdesk.views.catalog.imports;

import com.trendythreads.opsdesk.viewmodels.catalog.imports.ColumnMapping;
import com.trendythreads.opsdesk.viewmodels.catalog.imports.ImportRow;
import com.trendythreads.opsdesk.viewmodels.catalog.imports.ImportTarget;
import com.trendythreads.opsdesk.viewmodels.catalog.imports.ImportViewModel;
import com.trendythreads.opsdesk.viewmodels.common.I18n;
import com.trendythreads.opsdesk.views.catalog.jobs.JobBarView;
import com.trendythreads.opsdesk.views.catalog.jobs.StepUpRow;
import com.trendythreads.opsdesk.views.common.Choices;
import com.trendythreads.opsdesk.views.common.TableColumns;
import jakarta.inject.Inject;
import java.io.File;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.css.PseudoClass;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.cell.ComboBoxTableCell;
import javafx.scene.layout.HBox;
import javafx.stage.FileChooser;

/// Import: choose a CSV or XLSX file, map its columns to fields, see every row checked (rejected rows
/// marked with the reason), apply the valid rows as one job, save the rejected rows, undo the import. An
/// import that changes the prices of many products asks for the password above Apply, as a bulk change does.
public final class ImportView {

    private static final PseudoClass INVALID = PseudoClass.getPseudoClass("invalid");

    private final ImportViewModel vm;
    private final I18n i18n;

    @FXML private Button chooseButton;
    @FXML private Label fileName;
    @FXML private CheckBox blankClears;
    @FXML private TableView<ColumnMapping> mappingTable;
    @FXML private TableColumn<ColumnMapping, String> headerColumn;
    @FXML private TableColumn<ColumnMapping, String> sampleColumn;
    @FXML private TableColumn<ColumnMapping, ImportTarget> targetColumn;
    @FXML private TableView<ImportRow> rowTable;
    @FXML private TableColumn<ImportRow, String> lineColumn;
    @FXML private TableColumn<ImportRow, String> skuColumn;
    @FXML private TableColumn<ImportRow, String> productColumn;
    @FXML private TableColumn<ImportRow, String> resultColumn;
    @FXML private Label summary;
    @FXML private JobBarView jobBarController;
    @FXML private Button reportButton;
    @FXML private HBox stepUpBox;
    @FXML private Label stepUpHint;
    @FXML private PasswordField stepUpPassword;
    @FXML private Label stepUpError;

    @Inject
    public ImportView(ImportViewModel vm, I18n i18n) {
        this.vm = vm;
        this.i18n = i18n;
    }

    @FXML
    private void initialize() {
        fileName.textProperty().bind(vm.fileNameProperty().map(n -> n.isEmpty() ? i18n.get("import.noFile") : n));
        blankClears.selectedProperty().bindBidirectional(vm.blankClearsProperty());
        mappingTable.setItems(vm.columns());
        mappingTable.setPlaceholder(new Label(i18n.get("import.empty")));
        headerColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().header()));
        sampleColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().sample()));
        targetColumn.setCellValueFactory(c -> c.getValue().targetProperty());
        targetColumn.setCellFactory(ComboBoxTableCell.forTableColumn(Choices.converter(ImportTarget::label),
                vm.targetChoices()));
        targetColumn.setOnEditCommit(e -> e.getRowValue().targetProperty().set(e.getNewValue()));

        rowTable.setItems(vm.rows());
        rowTable.setPlaceholder(new Label(i18n.get("import.empty")));
        TableColumns.value(lineColumn, r -> Integer.toString(r.line()));
        TableColumns.value(skuColumn, ImportRow::sku);
        TableColumns.value(productColumn, ImportRow::title);
        TableColumns.value(resultColumn, r -> r.valid() ? r.changes() : "✗ " + r.reason());
        rowTable.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(ImportRow r, boolean empty) {
                super.updateItem(r, empty);
                pseudoClassStateChanged(INVALID, !empty && r != null && !r.valid());
            }
        });
        summary.textProperty().bind(vm.summaryProperty());
        reportButton.disableProperty().bind(vm.saveReportCommand().executableProperty().not());
        jobBarController.bind(vm.job(), vm.applyCommand(), vm::confirmation, i18n.get("import.apply"));
        StepUpRow.bind(vm.stepUp(), stepUpBox, stepUpHint, stepUpPassword, stepUpError);
    }

    private FileChooser chooser() {
        FileChooser fc = new FileChooser();
        fc.getExtensionFilters().add(new FileChooser.ExtensionFilter(i18n.get("import.fileFilter"), "*.csv", "*.xlsx"));
        return fc;
    }

    @FXML
    private void choose() {
        File f = chooser().showOpenDialog(chooseButton.getScene().getWindow());
        if (f != null) {
            vm.open(f.toPath());
        }
    }

    @FXML
    private void saveReport() {
        FileChooser fc = chooser();
        fc.setInitialFileName("rejected-rows.csv");
        File f = fc.showSaveDialog(reportButton.getScene().getWindow());
        if (f != null) {
            vm.saveReport(f.toPath());
        }
    }

    public ImportViewModel viewModel() {
        return vm;
    }
}
