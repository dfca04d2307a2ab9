package com.trendythreads.opsdesk.views.picking;

import com.trendythreads.opsdesk.api.dto.fulfilment.ShipCreate;
import com.trendythreads.opsdesk.viewmodels.common.I18n;
import com.trendythreads.opsdesk.viewmodels.picking.PackOrderItem;
import com.trendythreads.opsdesk.viewmodels.picking.PackViewModel;
import com.trendythreads.opsdesk.viewmodels.picking.PickingViewModel;
import java.nio.file.Path;
import java.util.Locale;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;

/// Packing and shipping a picked list: tick each order's items, packages and weight, pack; carrier and
/// tracking number, ship; print the pick list and the packing slips.
public final class PackView {

    private final PackViewModel vm;
    private final PickingViewModel workspace;
    private final I18n i18n;

    @FXML private Label listTitle;
    @FXML private Label statusLabel;
    @FXML private ListView<PackOrderItem> orderList;
    @FXML private TextField packages;
    @FXML private TextField weight;
    @FXML private Button packButton;
    @FXML private Label packError;
    @FXML private ComboBox<ShipCreate.Carrier> carrier;
    @FXML private TextField tracking;
    @FXML private Button shipButton;
    @FXML private Label trackingError;

    public PackView(PackViewModel vm, PickingViewModel workspace, I18n i18n) {
        this.vm = vm;
        this.workspace = workspace;
        this.i18n = i18n;
    }

    @FXML
    private void initialize() {
        listTitle.textProperty().bind(vm.listProperty().map(l -> i18n.get("picking.listTitle", l.id(), l.wave())));
        statusLabel.textProperty().bind(vm.listProperty().map(l -> i18n.get("picking.status."
                + l.status().name().toLowerCase(Locale.ROOT))));
        orderList.setItems(vm.orders());
        orderList.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(PackOrderItem o, boolean empty) {
                super.updateItem(o, empty);
                if (empty || o == null) {
                    setGraphic(null);
                    return;
                }
                CheckBox check = new CheckBox(i18n.get("picking.pack.order", o.orderId()));
                check.selectedProperty().bindBidirectional(o.checkedProperty());
                check.getStyleClass().add("text-bold");
                VBox box = new VBox(4, check);
                if (o.flagged()) {
                    Label flag = new Label(i18n.get("picking.pack.flagged"));
                    flag.getStyleClass().add("line-note-conflict");
                    box.getChildren().add(flag);
                }
                o.items().forEach(t -> box.getChildren().add(new Label("   " + t)));
                setGraphic(box);
            }
        });
        packages.textProperty().bindBidirectional(vm.packagesProperty());
        weight.textProperty().bindBidirectional(vm.weightProperty());
        packError.textProperty().bind(vm.packErrorProperty());
        packButton.disableProperty().bind(vm.packCommand().executableProperty().not());
        carrier.getItems().setAll(ShipCreate.Carrier.values());
        carrier.valueProperty().bindBidirectional(vm.carrierProperty());
        tracking.textProperty().bindBidirectional(vm.trackingProperty());
        trackingError.textProperty().bind(vm.trackingErrorProperty());
        shipButton.disableProperty().bind(vm.shipCommand().executableProperty().not());
    }

    @FXML
    private void pack() {
        vm.packCommand().execute();
    }

    @FXML
    private void ship() {
        vm.shipCommand().execute();
    }

    @FXML
    private void back() {
        workspace.backToLists();
    }

    @FXML
    private void printPickList() {
        Path file = PdfFiles.choose(listTitle, i18n, "pick-list-" + id() + ".pdf");
        if (file != null) {
            vm.printPickList(file);
        }
    }

    @FXML
    private void printSlips() {
        Path file = PdfFiles.choose(listTitle, i18n, "packing-slips-" + id() + ".pdf");
        if (file != null) {
            vm.printPackingSlips(file);
        }
    }

    private String id() {
        return vm.listProperty().get() == null ? "" : vm.listProperty().get().id();
    }
}
