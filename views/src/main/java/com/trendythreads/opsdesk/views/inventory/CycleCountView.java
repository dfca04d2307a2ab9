package com.trendythreads.opsdesk.views.inventory;

import com.trendythreads.opsdesk.viewmodels.inventory.CycleCountViewModel;
import com.trendythreads.opsdesk.viewmodels.inventory.CycleCountViewModel.CountLine;
import com.trendythreads.opsdesk.viewmodels.inventory.CycleCountViewModel.VarianceItem;
import com.trendythreads.opsdesk.viewmodels.inventory.StockGridViewModel;
import com.trendythreads.opsdesk.views.common.TableColumns;
import jakarta.inject.Inject;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.cell.TextFieldTableCell;

/// A cycle count: the sheet (counted quantities typed or scanned), the variance report, post.
public final class CycleCountView {

    private final CycleCountViewModel vm;
    private boolean loaded;

    @FXML private ComboBox<String> locationBox;
    @FXML private RadioButton byBins;
    @FXML private RadioButton byCategory;
    @FXML private TextField binFrom;
    @FXML private TextField binTo;
    @FXML private ComboBox<StockGridViewModel.CategoryChoice> categoryBox;
    @FXML private Button generateButton;
    @FXML private TextField scanField;
    @FXML private Label scanFeedback;
    @FXML private TableView<CountLine> lineTable;
    @FXML private TableColumn<CountLine, String> binCol;
    @FXML private TableColumn<CountLine, String> skuCol;
    @FXML private TableColumn<CountLine, String> titleCol;
    @FXML private TableColumn<CountLine, Integer> expectedCol;
    @FXML private TableColumn<CountLine, String> countedCol;
    @FXML private TableView<VarianceItem> varianceTable;
    @FXML private TableColumn<VarianceItem, String> vSkuCol;
    @FXML private TableColumn<VarianceItem, Integer> vExpectedCol;
    @FXML private TableColumn<VarianceItem, Integer> vCountedCol;
    @FXML private TableColumn<VarianceItem, String> vUnitsCol;
    @FXML private TableColumn<VarianceItem, String> vValueCol;
    @FXML private Label totals;
    @FXML private Button postButton;

    @Inject
    public CycleCountView(CycleCountViewModel vm) {
        this.vm = vm;
    }

    @FXML
    private void initialize() {
        locationBox.setItems(vm.locations());
        locationBox.valueProperty().bindBidirectional(vm.locationProperty());
        ToggleGroup mode = new ToggleGroup();
        byBins.setToggleGroup(mode);
        byCategory.setToggleGroup(mode);
        byCategory.selectedProperty().bindBidirectional(vm.byCategoryProperty());
        binFrom.textProperty().bindBidirectional(vm.binFromProperty());
        binTo.textProperty().bindBidirectional(vm.binToProperty());
        binFrom.disableProperty().bind(vm.byCategoryProperty());
        binTo.disableProperty().bind(vm.byCategoryProperty());
        categoryBox.setItems(vm.categories());
        categoryBox.valueProperty().bindBidirectional(vm.categoryProperty());
        categoryBox.disableProperty().bind(vm.byCategoryProperty().not());
        generateButton.disableProperty().bind(vm.generateCommand().executableProperty().not());
        scanField.textProperty().bindBidirectional(vm.scanProperty());
        scanFeedback.textProperty().bind(vm.scanFeedbackProperty());
        lineTable.setItems(vm.lines());
        TableColumns.value(binCol, CountLine::bin);
        TableColumns.value(skuCol, CountLine::sku);
        TableColumns.value(titleCol, CountLine::title);
        TableColumns.value(expectedCol, CountLine::expected);
        countedCol.setCellValueFactory(cd -> cd.getValue().countedProperty());
        countedCol.setCellFactory(TextFieldTableCell.forTableColumn());
        countedCol.setOnEditCommit(e -> e.getRowValue().countedProperty().set(e.getNewValue()));
        varianceTable.setItems(vm.variances());
        TableColumns.value(vSkuCol, VarianceItem::sku);
        TableColumns.value(vExpectedCol, VarianceItem::expected);
        TableColumns.value(vCountedCol, VarianceItem::counted);
        TableColumns.value(vUnitsCol, VarianceItem::units);
        TableColumns.value(vValueCol, VarianceItem::value);
        totals.textProperty().bind(vm.totalsProperty());
        postButton.disableProperty().bind(vm.postCommand().executableProperty().not());
    }

    /// The tab is shown: load the choices once, and keep the scan field focused for the scanner.
    void shown() {
        if (!loaded) {
            loaded = true;
            vm.load();
        }
        scanField.requestFocus();
    }

    @FXML
    private void generate() {
        vm.generateCommand().execute();
        scanField.requestFocus();
    }

    @FXML
    private void scan() {
        vm.scan();
    }

    @FXML
    private void post() {
        vm.postCommand().execute();
    }
}
