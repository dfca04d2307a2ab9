package com.trendythreads.opsdesk.views.catalog;

import com.trendythreads.opsdesk.viewmodels.catalog.FilterOption;
import com.trendythreads.opsdesk.viewmodels.catalog.ProductColumn;
import com.trendythreads.opsdesk.viewmodels.catalog.ProductFilters;
import com.trendythreads.opsdesk.viewmodels.catalog.ProductListViewModel;
import com.trendythreads.opsdesk.viewmodels.catalog.ProductRowViewModel;
import com.trendythreads.opsdesk.viewmodels.catalog.SavedView;
import com.trendythreads.opsdesk.viewmodels.common.Activatable;
import com.trendythreads.opsdesk.viewmodels.common.Command;
import com.trendythreads.opsdesk.viewmodels.common.I18n;
import jakarta.inject.Inject;
import java.io.File;
import java.time.LocalDate;
import java.util.List;
import javafx.application.Platform;
import javafx.beans.property.ObjectProperty;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputDialog;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;

/// The product list: search, filters, saved views, export, actions, and the virtualized table.
public final class ProductListView implements Activatable {

    private final ProductListViewModel vm;
    private final I18n i18n;
    private boolean restoringSelection;

    @FXML private VBox listRoot;
    @FXML private TextField catalogSearch;
    @FXML private ComboBox<SavedView> savedViews;
    @FXML private Button deleteViewButton;
    @FXML private Button importButton;
    @FXML private Button bulkButton;
    @FXML private Button newButton;
    @FXML private ComboBox<FilterOption<String>> categoryFilter;
    @FXML private ComboBox<FilterOption<String>> brandFilter;
    @FXML private ComboBox<FilterOption<String>> seasonFilter;
    @FXML private ComboBox<FilterOption<com.trendythreads.opsdesk.api.dto.catalog.ProductStatus>> statusFilter;
    @FXML private ComboBox<FilterOption<com.trendythreads.opsdesk.api.dto.common.Channel>> channelFilter;
    @FXML private ComboBox<FilterOption<com.trendythreads.opsdesk.cache.catalog.CatalogQuery.StockFilter>> stockFilter;
    @FXML private CheckBox incompleteFilter;
    @FXML private TableView<ProductRowViewModel> productTable;
    @FXML private ProgressIndicator loadingIndicator;
    @FXML private Label countLabel;
    @FXML private ProgressBar exportProgress;
    @FXML private Label exportMessage;

    @Inject
    public ProductListView(ProductListViewModel vm, I18n i18n) {
        this.vm = vm;
        this.i18n = i18n;
    }

    public ProductListViewModel viewModel() {
        return vm;
    }

    @FXML
    private void initialize() {
        ProductFilters f = vm.filters();
        catalogSearch.textProperty().bindBidirectional(f.textProperty());
        bind(categoryFilter, f.categories(), f.categoryProperty());
        bind(brandFilter, f.brands(), f.brandProperty());
        bind(seasonFilter, f.seasons(), f.seasonProperty());
        bind(statusFilter, f.statuses(), f.statusProperty());
        bind(channelFilter, f.channels(), f.channelProperty());
        bind(stockFilter, f.stocks(), f.stockProperty());
        incompleteFilter.selectedProperty().bindBidirectional(f.incompleteOnlyProperty());
        savedViews.setItems(vm.savedViews());
        savedViews.setOnAction(e -> vm.applyView(savedViews.getValue()));
        deleteViewButton.disableProperty().bind(savedViews.valueProperty().isNull());
        bind(newButton, vm.newProductCommand());
        bind(bulkButton, vm.bulkChangeCommand());
        bind(importButton, vm.importCommand());
        countLabel.textProperty().bind(vm.countTextProperty());
        loadingIndicator.visibleProperty().bind(vm.readyProperty().not());
        exportProgress.progressProperty().bind(vm.export().progressProperty());
        exportProgress.visibleProperty().bind(vm.export().runningProperty());
        exportMessage.textProperty().bind(vm.export().messageProperty());
        setUpTable();
        listRoot.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.F && e.isShortcutDown()) {
                catalogSearch.requestFocus();
                catalogSearch.selectAll();
                e.consume();
            }
        });
    }

    private static <T> void bind(ComboBox<FilterOption<T>> box, ObservableList<FilterOption<T>> options,
                                 ObjectProperty<FilterOption<T>> value) {
        box.setItems(options);
        box.valueProperty().bindBidirectional(value);
    }

    private static void bind(Button button, Command command) {
        button.disableProperty().bind(command.executableProperty().not());
    }

    private void setUpTable() {
        // Registered before the table's own listener, so the selection is remembered before a new
        // result replaces the rows, and put back (by id) once the table has taken them.
        vm.rows().addListener((ListChangeListener<ProductRowViewModel>) c -> keepSelection());
        productTable.setItems(vm.rows());
        productTable.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        productTable.setPlaceholder(new Label(i18n.get("catalog.empty")));
        productTable.setFixedCellSize(44);
        new ProductTableColumns(vm, i18n).install(productTable);
        productTable.getSelectionModel().getSelectedItems().addListener((ListChangeListener<ProductRowViewModel>) c -> {
            if (!restoringSelection) {
                vm.selectedIds().setAll(productTable.getSelectionModel().getSelectedItems().stream()
                        .map(ProductRowViewModel::id).toList());
            }
        });
        // The index sorts; the table only shows which column and which way.
        productTable.setSortPolicy(t -> true);
        productTable.getSortOrder().addListener((ListChangeListener<TableColumn<ProductRowViewModel, ?>>) c -> sortChanged());
        productTable.getColumns().forEach(col -> col.sortTypeProperty().addListener(o -> sortChanged()));
        vm.sortKeyProperty().addListener(o -> showSort());
        vm.ascendingProperty().addListener(o -> showSort());
        showSort();
        productTable.setRowFactory(t -> {
            TableRow<ProductRowViewModel> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && !row.isEmpty()) {
                    vm.open(row.getItem());
                }
            });
            return row;
        });
        productTable.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER) {
                vm.open(productTable.getSelectionModel().getSelectedItem());
                e.consume();
            }
        });
    }

    private void keepSelection() {
        List<String> keep = List.copyOf(vm.selectedIds());
        if (keep.isEmpty()) {
            return;
        }
        restoringSelection = true;
        Platform.runLater(() -> {
            productTable.getSelectionModel().clearSelection();
            for (int i = 0; i < vm.rows().size(); i++) {
                if (keep.contains(vm.rows().get(i).id())) {
                    productTable.getSelectionModel().select(i);
                }
            }
            restoringSelection = false;
            vm.selectedIds().setAll(productTable.getSelectionModel().getSelectedItems().stream()
                    .map(ProductRowViewModel::id).toList());
        });
    }

    private void sortChanged() {
        if (productTable.getSortOrder().isEmpty()) {
            showSort(); // a third click on a header would leave the order unsorted; the list is always sorted
            return;
        }
        TableColumn<ProductRowViewModel, ?> first = productTable.getSortOrder().getFirst();
        ProductColumn c = (ProductColumn) first.getUserData();
        vm.sortKeyProperty().set(c.sortKey());
        vm.ascendingProperty().set(first.getSortType() == TableColumn.SortType.ASCENDING);
    }

    private void showSort() {
        ProductColumn c = ProductColumn.of(vm.sortKeyProperty().get());
        productTable.getColumns().stream().filter(col -> col.getUserData() == c).findFirst().ifPresent(col -> {
            col.setSortType(vm.ascendingProperty().get() ? TableColumn.SortType.ASCENDING
                    : TableColumn.SortType.DESCENDING);
            if (productTable.getSortOrder().size() != 1 || productTable.getSortOrder().getFirst() != col) {
                productTable.getSortOrder().setAll(List.of(col));
            }
        });
    }

    @FXML
    private void saveView() {
        TextInputDialog dialog = new TextInputDialog(savedViews.getValue() == null ? "" : savedViews.getValue().name());
        dialog.setTitle(i18n.get("catalog.views.saveTitle"));
        dialog.setHeaderText(null);
        dialog.setContentText(i18n.get("catalog.views.name"));
        dialog.initOwner(listRoot.getScene().getWindow());
        dialog.showAndWait().ifPresent(vm::saveView);
    }

    @FXML
    private void deleteView() {
        vm.deleteView(savedViews.getValue());
    }

    @FXML
    private void exportCsv() {
        export("csv");
    }

    @FXML
    private void exportXlsx() {
        export("xlsx");
    }

    private void export(String extension) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(i18n.get("catalog.export.fileTitle"));
        chooser.setInitialFileName("products-" + LocalDate.now() + "." + extension);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(extension.toUpperCase(), "*." + extension));
        File file = chooser.showSaveDialog(listRoot.getScene().getWindow());
        if (file != null) {
            vm.exportTo(file.toPath());
        }
    }

    @FXML
    private void newProduct() {
        vm.newProductCommand().execute();
    }

    @FXML
    private void bulkChange() {
        vm.bulkChangeCommand().execute();
    }

    @FXML
    private void importProducts() {
        vm.importCommand().execute();
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
