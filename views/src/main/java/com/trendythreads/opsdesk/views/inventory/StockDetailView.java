package com.trendythreads.opsdesk.views.inventory;

import com.trendythreads.opsdesk.api.dto.inventory.AdjustmentReason;
import com.trendythreads.opsdesk.viewmodels.common.I18n;
import com.trendythreads.opsdesk.viewmodels.inventory.StockDetailViewModel.MovementItem;
import com.trendythreads.opsdesk.viewmodels.inventory.StockDetailViewModel;
import com.trendythreads.opsdesk.viewmodels.inventory.StockItem;
import com.trendythreads.opsdesk.views.common.Choices;
import com.trendythreads.opsdesk.views.common.TableColumns;
import jakarta.inject.Inject;
import javafx.beans.property.ObjectProperty;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;

/// The selected stock level: adjust, reorder point, movement history.
public final class StockDetailView {

    private final StockDetailViewModel vm;
    private final I18n i18n;

    @FXML private Label heading;
    @FXML private VBox editors;
    @FXML private TextField delta;
    @FXML private Label deltaError;
    @FXML private ComboBox<AdjustmentReason> reason;
    @FXML private TextField note;
    @FXML private Button adjustButton;
    @FXML private TextField reorderPoint;
    @FXML private Button saveReorderButton;
    @FXML private Label reorderPointError;
    @FXML private Label historySource;
    @FXML private TableView<MovementItem> history;
    @FXML private TableColumn<MovementItem, String> whenCol;
    @FXML private TableColumn<MovementItem, String> whereCol;
    @FXML private TableColumn<MovementItem, String> changeCol;
    @FXML private TableColumn<MovementItem, String> typeCol;
    @FXML private TableColumn<MovementItem, String> detailCol;

    @Inject
    public StockDetailView(StockDetailViewModel vm, I18n i18n) {
        this.vm = vm;
        this.i18n = i18n;
    }

    @FXML
    private void initialize() {
        heading.textProperty().bind(vm.itemProperty().map(i -> i.sku() + " · " + i.locationId() + "\n" + i.title())
                .orElse(i18n.get("inventory.detail.none")));
        editors.disableProperty().bind(vm.itemProperty().isNull());
        delta.textProperty().bindBidirectional(vm.deltaProperty());
        deltaError.textProperty().bind(vm.deltaErrorProperty());
        deltaError.managedProperty().bind(deltaError.textProperty().isNotEmpty());
        delta.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("danger"), false);
        vm.deltaErrorProperty().addListener((o, a, b) -> delta.pseudoClassStateChanged(
                javafx.css.PseudoClass.getPseudoClass("danger"), !b.isEmpty()));
        reason.getItems().setAll(vm.reasons());
        reason.valueProperty().bindBidirectional(vm.reasonProperty());
        reason.setConverter(Choices.converter(r -> vm.reasonLabel(r)));
        note.textProperty().bindBidirectional(vm.noteProperty());
        adjustButton.disableProperty().bind(vm.adjustCommand().executableProperty().not());
        reorderPoint.textProperty().bindBidirectional(vm.reorderPointProperty());
        reorderPointError.textProperty().bind(vm.reorderPointErrorProperty());
        reorderPointError.managedProperty().bind(reorderPointError.textProperty().isNotEmpty());
        saveReorderButton.disableProperty().bind(vm.saveReorderPointCommand().executableProperty().not());
        historySource.textProperty().bind(vm.historySourceProperty());
        TableColumns.value(whenCol, MovementItem::at);
        TableColumns.value(whereCol, MovementItem::location);
        TableColumns.value(changeCol, MovementItem::delta);
        TableColumns.value(typeCol, MovementItem::type);
        TableColumns.value(detailCol, MovementItem::detail);
        Columns.fit(whenCol, null, 96);
        Columns.fit(whereCol, i18n.get("inventory.col.location"), 44);
        Columns.fit(changeCol, i18n.get("inventory.col.change"), 40);
        Columns.fit(typeCol, null, 56);
        Columns.fit(detailCol, i18n.get("inventory.col.detail"), 56);
        Columns.placeholder(history, i18n.get("inventory.placeholder.history"));
        history.setItems(vm.movements());
    }

    /// The stock level shown (bound to the grid's selection).
    public ObjectProperty<StockItem> itemProperty() {
        return vm.itemProperty();
    }

    @FXML
    private void adjust() {
        vm.adjustCommand().execute();
    }

    @FXML
    private void saveReorderPoint() {
        vm.saveReorderPointCommand().execute();
    }
}
