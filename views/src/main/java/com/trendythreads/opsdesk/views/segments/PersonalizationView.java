package com.trendythreads.opsdesk.views.segments;

import com.trendythreads.opsdesk.viewmodels.segments.PersonalizationViewModel;
import com.trendythreads.opsdesk.viewmodels.segments.PersonalizationViewModel.CategoryRow;
import com.trendythreads.opsdesk.viewmodels.segments.PersonalizationViewModel.ProductItem;
import com.trendythreads.opsdesk.viewmodels.segments.PersonalizationViewModel.SegmentChoice;
import com.trendythreads.opsdesk.viewmodels.segments.PersonalizationViewModel.TogetherRow;
import com.trendythreads.opsdesk.views.common.TableColumns;
import javafx.fxml.FXML;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;

/// Personalization: a product's most-often-bought-together items and a segment's top categories, from the cache.
public final class PersonalizationView {

    private final PersonalizationViewModel vm;

    @FXML private TextField search;
    @FXML private ListView<ProductItem> productList;
    @FXML private TableView<TogetherRow> togetherTable;
    @FXML private TableColumn<TogetherRow, String> productCol;
    @FXML private TableColumn<TogetherRow, Integer> ordersCol;
    @FXML private ComboBox<SegmentChoice> segmentBox;
    @FXML private Label segmentSummary;
    @FXML private TableView<CategoryRow> categoryTable;
    @FXML private TableColumn<CategoryRow, String> categoryCol;
    @FXML private TableColumn<CategoryRow, Long> unitsCol;

    public PersonalizationView(PersonalizationViewModel vm) {
        this.vm = vm;
    }

    @FXML
    private void initialize() {
        search.textProperty().bindBidirectional(vm.productSearchProperty());
        productList.setItems(vm.products());
        productList.getSelectionModel().selectedItemProperty().addListener((o, a, p) -> {
            if (p != null) {
                vm.productProperty().set(p);
            }
        });
        togetherTable.setItems(vm.together());
        TableColumns.value(productCol, r -> r.title() == null ? r.productId() : r.title() + " (" + r.productId() + ")");
        TableColumns.value(ordersCol, TogetherRow::orders);
        segmentBox.setItems(vm.segmentChoices());
        segmentBox.valueProperty().bindBidirectional(vm.segmentProperty());
        segmentSummary.textProperty().bind(vm.segmentSummaryProperty());
        categoryTable.setItems(vm.topCategories());
        TableColumns.value(categoryCol, CategoryRow::name);
        TableColumns.value(unitsCol, CategoryRow::units);
    }
}
