package com.trendythreads.opsdesk.views.shell;

import com.trendythreads.opsdesk.viewmodels.common.Activatable;
import com.trendythreads.opsdesk.viewmodels.shell.IdleLockViewModel;
import jakarta.inject.Inject;
import javafx.application.Platform;
import javafx.event.EventHandler;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.input.InputEvent;
import javafx.scene.layout.StackPane;

/// The idle lock overlay of the shell (lane security, issue 10; included by `ShellView.fxml`), bound to
/// [IdleLockViewModel]. Reports every input event of the window's scene as activity and hides the workspace
/// (the node given to [#hideWhileLocked]) while locked.
public final class IdleLockView implements Activatable {

    private final IdleLockViewModel vm;
    private final EventHandler<InputEvent> activity;
    private Scene watched;

    @FXML private StackPane backdrop;
    @FXML private Label whoLabel;
    @FXML private PasswordField passwordField;
    @FXML private Label errorLabel;
    @FXML private ProgressIndicator busyIndicator;
    @FXML private Button signOutButton;
    @FXML private Button unlockButton;

    @Inject
    public IdleLockView(IdleLockViewModel vm) {
        this.vm = vm;
        this.activity = e -> vm.activity();
    }

    @FXML
    private void initialize() {
        backdrop.visibleProperty().bind(vm.lockedProperty());
        whoLabel.setText(vm.who());
        passwordField.textProperty().bindBidirectional(vm.passwordProperty());
        passwordField.disableProperty().bind(vm.busyProperty());
        errorLabel.textProperty().bind(vm.errorMessageProperty());
        errorLabel.visibleProperty().bind(vm.errorMessageProperty().isNotEmpty());
        errorLabel.managedProperty().bind(errorLabel.visibleProperty());
        busyIndicator.visibleProperty().bind(vm.busyProperty());
        unlockButton.disableProperty().bind(vm.unlockCommand().executableProperty().not());
        signOutButton.disableProperty().bind(vm.signOutCommand().executableProperty().not());
        vm.lockedProperty().addListener((o, a, locked) -> {
            if (locked) {
                Platform.runLater(passwordField::requestFocus);
            }
        });
        backdrop.sceneProperty().addListener((o, a, scene) -> watch(scene));
    }

    private void watch(Scene scene) {
        if (watched != null) {
            watched.removeEventFilter(InputEvent.ANY, activity);
        }
        watched = scene;
        if (scene != null) {
            scene.addEventFilter(InputEvent.ANY, activity);
        }
    }

    /// The shell's content (navigation, workspace, status bar) is invisible, and so unfocusable, while locked.
    void hideWhileLocked(Node shellContent, Runnable signOut) {
        shellContent.visibleProperty().bind(vm.lockedProperty().not());
        vm.setOnSignOut(signOut);
    }

    boolean locked() {
        return vm.lockedProperty().get();
    }

    void lockNow() {
        vm.lockNowCommand().execute();
    }

    @FXML
    private void unlock() {
        vm.unlockCommand().execute();
    }

    @FXML
    private void signOut() {
        vm.signOutCommand().execute();
    }

    @Override
    public void activate() {
        vm.activate();
        watch(backdrop.getScene());
    }

    @Override
    public void deactivate() {
        vm.deactivate();
        watch(null);
    }
}
