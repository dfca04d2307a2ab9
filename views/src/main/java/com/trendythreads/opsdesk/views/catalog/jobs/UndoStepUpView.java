package com.trendythreads.opsdesk.views.catalog.jobs;

import com.trendythreads.opsdesk.viewmodels.catalog.jobs.UndoStepUp;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.VBox;

/// The password prompt of an undo that puts back many prices (included as `UndoStepUpView.fxml` by the
/// recent jobs and the job bar): shown while the undo waits, with the platform's answer when it refused.
public final class UndoStepUpView {

    @FXML private VBox root;
    // ids unlike the job bar's own (#confirmButton): both are in one scene, and tests look them up
    @FXML private Label undoStepUpHint;
    @FXML private PasswordField undoStepUpPassword;
    @FXML private Button undoStepUpConfirm;
    @FXML private Button undoStepUpCancel;
    @FXML private Label undoStepUpError;

    private UndoStepUp stepUp;

    public void bind(UndoStepUp model) {
        this.stepUp = model;
        root.visibleProperty().bind(model.waitingProperty());
        root.managedProperty().bind(root.visibleProperty());
        undoStepUpHint.textProperty().bind(model.stepUp().hintProperty());
        undoStepUpPassword.textProperty().bindBidirectional(model.stepUp().passwordProperty());
        undoStepUpPassword.disableProperty().bind(model.stepUp().busyProperty());
        undoStepUpPassword.setOnAction(e -> model.confirm().execute());
        undoStepUpConfirm.disableProperty().bind(model.confirm().executableProperty().not());
        undoStepUpCancel.disableProperty().bind(model.cancel().executableProperty().not());
        undoStepUpError.textProperty().bind(model.stepUp().errorProperty());
        undoStepUpError.visibleProperty().bind(undoStepUpError.textProperty().isNotEmpty());
        undoStepUpError.managedProperty().bind(undoStepUpError.visibleProperty());
        // Asked for right after Undo: the password is what comes next.
        model.waitingProperty().subscribe(w -> {
            if (w) {
                undoStepUpPassword.requestFocus();
            }
        });
    }

    @FXML
    private void confirm() {
        stepUp.confirm().execute();
    }

    @FXML
    private void cancel() {
        stepUp.cancel().execute();
    }
}
