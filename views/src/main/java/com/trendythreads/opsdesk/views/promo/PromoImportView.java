package com.trendythreads.opsdesk.views.promo;

import com.trendythreads.opsdesk.viewmodels.common.I18n;
import com.trendythreads.opsdesk.viewmodels.promo.PromoImportViewModel;
import com.trendythreads.opsdesk.viewmodels.promo.PromoImportViewModel.Row;
import com.trendythreads.opsdesk.views.common.TableColumns;
import java.io.File;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.stage.FileChooser;

/// "Import codes": pick a file, read the preview with each row's problems, then import the good rows.
final class PromoImportView {

    private final PromoImportViewModel vm;
    private final I18n i18n;

    @FXML private TableView<Row> rows;
    @FXML private TableColumn<Row, String> lineColumn;
    @FXML private TableColumn<Row, String> codeColumn;
    @FXML private TableColumn<Row, String> typeColumn;
    @FXML private TableColumn<Row, String> valueColumn;
    @FXML private TableColumn<Row, String> validityColumn;
    @FXML private TableColumn<Row, String> problemsColumn;
    @FXML private Label summary;
    @FXML private Button confirm;

    PromoImportView(PromoImportViewModel vm, I18n i18n) {
        this.vm = vm;
        this.i18n = i18n;
    }

    @FXML
    private void initialize() {
        rows.setItems(vm.rows());
        TableColumns.value(lineColumn, r -> Integer.toString(r.line()));
        TableColumns.value(codeColumn, Row::code);
        TableColumns.value(typeColumn, Row::type);
        TableColumns.value(valueColumn, Row::value);
        TableColumns.value(validityColumn, Row::validity);
        TableColumns.value(problemsColumn, Row::problems);
        rows.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(Row item, boolean empty) {
                super.updateItem(item, empty);
                pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("invalid"), !empty && item != null
                        && !item.ok());
            }
        });
        summary.textProperty().bind(vm.summaryProperty());
        confirm.disableProperty().bind(vm.confirmCommand().executableProperty().not());
        confirm.setOnAction(e -> vm.confirmCommand().execute());
    }

    @FXML
    private void open() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(i18n.get("promo.import.title"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("CSV, XLSX", "*.csv", "*.xlsx"));
        File f = chooser.showOpenDialog(rows.getScene().getWindow());
        if (f != null) {
            vm.open(f.toPath());
        }
    }
}
