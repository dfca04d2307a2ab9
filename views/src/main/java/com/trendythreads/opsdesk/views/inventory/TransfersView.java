package com.trendythreads.opsdesk.views.inventory;

import com.trendythreads.opsdesk.viewmodels.common.Activatable;
import com.trendythreads.opsdesk.viewmodels.inventory.TransfersViewModel;
import com.trendythreads.opsdesk.viewmodels.inventory.TransfersViewModel.DraftLine;
import com.trendythreads.opsdesk.viewmodels.inventory.TransfersViewModel.ReceiveLine;
import com.trendythreads.opsdesk.viewmodels.inventory.TransfersViewModel.TransferItem;
import com.trendythreads.opsdesk.views.common.TableColumns;
import jakarta.inject.Inject;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.cell.TextFieldTableCell;
import javafx.scene.input.KeyCode;

/// Transfers: the list with ship and receive (counted quantities per line), and a new transfer on the right.
public final class TransfersView implements Activatable {

    private final TransfersViewModel vm;

    @FXML private ListView<TransferItem> transferList;
    @FXML private Button shipButton;
    @FXML private TableView<ReceiveLine> receiveTable;
    @FXML private TableColumn<ReceiveLine, String> rSkuCol;
    @FXML private TableColumn<ReceiveLine, Integer> rShippedCol;
    @FXML private TableColumn<ReceiveLine, String> rReceivedCol;
    @FXML private Button receiveButton;
    @FXML private Label discrepancy;
    @FXML private ComboBox<String> fromBox;
    @FXML private ComboBox<String> toBox;
    @FXML private TextField lineSku;
    @FXML private TextField lineQty;
    @FXML private Button addLineButton;
    @FXML private ListView<DraftLine> draftList;
    @FXML private Button createButton;

    @Inject
    public TransfersView(TransfersViewModel vm) {
        this.vm = vm;
    }

    @FXML
    private void initialize() {
        transferList.setItems(vm.transfers());
        transferList.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(TransferItem t, boolean empty) {
                super.updateItem(t, empty);
                setText(empty || t == null ? null : t.title() + "  ·  " + t.status() + "\n" + t.lines());
            }
        });
        transferList.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> vm.selectedProperty().set(b));
        shipButton.disableProperty().bind(vm.shipCommand().executableProperty().not());
        receiveButton.disableProperty().bind(vm.receiveCommand().executableProperty().not());
        receiveTable.setItems(vm.receiveLines());
        TableColumns.value(rSkuCol, ReceiveLine::sku);
        TableColumns.value(rShippedCol, ReceiveLine::shipped);
        rReceivedCol.setCellValueFactory(cd -> cd.getValue().receivedProperty());
        rReceivedCol.setCellFactory(TextFieldTableCell.forTableColumn());
        rReceivedCol.setOnEditCommit(e -> e.getRowValue().receivedProperty().set(e.getNewValue()));
        discrepancy.textProperty().bind(vm.discrepancyProperty());
        fromBox.setItems(vm.locations());
        fromBox.valueProperty().bindBidirectional(vm.fromProperty());
        toBox.setItems(vm.locations());
        toBox.valueProperty().bindBidirectional(vm.toProperty());
        lineSku.textProperty().bindBidirectional(vm.lineSkuProperty());
        lineQty.textProperty().bindBidirectional(vm.lineQuantityProperty());
        lineQty.setOnAction(e -> vm.addLineCommand().execute());
        addLineButton.disableProperty().bind(vm.addLineCommand().executableProperty().not());
        draftList.setItems(vm.draft());
        draftList.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(DraftLine d, boolean empty) {
                super.updateItem(d, empty);
                setText(empty || d == null ? null : d.sku() + " × " + d.quantity());
            }
        });
        draftList.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DELETE && draftList.getSelectionModel().getSelectedItem() != null) {
                vm.removeLine(draftList.getSelectionModel().getSelectedItem());
            }
        });
        createButton.disableProperty().bind(vm.createCommand().executableProperty().not());
    }

    @FXML
    private void ship() {
        vm.shipCommand().execute();
    }

    @FXML
    private void receive() {
        vm.receiveCommand().execute();
    }

    @FXML
    private void addLine() {
        vm.addLineCommand().execute();
    }

    @FXML
    private void create() {
        vm.createCommand().execute();
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
