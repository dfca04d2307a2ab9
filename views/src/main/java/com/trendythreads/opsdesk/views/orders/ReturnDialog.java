package com.trendythreads.opsdesk.views.orders;

import com.trendythreads.opsdesk.api.dto.orders.ReturnCreate;
import com.trendythreads.opsdesk.api.dto.orders.ReturnReason;
import com.trendythreads.opsdesk.viewmodels.common.I18n;
import com.trendythreads.opsdesk.viewmodels.orders.ReturnLineItem;
import com.trendythreads.opsdesk.viewmodels.orders.ReturnViewModel;
import com.trendythreads.opsdesk.views.common.Choices;
import com.trendythreads.opsdesk.views.common.FieldDecorations;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;

/// The return (RMA) dialog: restock at a location or exchange; per line the units, the reason and (exchange)
/// the variant to send, any refusal beside the line; the effect stated on the way to "Create return".
public final class ReturnDialog {

    private final ReturnViewModel vm;
    private final I18n i18n;

    @FXML private Label heading;
    @FXML private RadioButton restock;
    @FXML private RadioButton exchange;
    @FXML private ComboBox<String> orderLocation;
    @FXML private Label locationError;
    @FXML private GridPane linesGrid;
    @FXML private Label problem;
    @FXML private Label effect;
    @FXML private Button confirmButton;

    public ReturnDialog(ReturnViewModel vm, I18n i18n) {
        this.vm = vm;
        this.i18n = i18n;
    }

    @FXML
    private void initialize() {
        heading.setText(i18n.get("orders.return.title") + " · " + vm.order().number());
        ToggleGroup group = new ToggleGroup();
        restock.setToggleGroup(group);
        exchange.setToggleGroup(group);
        group.selectToggle(vm.resolutionProperty().get() == ReturnCreate.Resolution.EXCHANGE ? exchange : restock);
        group.selectedToggleProperty().addListener((o, a, b) -> vm.resolutionProperty().set(
                b == exchange ? ReturnCreate.Resolution.EXCHANGE : ReturnCreate.Resolution.RESTOCK));
        var isExchange = vm.resolutionProperty().isEqualTo(ReturnCreate.Resolution.EXCHANGE);
        orderLocation.setItems(vm.locations());
        orderLocation.valueProperty().bindBidirectional(vm.restockLocationProperty());
        orderLocation.disableProperty().bind(isExchange);
        FieldDecorations.bind(orderLocation, vm.locationErrorProperty(), locationError);

        String[] headers = {"orders.col.sku", "orders.col.description", "orders.col.toReturn",
            "orders.return.col.reason", "orders.return.col.exchangeTo"};
        for (int c = 0; c < headers.length; c++) {
            Label h = OrderDialogs.fixed(i18n.get(headers[c]));
            h.getStyleClass().add("text-muted");
            linesGrid.add(h, c, 0);
        }
        int row = 1;
        for (ReturnLineItem item : vm.lines()) {
            Spinner<Integer> qty = new Spinner<>();
            qty.setValueFactory(new SpinnerValueFactory.IntegerSpinnerValueFactory(0, Math.max(item.max(), 0), 0));
            // asObject() is only weakly held by a bidirectional binding: the spinner keeps it alive
            var quantity = item.quantityProperty().asObject();
            qty.getProperties().put("quantity", quantity);
            qty.getValueFactory().valueProperty().bindBidirectional(quantity);
            qty.setPrefWidth(84);
            qty.setMinWidth(84);
            qty.setDisable(item.max() == 0);
            ComboBox<ReturnReason> reason = new ComboBox<>();
            Choices.bind(reason, java.util.List.of(ReturnReason.values()), item.reasonProperty(),
                    r -> i18n.get("orders.reason." + r.name()));
            reason.disableProperty().bind(item.quantityProperty().isEqualTo(0));
            ComboBox<ReturnLineItem.Variant> to = new ComboBox<>(item.variants());
            to.valueProperty().bindBidirectional(item.exchangeToProperty());
            to.disableProperty().bind(isExchange.not().or(item.quantityProperty().isEqualTo(0)));
            to.setPrefWidth(220);
            FieldDecorations.bind(qty, item.errorProperty());
            Label error = new Label();
            error.getStyleClass().add("field-error");
            error.textProperty().bind(item.errorProperty());
            error.managedProperty().bind(item.errorProperty().isNotEmpty());
            error.visibleProperty().bind(item.errorProperty().isNotEmpty());
            linesGrid.addRow(row++, OrderDialogs.fixed(item.sku()), OrderDialogs.wrapped(item.description()), qty, reason, to);
            linesGrid.add(error, 1, row++, 4, 1);
        }
        problem.textProperty().bind(vm.problemProperty());
        effect.textProperty().bind(vm.effectProperty());
        confirmButton.disableProperty().bind(vm.confirmCommand().executableProperty().not());
    }

    @FXML
    private void confirm() {
        vm.confirmCommand().execute();
    }

    @FXML
    private void close() {
        confirmButton.getScene().getWindow().hide();
    }

    public ReturnViewModel viewModel() {
        return vm;
    }
}
