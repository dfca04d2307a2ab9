package com.trendythreads.opsdesk.views.catalog.jobs;

import com.trendythreads.opsdesk.viewmodels.catalog.jobs.JobControl;
import com.trendythreads.opsdesk.viewmodels.common.Command;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;

/// The bottom of the bulk change and import screens (included as `JobBarView.fxml`): Apply asks first in a
/// bar that states the effect; then the job's progress and Cancel while it runs, what it did, "Undo this
/// change" (with the password first when it puts back many prices), after an undo the fields it left alone,
/// and the recent jobs.
public final class JobBarView {

    @FXML private HBox confirmBar;
    @FXML private Label confirmText;
    @FXML private Button confirmButton;
    @FXML private Button applyButton;
    @FXML private ProgressBar progress;
    @FXML private Button cancelButton;
    @FXML private Label message;
    @FXML private Button undoButton;
    @FXML private ListView<String> kept;
    @FXML private UndoStepUpView undoStepUpController;

    private Command apply;
    private Supplier<String> confirmation;

    @FXML
    private void initialize() {
        confirmBar.setVisible(false);
        confirmBar.managedProperty().bind(confirmBar.visibleProperty());
    }

    /// @param applyText    the Apply buttons' text ("Apply to 12 products" reads better than a bare Apply)
    /// @param confirmation the sentence the confirmation bar shows, asked for when Apply is pressed
    public void bind(JobControl job, Command apply, Supplier<String> confirmation, String applyText) {
        this.apply = apply;
        this.confirmation = confirmation;
        applyButton.setText(applyText);
        confirmButton.setText(applyText);
        applyButton.disableProperty().bind(apply.executableProperty().not());
        // A change that makes Apply impossible (a new preview running) takes the question away too.
        apply.executableProperty().addListener((o, a, ok) -> confirmBar.setVisible(confirmBar.isVisible() && ok));

        progress.progressProperty().bind(job.progressProperty());
        progress.visibleProperty().bind(job.runningProperty());
        progress.managedProperty().bind(progress.visibleProperty());
        cancelButton.visibleProperty().bind(job.runningProperty());
        cancelButton.managedProperty().bind(cancelButton.visibleProperty());
        cancelButton.setOnAction(e -> job.cancel().execute());
        message.textProperty().bind(job.messageProperty());
        undoButton.visibleProperty().bind(job.undo().executableProperty());
        undoButton.managedProperty().bind(undoButton.visibleProperty());
        undoButton.setOnAction(e -> job.undo().execute());
        undoStepUpController.bind(job.undoStepUp());
        kept.setItems(job.kept());
        kept.visibleProperty().bind(Bindings.isNotEmpty(job.kept()));
        kept.managedProperty().bind(kept.visibleProperty());
    }

    @FXML
    private void askApply() {
        confirmText.setText(confirmation.get());
        confirmBar.setVisible(true);
    }

    @FXML
    private void confirm() {
        confirmBar.setVisible(false);
        apply.execute();
    }

    @FXML
    private void back() {
        confirmBar.setVisible(false);
    }
}
