package com.trendythreads.opsdesk.views.orders;

import com.trendythreads.opsdesk.viewmodels.common.I18n;
import com.trendythreads.opsdesk.viewmodels.orders.CancelOrderViewModel;
import com.trendythreads.opsdesk.views.common.FieldDecorations;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;

/// The cancel dialog: the effect in words, a reason, the password when the cancel refunds from the step-up
/// threshold, and "Cancel order".
public final class CancelOrderDialog {

    private final CancelOrderViewModel vm;
    private final I18n i18n;

    @FXML private Label heading;
    @FXML private Label effect;
    @FXML private TextField reason;
    @FXML private Label reasonError;
    @FXML private Label problem;
    @FXML private VBox stepUpBox;
    @FXML private Label stepUpHint;
    @FXML private PasswordField stepUpPassword;
    @FXML private Button confirmButton;

    public CancelOrderDialog(CancelOrderViewModel vm, I18n i18n) {
        this.vm = vm;
        this.i18n = i18n;
    }

    @FXML
    private void initialize() {
        heading.setText(i18n.get("orders.cancel.title") + " · " + vm.order().number());
        effect.setText(vm.effect());
        reason.textProperty().bindBidirectional(vm.reasonProperty());
        FieldDecorations.bind(reason, vm.reasonErrorProperty(), reasonError);
        problem.textProperty().bind(vm.problemProperty());
        confirmButton.disableProperty().bind(vm.confirmCommand().executableProperty().not());
        // fixed for the dialog's order (what it would refund does not change while the dialog is open)
        stepUpBox.visibleProperty().bind(vm.stepUpNeededProperty());
        stepUpBox.managedProperty().bind(vm.stepUpNeededProperty());
        stepUpHint.setText(vm.stepUpHint());
        stepUpPassword.textProperty().bindBidirectional(vm.stepUpPasswordProperty());
    }

    @FXML
    private void confirm() {
        vm.confirmCommand().execute();
    }

    @FXML
    private void close() {
        confirmButton.getScene().getWindow().hide();
    }

    public CancelOrderViewModel viewModel() {
        return vm;
    }
}
