package com.trendythreads.opsdesk.views.orders;

import com.trendythreads.opsdesk.viewmodels.common.I18n;
import com.trendythreads.opsdesk.viewmodels.orders.RefundLineItem;
import com.trendythreads.opsdesk.viewmodels.orders.RefundViewModel;
import com.trendythreads.opsdesk.views.common.FieldDecorations;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;

/// The refund dialog: a quantity spinner per line with its amount and any refusal beside it, shipping, the
/// reason, the total with the VAT it includes, and the effect stated on the way to "Refund".
public final class RefundDialog {

    private final RefundViewModel vm;
    private final I18n i18n;

    @FXML private Label heading;
    @FXML private GridPane linesGrid;
    @FXML private CheckBox includeShipping;
    @FXML private Label shippingError;
    @FXML private TextField reason;
    @FXML private Label reasonError;
    @FXML private Label amount;
    @FXML private Label vat;
    @FXML private Label refundable;
    @FXML private Label problem;
    @FXML private Label effect;
    @FXML private Button confirmButton;
    @FXML private javafx.scene.layout.VBox stepUpBox;
    @FXML private Label stepUpHint;
    @FXML private javafx.scene.control.PasswordField stepUpPassword;

    public RefundDialog(RefundViewModel vm, I18n i18n) {
        this.vm = vm;
        this.i18n = i18n;
    }

    @FXML
    private void initialize() {
        heading.setText(i18n.get("orders.refund.title") + " · " + vm.order().number());
        String[] headers = {"orders.col.sku", "orders.col.description", "orders.col.refundedOfOrdered", "orders.col.toRefund",
            "orders.col.amount"};
        for (int c = 0; c < headers.length; c++) {
            Label h = OrderDialogs.fixed(i18n.get(headers[c]));
            h.getStyleClass().add("text-muted");
            linesGrid.add(h, c, 0);
        }
        int row = 1;
        for (RefundLineItem item : vm.lines()) {
            Spinner<Integer> qty = new Spinner<>();
            qty.setValueFactory(new SpinnerValueFactory.IntegerSpinnerValueFactory(0, Math.max(item.max(), 0), 0));
            // asObject() is only weakly held by a bidirectional binding: the spinner keeps it alive
            var quantity = item.quantityProperty().asObject();
            qty.getProperties().put("quantity", quantity);
            qty.getValueFactory().valueProperty().bindBidirectional(quantity);
            qty.setPrefWidth(84);
            qty.setMinWidth(84);
            qty.setDisable(item.max() == 0);
            qty.setId("qty-" + item.line().id());
            Label amountLabel = new Label();
            amountLabel.textProperty().bind(item.amountProperty());
            Label error = new Label();
            error.getStyleClass().add("field-error");
            error.textProperty().bind(item.errorProperty());
            error.managedProperty().bind(item.errorProperty().isNotEmpty());
            error.visibleProperty().bind(item.errorProperty().isNotEmpty());
            FieldDecorations.bind(qty, item.errorProperty());
            linesGrid.addRow(row++, OrderDialogs.fixed(item.sku()), OrderDialogs.wrapped(item.description()),
                    OrderDialogs.fixed(item.line().refundedQuantity() + " / " + item.ordered()), qty, amountLabel);
            amountLabel.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            linesGrid.add(error, 1, row++, 4, 1);
        }
        includeShipping.setText(i18n.get("orders.refund.shipping", vm.shippingText()));
        includeShipping.setDisable(!vm.shippingRefundable());
        includeShipping.selectedProperty().bindBidirectional(vm.includeShippingProperty());
        shippingError.textProperty().bind(vm.shippingErrorProperty());
        reason.textProperty().bindBidirectional(vm.reasonProperty());
        FieldDecorations.bind(reason, vm.reasonErrorProperty(), reasonError);
        amount.textProperty().bind(vm.amountProperty());
        vat.textProperty().bind(vm.vatProperty());
        refundable.setText(i18n.get("orders.refund.refundable", vm.refundableText()));
        problem.textProperty().bind(vm.problemProperty());
        effect.textProperty().bind(vm.effectProperty());
        confirmButton.disableProperty().bind(vm.confirmCommand().executableProperty().not());
        stepUpBox.visibleProperty().bind(vm.stepUpNeededProperty());
        stepUpBox.managedProperty().bind(vm.stepUpNeededProperty());
        stepUpHint.setText(vm.stepUpHint());
        stepUpPassword.textProperty().bindBidirectional(vm.stepUpPasswordProperty());
        // the password row appears and goes: the window grows and shrinks with it, so the buttons stay in view
        vm.stepUpNeededProperty().addListener((o, a, b) -> javafx.application.Platform.runLater(() -> {
            if (confirmButton.getScene() != null && confirmButton.getScene().getWindow() != null) {
                confirmButton.getScene().getWindow().sizeToScene();
            }
        }));
    }

    @FXML
    private void confirm() {
        vm.confirmCommand().execute();
    }

    @FXML
    private void close() {
        confirmButton.getScene().getWindow().hide();
    }

    public RefundViewModel viewModel() {
        return vm;
    }
}
