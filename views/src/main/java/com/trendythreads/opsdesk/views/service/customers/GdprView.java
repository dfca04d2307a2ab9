package com.trendythreads.opsdesk.views.service.customers;

import com.trendythreads.opsdesk.viewmodels.common.I18n;
import com.trendythreads.opsdesk.viewmodels.service.customers.GdprViewModel;
import java.io.File;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;

/// The 360's privacy tab: GDPR export and erasure, each confirmed in place with its effect spelled out; the
/// result (done, held with the open orders, refused, needs the platform) stays visible below.
public final class GdprView {

    private final GdprViewModel vm;
    private final I18n i18n;

    @FXML private VBox root;
    @FXML private HBox buttons;
    @FXML private Button export;
    @FXML private Button erase;
    @FXML private VBox confirm;
    @FXML private Label confirmText;
    @FXML private HBox reasonRow;
    @FXML private TextField reason;
    @FXML private PasswordField stepUpPassword;
    @FXML private Button confirmExport;
    @FXML private Button confirmErase;
    @FXML private Label result;
    @FXML private Label heldOrders;

    public GdprView(GdprViewModel vm, I18n i18n) {
        this.vm = vm;
        this.i18n = i18n;
    }

    public Parent root() {
        return root;
    }

    @FXML
    private void initialize() {
        var step = vm.stepProperty();
        export.disableProperty().bind(vm.askExportCommand().executableProperty().not());
        erase.disableProperty().bind(vm.askEraseCommand().executableProperty().not());
        tooltip(export, vm.notAllowedText(true));
        tooltip(erase, vm.notAllowedText(false));
        export.setOnAction(e -> vm.askExportCommand().execute());
        erase.setOnAction(e -> vm.askEraseCommand().execute());
        shownWhen(confirm, step.isEqualTo(GdprViewModel.Step.CONFIRM_EXPORT)
                .or(step.isEqualTo(GdprViewModel.Step.CONFIRM_ERASE)));
        confirmText.textProperty().bind(vm.confirmTextProperty());
        shownWhen(reasonRow, step.isEqualTo(GdprViewModel.Step.CONFIRM_ERASE));
        shownWhen(confirmErase, step.isEqualTo(GdprViewModel.Step.CONFIRM_ERASE));
        shownWhen(confirmExport, step.isEqualTo(GdprViewModel.Step.CONFIRM_EXPORT));
        reason.textProperty().bindBidirectional(vm.eraseReasonProperty());
        confirmErase.disableProperty().bind(vm.eraseCommand().executableProperty().not());
        confirmErase.setOnAction(e -> vm.eraseCommand().execute());
        stepUpPassword.textProperty().bindBidirectional(vm.stepUpPasswordProperty());
        confirmExport.disableProperty().bind(vm.confirmExportCommand().executableProperty().not());
        // the shared customer-data question before the file is chosen (privacy, issue #10)
        confirmExport.setOnAction(e -> {
            if (com.trendythreads.opsdesk.views.common.CustomerDataNotice.confirm(root, i18n, true)) {
                vm.export(chooseFile());
            }
        });
        result.textProperty().bind(vm.resultProperty());
        shownWhen(result, vm.resultProperty().isNotEmpty());
        vm.toneProperty().addListener((o, a, t) -> tone(t));
        tone(vm.toneProperty().get());
        heldOrders.textProperty().bind(Bindings.createStringBinding(() -> vm.heldOrders().isEmpty() ? ""
                : i18n.get("customer.gdpr.erase.heldOrders") + " " + String.join(", ", vm.heldOrders()),
                vm.heldOrders()));
        shownWhen(heldOrders, heldOrders.textProperty().isNotEmpty());
        // Not the root's disable: a Tab sets its content's own when the tab is disabled.
        confirm.disableProperty().bind(step.isEqualTo(GdprViewModel.Step.BUSY));
    }

    @FXML
    private void cancel() {
        vm.cancelCommand().execute();
    }

    /// Exports to `file` as if the user had confirmed and chosen it (tests; the save dialog cannot be driven).
    public void exportTo(java.nio.file.Path file) {
        vm.export(file);
    }

    private java.nio.file.Path chooseFile() {
        FileChooser chooser = new FileChooser();
        chooser.setInitialFileName(vm.suggestedFileName());
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("JSON", "*.json"));
        File f = chooser.showSaveDialog(root.getScene() == null ? null : root.getScene().getWindow());
        return f == null ? null : f.toPath();
    }

    private void tone(GdprViewModel.Tone t) {
        result.getStyleClass().removeAll("gdpr-success", "gdpr-warning", "gdpr-danger");
        if (t != null && t != GdprViewModel.Tone.NONE) {
            result.getStyleClass().add("gdpr-" + t.name().toLowerCase(java.util.Locale.ROOT));
        }
    }

    private static void tooltip(Button b, String text) {
        if (!text.isEmpty()) {
            // Disabled controls show no tooltip; the wrapper shows it for them.
            Tooltip.install(b.getParent() == null ? b : b.getParent(), new Tooltip(text));
            b.setTooltip(new Tooltip(text));
        }
    }

    private static void shownWhen(javafx.scene.Node n, javafx.beans.value.ObservableBooleanValue when) {
        n.visibleProperty().bind(when);
        n.managedProperty().bind(when);
    }
}
