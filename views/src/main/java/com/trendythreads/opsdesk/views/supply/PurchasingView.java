package com.trendythreads.opsdesk.views.supply;

import com.trendythreads.opsdesk.api.dto.supply.PurchaseOrderStatus;
import com.trendythreads.opsdesk.viewmodels.common.Activatable;
import com.trendythreads.opsdesk.viewmodels.common.I18n;
import com.trendythreads.opsdesk.viewmodels.supply.PurchasingItems.LineItem;
import com.trendythreads.opsdesk.viewmodels.supply.PurchasingItems.OrderRow;
import com.trendythreads.opsdesk.viewmodels.supply.PurchasingItems.ReceiveLine;
import com.trendythreads.opsdesk.viewmodels.supply.PurchasingItems.ScoreRow;
import com.trendythreads.opsdesk.viewmodels.supply.PurchasingViewModel;
import com.trendythreads.opsdesk.views.common.TableColumns;
import jakarta.inject.Inject;
import java.util.function.Function;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.cell.TextFieldTableCell;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/// The Purchasing tab (lane supply): PO list with a status filter, the PO editor, the receive dialog and
/// the supplier scorecard. Binds and delegates to [PurchasingViewModel].
public final class PurchasingView implements Activatable {

    private final PurchasingViewModel vm;
    private final I18n i18n;

    @FXML private ComboBox<PurchaseOrderStatus> statusBox;
    @FXML private TableView<OrderRow> orderTable;
    @FXML private TableColumn<OrderRow, String> idCol;
    @FXML private TableColumn<OrderRow, String> supplierCol;
    @FXML private TableColumn<OrderRow, String> locationCol;
    @FXML private TableColumn<OrderRow, String> statusCol;
    @FXML private TableColumn<OrderRow, String> totalCol;
    @FXML private TableColumn<OrderRow, String> createdCol;
    @FXML private Label poHeader;
    @FXML private TableView<LineItem> lineTable;
    @FXML private TableColumn<LineItem, String> skuCol;
    @FXML private TableColumn<LineItem, String> qtyCol;
    @FXML private TableColumn<LineItem, String> costCol;
    @FXML private TableColumn<LineItem, Integer> receivedCol;
    @FXML private TableColumn<LineItem, String> discrepancyCol;
    @FXML private Button saveButton;
    @FXML private Button sendButton;
    @FXML private Button receiveButton;
    @FXML private Button cancelButton;
    @FXML private TableView<ScoreRow> scoreTable;
    @FXML private TableColumn<ScoreRow, String> scSupplierCol;
    @FXML private TableColumn<ScoreRow, String> scPromisedCol;
    @FXML private TableColumn<ScoreRow, Integer> scPosCol;
    @FXML private TableColumn<ScoreRow, String> scMeanCol;
    @FXML private TableColumn<ScoreRow, String> scSpreadCol;
    @FXML private TableColumn<ScoreRow, String> scOnTimeCol;
    @FXML private TableColumn<ScoreRow, String> scFillCol;
    @FXML private TableColumn<ScoreRow, String> scCostCol;
    @FXML private TableColumn<ScoreRow, String> scPlanningCol;

    @Inject
    public PurchasingView(PurchasingViewModel vm, I18n i18n) {
        this.vm = vm;
        this.i18n = i18n;
    }

    @FXML
    private void initialize() {
        statusBox.setItems(vm.statuses());
        StringConverter<PurchaseOrderStatus> text = new StringConverter<>() {
            @Override
            public String toString(PurchaseOrderStatus s) {
                return vm.statusText(s);
            }

            @Override
            public PurchaseOrderStatus fromString(String s) {
                return null;
            }
        };
        statusBox.setConverter(text);
        statusBox.setButtonCell(new ListCell<>() {
            @Override
            protected void updateItem(PurchaseOrderStatus s, boolean empty) {
                super.updateItem(s, empty);
                setText(vm.statusText(s));
            }
        });
        statusBox.valueProperty().bindBidirectional(vm.statusFilterProperty());
        orderTable.setItems(vm.orders());
        TableColumns.value(idCol, OrderRow::id);
        TableColumns.value(supplierCol, OrderRow::supplier);
        TableColumns.value(locationCol, OrderRow::location);
        TableColumns.value(statusCol, OrderRow::status);
        TableColumns.value(totalCol, OrderRow::total);
        TableColumns.value(createdCol, OrderRow::created);
        orderTable.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> vm.selectedProperty().set(b));
        vm.selectedProperty().addListener((o, a, b) -> {
            if (orderTable.getSelectionModel().getSelectedItem() != b) {
                orderTable.getSelectionModel().select(b);
            }
        });
        poHeader.textProperty().bind(vm.headerProperty());
        lineTable.setItems(vm.lines());
        lineTable.editableProperty().bind(vm.editableProperty());
        TableColumns.value(skuCol, LineItem::sku);
        qtyCol.setCellValueFactory(d -> d.getValue().quantityProperty());
        qtyCol.setCellFactory(TextFieldTableCell.forTableColumn());
        TableColumns.value(costCol, LineItem::unitCost);
        TableColumns.value(receivedCol, LineItem::received);
        TableColumns.value(discrepancyCol, LineItem::discrepancy);
        saveButton.disableProperty().bind(vm.saveCommand().executableProperty().not());
        sendButton.disableProperty().bind(vm.sendCommand().executableProperty().not());
        receiveButton.disableProperty().bind(vm.receiveCommand().executableProperty().not());
        cancelButton.disableProperty().bind(vm.cancelCommand().executableProperty().not());
        scoreTable.setItems(vm.scorecard());
        TableColumns.value(scSupplierCol, ScoreRow::supplier);
        TableColumns.value(scPromisedCol, ScoreRow::promised);
        TableColumns.value(scPosCol, ScoreRow::receivedPos);
        TableColumns.value(scMeanCol, ScoreRow::meanLead);
        TableColumns.value(scSpreadCol, ScoreRow::spread);
        TableColumns.value(scOnTimeCol, ScoreRow::onTime);
        TableColumns.value(scFillCol, ScoreRow::fill);
        TableColumns.value(scCostCol, ScoreRow::costChange);
        TableColumns.value(scPlanningCol, ScoreRow::planning);
    }

    @Override
    public void activate() {
        vm.activate();
    }

    @Override
    public void deactivate() {
        vm.deactivate();
    }

    public boolean visible() {
        return vm.visible();
    }

    /// Shows the PO `id` in the editor (once the list has it).
    public void open(String id) {
        vm.open(id);
    }

    @FXML
    private void save() {
        vm.saveCommand().execute();
    }

    @FXML
    private void send() {
        vm.sendCommand().execute();
    }

    @FXML
    private void cancel() {
        vm.cancelCommand().execute();
    }

    @FXML
    private void receive() {
        vm.receiveCommand().execute();
        TableView<ReceiveLine> table = new TableView<>(vm.receiveLines());
        table.setEditable(true);
        table.getColumns().add(column("supply.col.sku", ReceiveLine::sku));
        table.getColumns().add(column("supply.col.ordered", l -> Integer.toString(l.ordered())));
        table.getColumns().add(column("supply.col.receivedBefore", l -> Integer.toString(l.receivedBefore())));
        table.getColumns().add(column("supply.col.outstanding", l -> Integer.toString(l.outstanding())));
        TableColumn<ReceiveLine, String> counted = new TableColumn<>(i18n.get("supply.col.counted"));
        counted.setCellValueFactory(d -> d.getValue().countedProperty());
        counted.setCellFactory(TextFieldTableCell.forTableColumn());
        table.getColumns().add(counted);
        TableColumn<ReceiveLine, String> diff = new TableColumn<>(i18n.get("supply.col.discrepancy"));
        diff.setCellValueFactory(d -> d.getValue().discrepancyProperty());
        table.getColumns().add(diff);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        table.setPrefSize(640, 260);
        CheckBox closeShort = new CheckBox(i18n.get("supply.receive.closeShort"));
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(orderTable.getScene().getWindow());
        dialog.setTitle(i18n.get("supply.receive.title"));
        dialog.getDialogPane().setContent(new VBox(8, table, closeShort));
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.getDialogPane().lookupButton(ButtonType.OK).setId("confirmReceive");
        dialog.showAndWait().filter(b -> b == ButtonType.OK).ifPresent(b -> vm.confirmReceive(closeShort.isSelected()));
    }

    private TableColumn<ReceiveLine, String> column(String key, Function<ReceiveLine, String> getter) {
        TableColumn<ReceiveLine, String> c = new TableColumn<>(i18n.get(key));
        TableColumns.value(c, getter);
        return c;
    }
}
