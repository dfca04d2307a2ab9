package com.trendythreads.opsdesk.views.shell;

import com.trendythreads.opsdesk.viewmodels.common.Activatable;
import com.trendythreads.opsdesk.viewmodels.shell.SignInAgainViewModel;
import jakarta.inject.Inject;
import javafx.application.Platform;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.StackPane;

/// The "sign in again" overlay of the shell (included by `ShellView.fxml`), bound to [SignInAgainViewModel].
public final class SignInAgainView implements Activatable {

    private final SignInAgainViewModel vm;

    @FXML private StackPane backdrop;
    @FXML private Label whoLabel;
    @FXML private PasswordField passwordField;
    @FXML private Label errorLabel;
    @FXML private ProgressIndicator busyIndicator;
    @FXML private Button cancelButton;
    @FXML private Button signInButton;

    @Inject
    public SignInAgainView(SignInAgainViewModel vm) {
        this.vm = vm;
    }

    @FXML
    private void initialize() {
        backdrop.visibleProperty().bind(vm.showingProperty());
        whoLabel.setText(vm.who());
        passwordField.textProperty().bindBidirectional(vm.passwordProperty());
        passwordField.disableProperty().bind(vm.busyProperty());
        errorLabel.textProperty().bind(vm.errorMessageProperty());
        errorLabel.visibleProperty().bind(vm.errorMessageProperty().isNotEmpty());
        errorLabel.managedProperty().bind(errorLabel.visibleProperty());
        busyIndicator.visibleProperty().bind(vm.busyProperty());
        signInButton.disableProperty().bind(vm.signInCommand().executableProperty().not());
        cancelButton.disableProperty().bind(vm.cancelCommand().executableProperty().not());
        vm.showingProperty().addListener((o, a, shown) -> {
            if (shown) {
                Platform.runLater(passwordField::requestFocus);
            }
        });
    }

    /// The status bar's link that asks again after "Work offline".
    void offerReopen(Hyperlink link) {
        link.visibleProperty().bind(vm.reopenCommand().executableProperty());
        link.managedProperty().bind(link.visibleProperty());
        link.setOnAction(e -> vm.reopenCommand().execute());
    }

    @FXML
    private void signIn() {
        vm.signInCommand().execute();
    }

    @FXML
    private void cancel() {
        vm.cancelCommand().execute();
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
