package com.trendythreads.opsdesk.views.inventory;

import com.trendythreads.opsdesk.cache.inventory.StockIndex.Level;
import com.trendythreads.opsdesk.viewmodels.common.Activatable;
import com.trendythreads.opsdesk.viewmodels.common.I18n;
import com.trendythreads.opsdesk.viewmodels.inventory.StockGridViewModel;
import com.trendythreads.opsdesk.viewmodels.inventory.StockItem;
import com.trendythreads.opsdesk.views.common.Choices;
import jakarta.inject.Inject;
import java.io.File;
import java.util.function.Function;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.stage.FileChooser;

/// The stock grid: filters on top, the virtualised table (rows are made as they scroll into view), the
/// selected level's detail on the right.
public final class StockGridView implements Activatable {

    private final StockGridViewModel vm;
    private final I18n i18n;

    @FXML private TextField search;
    @FXML private ComboBox<String> stockLocation;
    @FXML private ComboBox<StockGridViewModel.CategoryChoice> category;
    @FXML private ComboBox<Level> level;
    @FXML private Label stockSummary;
    @FXML private ProgressIndicator busy;
    @FXML private Button exportButton;
    @FXML private TableView<StockItem> stockTable;
    @FXML private TableColumn<StockItem, String> skuCol;
    @FXML private TableColumn<StockItem, String> titleCol;
    @FXML private TableColumn<StockItem, String> categoryCol;
    @FXML private TableColumn<StockItem, String> locationCol;
    @FXML private TableColumn<StockItem, String> binCol;
    @FXML private TableColumn<StockItem, Number> onHandCol;
    @FXML private TableColumn<StockItem, Number> committedCol;
    @FXML private TableColumn<StockItem, Number> availableCol;
    @FXML private TableColumn<StockItem, Number> incomingCol;
    @FXML private TableColumn<StockItem, Integer> reorderCol;
    @FXML private TableColumn<StockItem, String> coverCol;
    @FXML private StockDetailView detailController;

    @Inject
    public StockGridView(StockGridViewModel vm, I18n i18n) {
        this.vm = vm;
        this.i18n = i18n;
    }

    @FXML
    private void initialize() {
        search.textProperty().bindBidirectional(vm.searchProperty());
        stockLocation.setItems(vm.locations());
        stockLocation.valueProperty().bindBidirectional(vm.locationProperty());
        stockLocation.setConverter(Choices.converterWithNone(l -> l == null || l.isEmpty() ? i18n.get("inventory.allLocations") : l));
        category.setItems(vm.categories());
        category.valueProperty().bindBidirectional(vm.categoryProperty());
        level.getItems().setAll(Level.values());
        level.valueProperty().bindBidirectional(vm.levelProperty());
        level.setConverter(Choices.converter(l -> i18n.get("inventory.level." + l.name())));
        level.setButtonCell(levelCell());
        level.setCellFactory(l -> levelCell());
        level.setTooltip(new Tooltip(vm.overstockExplanation()));
        stockSummary.textProperty().bind(vm.summaryProperty());
        busy.visibleProperty().bind(vm.loadingProperty());
        busy.managedProperty().bind(vm.loadingProperty());
        exportButton.disableProperty().bind(vm.loadedProperty().not());

        // Each column sorts by nothing: the index keeps SKU, then location order (sorting millions of rows
        // in the table would make every item).
        text(skuCol, StockItem::sku);
        text(titleCol, StockItem::title);
        text(categoryCol, StockItem::category);
        text(locationCol, StockItem::locationId);
        observed(binCol, StockItem::binProperty);
        observed(onHandCol, StockItem::onHandProperty);
        observed(committedCol, StockItem::committedProperty);
        observed(availableCol, StockItem::availableProperty);
        observed(incomingCol, StockItem::incomingProperty);
        observed(reorderCol, StockItem::reorderPointProperty);
        observed(coverCol, StockItem::coverProperty);
        coverCol.setCellFactory(c -> Columns.coverCell(i18n.get("inventory.cover.noSales")));
        // Figures and codes get fixed widths that fit their (short) headers; SKU, title and category share the rest.
        Columns.fit(categoryCol, null, 80);
        Columns.fixed(locationCol, i18n.get("inventory.col.location"), 58);
        // One location chosen: every row has it, the column would only take room from the title.
        locationCol.visibleProperty().bind(vm.locationProperty().map(l -> l == null || l.isEmpty()).orElse(true));
        Columns.fixed(binCol, null, 62);
        Columns.fixed(onHandCol, null, 50);
        Columns.fixed(committedCol, i18n.get("inventory.col.committed"), 50);
        Columns.fixed(availableCol, i18n.get("inventory.col.available"), 50);
        Columns.fixed(incomingCol, i18n.get("inventory.col.incoming"), 46);
        Columns.fixed(reorderCol, i18n.get("inventory.col.reorderPoint"), 46);
        Columns.fixed(coverCol, i18n.get("inventory.col.cover"), 68);
        Columns.placeholder(stockTable, i18n.get("inventory.placeholder.stock"));
        stockTable.setItems(vm.rows());
        stockTable.setRowFactory(t -> new LevelRow());
        detailController.itemProperty().bind(stockTable.getSelectionModel().selectedItemProperty());
    }

    private ListCell<Level> levelCell() {
        return new ListCell<>() {
            @Override
            protected void updateItem(Level l, boolean empty) {
                super.updateItem(l, empty);
                setText(empty || l == null ? null : i18n.get("inventory.level." + l.name()));
                setTooltip(l == Level.OVER ? new Tooltip(vm.overstockExplanation()) : null);
            }
        };
    }

    /// Marks a row by its level (out, low, overstock) for app.css, following live changes.
    private static final class LevelRow extends TableRow<StockItem> {
        private final javafx.beans.value.ChangeListener<Level> onLevel = (o, a, b) -> style(b);

        @Override
        protected void updateItem(StockItem item, boolean empty) {
            StockItem old = getItem();
            if (old != null) {
                old.levelProperty().removeListener(onLevel);
            }
            super.updateItem(item, empty);
            if (item != null && !empty) {
                item.levelProperty().addListener(onLevel);
                style(item.levelProperty().get());
            } else {
                style(null);
            }
        }

        private void style(Level l) {
            getStyleClass().removeAll("stock-out", "stock-low", "stock-over");
            if (l == Level.OUT) {
                getStyleClass().add("stock-out");
            } else if (l == Level.LOW) {
                getStyleClass().add("stock-low");
            } else if (l == Level.OVER) {
                getStyleClass().add("stock-over");
            }
        }
    }


    private static void text(TableColumn<StockItem, String> c, Function<StockItem, String> f) {
        c.setCellValueFactory(cd -> new javafx.beans.property.ReadOnlyStringWrapper(f.apply(cd.getValue())));
        c.setSortable(false);
    }

    private static <T> void observed(TableColumn<StockItem, T> c, Function<StockItem, ? extends ObservableValue<T>> f) {
        c.setCellValueFactory(cd -> f.apply(cd.getValue()));
        c.setSortable(false);
    }

    @FXML
    private void export() {
        FileChooser chooser = new FileChooser();
        chooser.getExtensionFilters().setAll(new FileChooser.ExtensionFilter("CSV", "*.csv"),
                new FileChooser.ExtensionFilter("Excel", "*.xlsx"));
        chooser.setInitialFileName("stock.csv");
        File f = chooser.showSaveDialog(stockTable.getScene().getWindow());
        if (f != null) {
            vm.export(f.toPath());
        }
    }

    /// Shows one stock level (`<locationId>|<sku>`) a link asked for: the grid filtered to it, the row selected
    /// (with its detail) as soon as the filtered rows arrive.
    public void focus(String stockId) {
        vm.focus(stockId);
        vm.rows().addListener(new ListChangeListener<>() {
            @Override
            public void onChanged(Change<? extends StockItem> c) {
                for (StockItem item : vm.rows()) {
                    if (stockId.equals(item.locationId() + "|" + item.sku())) {
                        vm.rows().removeListener(this);
                        stockTable.getSelectionModel().select(item);
                        stockTable.scrollTo(item);
                        return;
                    }
                }
            }
        });
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
