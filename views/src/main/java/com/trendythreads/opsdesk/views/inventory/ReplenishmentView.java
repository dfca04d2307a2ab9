package com.trendythreads.opsdesk.views.inventory;

import com.trendythreads.opsdesk.viewmodels.common.I18n;
import com.trendythreads.opsdesk.viewmodels.inventory.ReplenishmentViewModel;
import com.trendythreads.opsdesk.viewmodels.inventory.ReplenishmentViewModel.SuggestionItem;
import com.trendythreads.opsdesk.views.common.TableColumns;
import jakarta.inject.Inject;
import java.io.File;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.stage.FileChooser;

/// Replenishment: forecast, stock-out date, weeks of cover and suggested order per SKU at a location.
public final class ReplenishmentView {

    private final ReplenishmentViewModel vm;
    private final I18n i18n;
    private boolean loaded;

    @FXML private ComboBox<String> locationBox;
    @FXML private Label leadTimeLabel;
    @FXML private TextField leadTime;
    @FXML private CheckBox onlyToOrder;
    @FXML private Button computeButton;
    @FXML private ProgressIndicator busy;
    @FXML private Button exportButton;
    @FXML private Label summary;
    @FXML private TableView<SuggestionItem> suggestionTable;
    @FXML private TableColumn<SuggestionItem, String> skuCol;
    @FXML private TableColumn<SuggestionItem, String> titleCol;
    @FXML private TableColumn<SuggestionItem, Integer> availableCol;
    @FXML private TableColumn<SuggestionItem, Integer> incomingCol;
    @FXML private TableColumn<SuggestionItem, Integer> reorderCol;
    @FXML private TableColumn<SuggestionItem, String> perDayCol;
    @FXML private TableColumn<SuggestionItem, String> methodCol;
    @FXML private TableColumn<SuggestionItem, String> coverCol;
    @FXML private TableColumn<SuggestionItem, String> stockOutCol;
    @FXML private TableColumn<SuggestionItem, Integer> suggestedCol;
    @FXML private TableColumn<SuggestionItem, String> leadCol; // lane supply
    @FXML private Button createOrdersButton; // lane supply

    @Inject
    public ReplenishmentView(ReplenishmentViewModel vm, I18n i18n) {
        this.vm = vm;
        this.i18n = i18n;
    }

    @FXML
    private void initialize() {
        locationBox.setItems(vm.locations());
        locationBox.valueProperty().bindBidirectional(vm.locationProperty());
        leadTime.textProperty().bindBidirectional(vm.leadTimeDaysProperty());
        Tooltip tip = new Tooltip(i18n.get("inventory.replenishment.leadTime.tooltip"));
        leadTime.setTooltip(tip);
        leadTimeLabel.setTooltip(tip);
        onlyToOrder.selectedProperty().bindBidirectional(vm.onlyToOrderProperty());
        computeButton.disableProperty().bind(vm.computeCommand().executableProperty().not());
        busy.visibleProperty().bind(vm.busyProperty());
        exportButton.disableProperty().bind(javafx.beans.binding.Bindings.isEmpty(vm.suggestions()));
        summary.textProperty().bind(vm.summaryProperty());
        suggestionTable.setItems(vm.suggestions());
        TableColumns.value(skuCol, SuggestionItem::sku);
        TableColumns.value(titleCol, SuggestionItem::title);
        TableColumns.value(availableCol, SuggestionItem::available);
        TableColumns.value(incomingCol, SuggestionItem::incoming);
        TableColumns.value(reorderCol, SuggestionItem::reorderPoint);
        TableColumns.value(perDayCol, s -> String.format(i18n.locale(), "%.2f", s.perDay()));
        TableColumns.value(methodCol, SuggestionItem::method);
        TableColumns.value(coverCol, SuggestionItem::cover);
        TableColumns.value(stockOutCol, SuggestionItem::stockOutText);
        TableColumns.value(suggestedCol, SuggestionItem::suggested);
        coverCol.setCellFactory(c -> Columns.coverCell(i18n.get("inventory.cover.noSales")));
        Columns.fixed(availableCol, null, 70);
        Columns.fixed(incomingCol, null, 70);
        Columns.fixed(reorderCol, null, 70);
        Columns.fixed(perDayCol, null, 70);
        Columns.fixed(methodCol, null, 90);
        Columns.fixed(coverCol, null, 70);
        Columns.fixed(stockOutCol, null, 80);
        Columns.fixed(suggestedCol, null, 80);
        // lane supply: the lead time each row planned with and where it came from; "Create POs" on selected rows
        TableColumns.value(leadCol, SuggestionItem::leadSource);
        Columns.fixed(leadCol, null, 110);
        suggestionTable.getSelectionModel().setSelectionMode(javafx.scene.control.SelectionMode.MULTIPLE);
        suggestionTable.getSelectionModel().getSelectedItems().addListener(
                (javafx.collections.ListChangeListener<SuggestionItem>) c -> vm.selectedSuggestions().setAll(
                        suggestionTable.getSelectionModel().getSelectedItems()));
        createOrdersButton.disableProperty().bind(vm.createOrdersCommand().executableProperty().not());
    }

    /// lane supply: `opened` is called with the first PO "Create POs" made.
    void onOrdersCreated(java.util.function.Consumer<String> opened) {
        vm.createdOrders().addListener((javafx.collections.ListChangeListener<String>) c -> {
            if (!vm.createdOrders().isEmpty()) {
                opened.accept(vm.createdOrders().getFirst());
            }
        });
    }

    @FXML
    private void createOrders() {
        vm.createOrdersCommand().execute();
    }

    /// The tab is shown: load the locations once.
    void shown() {
        if (!loaded) {
            loaded = true;
            vm.load();
        }
    }

    @FXML
    private void compute() {
        vm.computeCommand().execute();
    }

    @FXML
    private void export() {
        FileChooser chooser = new FileChooser();
        chooser.getExtensionFilters().setAll(new FileChooser.ExtensionFilter("CSV", "*.csv"));
        chooser.setInitialFileName("replenishment-" + vm.locationProperty().get() + ".csv");
        File f = chooser.showSaveDialog(suggestionTable.getScene().getWindow());
        if (f != null) {
            vm.export(f.toPath());
        }
    }
}
