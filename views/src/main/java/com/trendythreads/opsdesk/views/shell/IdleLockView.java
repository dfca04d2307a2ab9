package com.trendythreads.opsdesk.views.shell;

import com.trendythreads.opsdesk.viewmodels.common.Activatable;
import com.trendythreads.opsdesk.viewmodels.shell.IdleLockViewModel;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
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
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

/// The idle lock overlay of the shell (lane security, issue 10; included by `ShellView.fxml`), bound to
/// [IdleLockViewModel]. Reports every input event of every window of the app as activity (a user typing in a
/// refund dialog is not idle) and hides the workspace (the node given to [#hideWhileLocked]) while locked.
///
/// The app's other windows are hidden when the lock comes on, because the overlay covers only the main one and
/// a modal dialog would also keep the password field from getting input. A dialog applies nothing until it is
/// confirmed, so hiding one cancels it and loses no saved work; a non-modal window comes back after unlocking.
public final class IdleLockView implements Activatable {

    private final IdleLockViewModel vm;
    private final EventHandler<InputEvent> activity;
    private final Map<Window, Scene> watched = new HashMap<>();
    private final ListChangeListener<Window> windows = c -> {
        while (c.next()) {
            c.getRemoved().forEach(this::unwatch);
            c.getAddedSubList().forEach(this::watch);
        }
    };
    private final List<Window> hiddenWhileLocked = new ArrayList<>();
    private boolean watching;

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
                hideOtherWindows();
                Platform.runLater(passwordField::requestFocus);
            } else {
                List<Window> back = List.copyOf(hiddenWhileLocked);
                hiddenWhileLocked.clear();
                back.forEach(w -> ((Stage) w).show());
            }
        });
    }

    private void watchAll(boolean on) {
        if (on == watching) {
            return;
        }
        watching = on;
        if (on) {
            Window.getWindows().addListener(windows);
            Window.getWindows().forEach(this::watch);
        } else {
            Window.getWindows().removeListener(windows);
            List.copyOf(watched.keySet()).forEach(this::unwatch);
        }
    }

    private void watch(Window window) {
        unwatch(window);
        Scene scene = window.getScene();
        if (scene != null) {
            scene.addEventFilter(InputEvent.ANY, activity);
            watched.put(window, scene);
        }
    }

    private void unwatch(Window window) {
        Scene scene = watched.remove(window);
        if (scene != null) {
            scene.removeEventFilter(InputEvent.ANY, activity);
        }
    }

    private void hideOtherWindows() {
        Window main = backdrop.getScene() == null ? null : backdrop.getScene().getWindow();
        for (Window w : List.copyOf(Window.getWindows())) {
            if (w == main || !w.isShowing()) {
                continue;
            }
            if (w instanceof Stage stage && stage.getModality() == Modality.NONE && stage.getOwner() == main) {
                hiddenWhileLocked.add(stage);
            }
            w.hide();
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
        watchAll(true);
    }

    @Override
    public void deactivate() {
        vm.deactivate();
        watchAll(false);
        hiddenWhileLocked.clear();
    }
}
